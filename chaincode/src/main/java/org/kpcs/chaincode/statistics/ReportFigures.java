package org.kpcs.chaincode.statistics;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.kpcs.chaincode.certificate.CertificateRules;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.participant.Participants;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.ProductionFigures;
import org.kpcs.protos.StatisticsLine;
import org.kpcs.protos.TradeFigures;

/** The figures an Annex III report may carry, checked before anything is written. */
final class ReportFigures {
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private ReportFigures() {}

    /** The full report stays off-chain; the ledger binds it by its SHA-256 (Annex III (a): a standardised format). */
    static void checkDocumentHash(final String hash) {
        if (!SHA256_HEX.matcher(hash).matches()) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "the document hash must be the SHA-256 of the full report, 64 lowercase hex digits; got '" + hash
                            + "'");
        }
    }

    /**
     * Annex III (a), (b): quarterly exports and imports by partner, origin (a mixed parcel's origins listed) and HS
     * code (7102.10, 7102.21, 7102.31), with the number of Certificates, carats and value. Each line names a
     * registered Participant other than the filer (KPCS III(c): no trade with non-Participants), at least one
     * Certificate and some carats, and appears once. A quarter without trade files no lines.
     */
    static void checkTrade(final String filer, final TradeFigures figures, final Participants participants) {
        checkLines(filer, "export", figures.getExportsList(), participants);
        checkLines(filer, "import", figures.getImportsList(), participants);
    }

    private static void checkLines(
            final String filer,
            final String direction,
            final List<StatisticsLine> lines,
            final Participants participants) {
        final Set<String> seen = new HashSet<>();
        for (final StatisticsLine line : lines) {
            if (filer.equals(line.getPartner())) {
                throw Refusal.of(
                        ErrorCode.INVALID_ARGUMENT,
                        "an " + direction + " line names " + filer + " itself as partner; name the other Participant");
            }
            participants.get(line.getPartner());
            CertificateRules.checkOrigin(line.getOrigin(), line.getMixedOriginsList());
            CertificateRules.checkHsCode(line.getHsCode());
            if (line.getCertificates() < 1 || line.getCaratWeightMilli() < 1 || line.getValueUsdCents() < 0) {
                throw Refusal.of(
                        ErrorCode.INVALID_ARGUMENT,
                        "the " + direction + " line for " + line.getPartner() + " needs at least one Certificate,"
                                + " some carats and a value of zero or more");
            }
            final String key = line.getPartner() + "|" + line.getOrigin() + "|" + line.getMixedOriginsList() + "|"
                    + line.getHsCode();
            if (!seen.add(key)) {
                throw Refusal.of(
                        ErrorCode.INVALID_ARGUMENT,
                        "two " + direction + " lines for " + line.getPartner() + ", " + line.getOrigin() + ", "
                                + line.getHsCode() + ": add them into one");
            }
        }
    }

    /** Annex III (c): production by carat weight and by value; none is zero carats of no value. */
    static void checkProduction(final ProductionFigures figures) {
        if (figures.getCaratWeightMilli() < 0 || figures.getValueUsdCents() < 0) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "production carats and value cannot be negative");
        }
        if (figures.getCaratWeightMilli() == 0 && figures.getValueUsdCents() != 0) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "a production of no carats has no value");
        }
    }
}
