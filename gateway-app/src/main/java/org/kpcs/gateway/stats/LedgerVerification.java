package org.kpcs.gateway.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.kpcs.gateway.certificate.Certificates;
import org.kpcs.gateway.index.Shipment;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.CertificatePage;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.ImportReceipt;
import org.kpcs.protos.TradeDirection;
import org.kpcs.protos.TradeStatistics;
import org.kpcs.protos.VerificationReport;

/** Reads the Participant's Certificates from the ledger, page by page, and recomputes its figures. */
final class LedgerVerification implements Verification {
    private static final int PAGE = 100;
    /** Imports are dated by receipt: Certificates issued up to a year before the period are read for them. */
    private static final int IMPORT_LOOKBACK_YEARS = 1;

    private final Certificates ledger;

    LedgerVerification(final Certificates ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    @Override
    public VerificationReport verify(
            final String participant, final Period period, final TradeStatistics reported, final String source) {
        return check(participant, period, Optional.of(reported), source);
    }

    @Override
    public VerificationReport verifyFiled(final String participant, final Period period, final Reports reports) {
        return FiledReportCheck.verify(this, participant, period, reports);
    }

    /** The ledger's figures against {@code reported}, when there are trade figures to check, and mirror differences. */
    VerificationReport check(
            final String participant,
            final Period period,
            final Optional<TradeStatistics> reported,
            final String source) {
        final Map<String, CertificateView> views = new LinkedHashMap<>();
        read(
                participant,
                TradeDirection.EXPORT,
                period.firstDay().toString(),
                period.lastDay().toString(),
                views);
        read(
                participant,
                TradeDirection.IMPORT,
                period.firstDay().minusYears(IMPORT_LOOKBACK_YEARS).toString(),
                period.lastDay().toString(),
                views);
        final List<Shipment> shipments =
                views.values().stream().map(LedgerVerification::shipment).toList();
        final TradeStatistics onLedger = AnnexIII.tally(participant, period, shipments, false);
        return VerificationReport.newBuilder()
                .setParticipant(participant)
                .setPeriod(period.label())
                .setChecked(source)
                .addAllDifferences(
                        reported.map(r -> Differences.figures(r, onLedger)).orElse(List.of()))
                .addAllMirrorDifferences(Differences.mirror(participant, period, shipments))
                .addAllUnconfirmedPastExpiry(views.values().stream()
                        .filter(v -> v.getStatus() == CertificateStatus.EXPIRED)
                        .map(v -> v.getCertificate().getNumber())
                        .toList())
                .addAllOpenDisputes(disputesOf(participant))
                .setCertificatesRead(views.size())
                .build();
    }

    private void read(
            final String participant,
            final TradeDirection direction,
            final String from,
            final String to,
            final Map<String, CertificateView> into) {
        String bookmark = "";
        do {
            final CertificatePage page = ledger.list(participant, direction, from, to, PAGE, bookmark);
            page.getCertificatesList().forEach(v -> into.put(v.getCertificate().getNumber(), v));
            bookmark = page.getBookmark();
        } while (!bookmark.isEmpty());
    }

    private List<String> disputesOf(final String participant) {
        final List<String> found = new ArrayList<>();
        String bookmark = "";
        do {
            final CertificatePage page = ledger.disputed(PAGE, bookmark);
            for (CertificateView v : page.getCertificatesList()) {
                final Certificate c = v.getCertificate();
                if (participant.equals(c.getExportingParticipant())
                        || participant.equals(c.getImportingParticipant())) {
                    found.add(c.getNumber());
                }
            }
            bookmark = page.getBookmark();
        } while (!bookmark.isEmpty());
        return found;
    }

    static Shipment shipment(final CertificateView view) {
        final Certificate c = view.getCertificate();
        final ImportReceipt r = view.getReceipt();
        return new Shipment(
                c.getNumber(),
                c.getExportingParticipant(),
                c.getImportingParticipant(),
                c.getOrigin(),
                c.getMixedOriginsList(),
                c.getHsCode(),
                c.getCaratWeightMilli(),
                c.getDateOfIssue(),
                c.getDateOfExpiry(),
                c.getVoided(),
                new Shipment.Receipt(
                        r.getConfirmed(),
                        r.getDisputed(),
                        r.getConfirmation().getDateOfReceipt(),
                        r.getConfirmation().getCaratWeightMilli()),
                OptionalLong.empty());
    }
}
