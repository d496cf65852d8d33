package org.kpcs.gateway.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kpcs.gateway.index.Shipment;
import org.kpcs.protos.FigureDifference;
import org.kpcs.protos.MirrorDifference;
import org.kpcs.protos.StatisticsLine;
import org.kpcs.protos.TradeStatistics;

/** What a verifier lists: figures that differ from the ledger's, and trade the two sides record differently. */
final class Differences {
    private Differences() {}

    /**
     * Every line (direction, partner, origin, HS code) whose certificate count or carats differ between the
     * reported statistics and the ledger's, including lines only one side has.
     */
    static List<FigureDifference> figures(final TradeStatistics reported, final TradeStatistics ledger) {
        final List<FigureDifference> found = new ArrayList<>();
        compare("export", reported.getExportsList(), ledger.getExportsList(), found);
        compare("import", reported.getImportsList(), ledger.getImportsList(), found);
        return found;
    }

    private static void compare(
            final String direction,
            final List<StatisticsLine> reported,
            final List<StatisticsLine> ledger,
            final List<FigureDifference> found) {
        final Map<String, StatisticsLine[]> lines = new TreeMap<>();
        for (StatisticsLine l : reported) {
            pairOf(lines, l)[0] = l;
        }
        for (StatisticsLine l : ledger) {
            pairOf(lines, l)[1] = l;
        }
        for (StatisticsLine[] pair : lines.values()) {
            final StatisticsLine r = pair[0] == null ? StatisticsLine.getDefaultInstance() : pair[0];
            final StatisticsLine l = pair[1] == null ? StatisticsLine.getDefaultInstance() : pair[1];
            if (r.getCertificates() != l.getCertificates() || r.getCaratWeightMilli() != l.getCaratWeightMilli()) {
                final StatisticsLine named = pair[0] == null ? l : r;
                found.add(FigureDifference.newBuilder()
                        .setDirection(direction)
                        .setPartner(named.getPartner())
                        .setOrigin(named.getOrigin())
                        .setHsCode(named.getHsCode())
                        .setCertificatesReported(r.getCertificates())
                        .setCertificatesOnLedger(l.getCertificates())
                        .setCaratsReportedMilli(r.getCaratWeightMilli())
                        .setCaratsOnLedgerMilli(l.getCaratWeightMilli())
                        .build());
            }
        }
    }

    /** The reported line and the ledger's line with the same direction, partner, origin and HS code. */
    private static StatisticsLine[] pairOf(final Map<String, StatisticsLine[]> lines, final StatisticsLine line) {
        return lines.computeIfAbsent(key(line), k -> new StatisticsLine[2]);
    }

    private static String key(final StatisticsLine l) {
        return String.join(
                "|", l.getPartner(), l.getOrigin(), String.join(",", l.getMixedOriginsList()), l.getHsCode());
    }

    /**
     * Mirror differences (Annex III's irregularities): the Participant's exports in the period that the importer
     * has not confirmed in the same period with the same carats, and its confirmed imports in the period whose
     * Certificate was issued in another.
     */
    static List<MirrorDifference> mirror(
            final String participant, final Period period, final Collection<Shipment> shipments) {
        final List<MirrorDifference> found = new ArrayList<>();
        for (Shipment s : shipments) {
            final Shipment.Receipt r = s.receipt();
            String reason = null;
            if (AnnexIII.isExport(participant, period, s)) {
                if (r.disputed()) {
                    reason = "disputed by the importer";
                } else if (!r.confirmed()) {
                    reason = "not confirmed by the importer";
                } else if (!period.contains(r.dateOfReceipt())) {
                    reason = "confirmed after the period (" + r.dateOfReceipt() + ")";
                } else if (r.confirmedCaratsMilli() != s.caratsMilli()) {
                    reason = "carats differ";
                }
            } else if (AnnexIII.isImport(participant, period, s) && !period.contains(s.dateOfIssue())) {
                reason = "exported before the period (" + s.dateOfIssue() + ")";
            }
            if (reason != null) {
                found.add(MirrorDifference.newBuilder()
                        .setCertificateNumber(s.number())
                        .setExporter(s.exporter())
                        .setImporter(s.importer())
                        .setExportedCaratsMilli(s.caratsMilli())
                        .setConfirmedCaratsMilli(r.confirmed() ? r.confirmedCaratsMilli() : 0)
                        .setReason(reason)
                        .build());
            }
        }
        return found;
    }
}
