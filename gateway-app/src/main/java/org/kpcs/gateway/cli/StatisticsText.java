package org.kpcs.gateway.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kpcs.gateway.certificate.Quantities;
import org.kpcs.gateway.client.InputException;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.FigureDifference;
import org.kpcs.protos.MirrorDifference;
import org.kpcs.protos.ProductionDifference;
import org.kpcs.protos.StatisticsLine;
import org.kpcs.protos.TradeStatistics;
import org.kpcs.protos.VerificationReport;

/** Annex III tables for people, and as CSV for spreadsheets and national systems. */
final class StatisticsText {
    private static final String ROW = "%-8s %-24s %-8s %12s %14s %16s%n";

    private StatisticsText() {}

    static void trade(final PrintWriter out, final TradeStatistics s) {
        out.printf(
                "%s %s (%s to %s), from the index's blocks 0 to %d; %s%n",
                s.getParticipant(),
                s.getPeriod(),
                s.getFirstDay(),
                s.getLastDay(),
                s.getIndexedBlocks() - 1,
                s.getValuesIncluded() ? "values from the Participant's own details" : "no values (not your own)");
        table(out, "exports (Certificates validated, KPCS Annex III (a))", s.getExportsList(), s.getExportTotal(), s);
        table(out, "imports (receipts confirmed)", s.getImportsList(), s.getImportTotal(), s);
    }

    private static void table(
            final PrintWriter out,
            final String title,
            final List<StatisticsLine> lines,
            final StatisticsLine total,
            final TradeStatistics s) {
        out.println();
        out.println(title);
        out.printf(ROW, "partner", "origin", "HS code", "certificates", "carats", "US$");
        for (StatisticsLine l : lines) {
            out.printf(
                    ROW,
                    l.getPartner(),
                    origin(l),
                    l.getHsCode(),
                    l.getCertificates(),
                    Quantities.formatCarats(l.getCaratWeightMilli()),
                    value(l, s));
        }
        out.printf(
                ROW,
                "total",
                "",
                "",
                total.getCertificates(),
                Quantities.formatCarats(total.getCaratWeightMilli()),
                value(total, s));
    }

    private static String origin(final StatisticsLine l) {
        return l.getMixedOriginsCount() == 0
                ? l.getOrigin()
                : l.getOrigin() + " (" + String.join(", ", l.getMixedOriginsList()) + ")";
    }

    private static String value(final StatisticsLine l, final TradeStatistics s) {
        return s.getValuesIncluded() ? Quantities.formatUsd(l.getValueUsdCents()) : "-";
    }

    /** One row per line, a header first; totals are rows with an empty partner. */
    static void csv(final Path file, final TradeStatistics s) {
        final List<String> rows = new ArrayList<>();
        rows.add("participant,period,direction,partner,origin,mixed_origins,hs_code,certificates,carats,value_usd");
        addRows(rows, s, "export", s.getExportsList(), s.getExportTotal());
        addRows(rows, s, "import", s.getImportsList(), s.getImportTotal());
        try {
            Files.write(file, rows, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(ErrorCode.INVALID_ARGUMENT, "cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void addRows(
            final List<String> rows,
            final TradeStatistics s,
            final String direction,
            final List<StatisticsLine> lines,
            final StatisticsLine total) {
        for (StatisticsLine l : lines) {
            rows.add(row(s, direction, l));
        }
        rows.add(row(s, direction, total));
    }

    private static String row(final TradeStatistics s, final String direction, final StatisticsLine l) {
        return String.join(
                ",",
                s.getParticipant(),
                s.getPeriod(),
                direction,
                l.getPartner(),
                l.getOrigin(),
                String.join(" ", l.getMixedOriginsList()),
                l.getHsCode(),
                Integer.toString(l.getCertificates()),
                Quantities.formatCarats(l.getCaratWeightMilli()),
                s.getValuesIncluded() ? Quantities.formatUsd(l.getValueUsdCents()) : "");
    }

    static void verification(final PrintWriter out, final VerificationReport r) {
        out.printf(
                "%s %s: %d Certificate(s) read from the ledger, checked against %s%n",
                r.getParticipant(), r.getPeriod(), r.getCertificatesRead(), r.getChecked());
        if (r.getFiledVersion() > 0) {
            out.printf(
                    "filed %s, due %s%s; document SHA-256 %s%n",
                    r.getFiledOn(), r.getDue(), r.getFiledLate() ? ": LATE" : ": on time", r.getDocumentSha256());
        }
        if ("production".equals(r.getFiledKind())) {
            production(out, r);
        } else {
            out.println(
                    r.getDifferencesCount() == 0
                            ? "figures: carats and certificate counts agree with the ledger"
                            : "figures that differ from the ledger:");
        }
        for (FigureDifference d : r.getDifferencesList()) {
            out.printf(
                    "  %-6s %-4s %-6s %-8s certificates %d reported, %d on the ledger; carats %s reported, %s on the"
                            + " ledger%n",
                    d.getDirection(),
                    d.getPartner(),
                    d.getOrigin(),
                    d.getHsCode(),
                    d.getCertificatesReported(),
                    d.getCertificatesOnLedger(),
                    Quantities.formatCarats(d.getCaratsReportedMilli()),
                    Quantities.formatCarats(d.getCaratsOnLedgerMilli()));
        }
        out.println(
                r.getMirrorDifferencesCount() == 0
                        ? "mirror: every export and import is recorded alike by both sides"
                        : "mirror differences (exporter's record against importer's):");
        for (MirrorDifference m : r.getMirrorDifferencesList()) {
            out.printf(
                    "  %-20s %s->%s exported %s ct, confirmed %s ct: %s%n",
                    m.getCertificateNumber(),
                    m.getExporter(),
                    m.getImporter(),
                    Quantities.formatCarats(m.getExportedCaratsMilli()),
                    Quantities.formatCarats(m.getConfirmedCaratsMilli()),
                    m.getReason());
        }
        out.println("unconfirmed past expiry: "
                + (r.getUnconfirmedPastExpiryCount() == 0
                        ? "none"
                        : String.join(", ", r.getUnconfirmedPastExpiryList())));
        out.println("open disputes: "
                + (r.getOpenDisputesCount() == 0 ? "none" : String.join(", ", r.getOpenDisputesList())));
    }

    /** A half-year's filed production report against the production statistics entered on the ledger. */
    private static void production(final PrintWriter out, final VerificationReport r) {
        out.println(
                r.getProductionDifferencesCount() == 0
                        ? "production: the filed figures agree with the production statistics on the ledger"
                        : "production figures that differ from the production statistics on the ledger:");
        for (ProductionDifference d : r.getProductionDifferencesList()) {
            final boolean carats = "carats".equals(d.getFigure());
            out.printf(
                    "  %-6s %s reported, %s on the ledger%n",
                    d.getFigure(),
                    carats ? Quantities.formatCarats(d.getReported()) : Quantities.formatUsd(d.getReported()),
                    carats ? Quantities.formatCarats(d.getOnLedger()) : Quantities.formatUsd(d.getOnLedger()));
        }
    }
}
