package org.kpcs.gateway.stats;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kpcs.gateway.index.Shipment;
import org.kpcs.protos.StatisticsLine;
import org.kpcs.protos.TradeStatistics;

/**
 * The rules of Annex III (a) and (b) that turn shipments into a Participant's trade statistics for a period.
 *
 * <ul>
 *   <li>Exports: the Certificates the Participant validated, issued in the period and not voided.
 *   <li>Imports: shipments whose receipt the Participant confirmed in the period (KPCS III(b)), with the carats
 *       it confirmed; a disputed receipt is not an import until resolved.
 *   <li>Lines by partner, origin (a mixed parcel's origins listed) and HS code, with a total per direction.
 *   <li>Values in US$ only when asked for: the caller's own private details, never an observer's.
 * </ul>
 */
public final class AnnexIII {
    private AnnexIII() {}

    public static TradeStatistics tally(
            final String participant, final Period period, final Collection<Shipment> shipments, final boolean values) {
        final Map<String, StatisticsLine.Builder> exports = new TreeMap<>();
        final Map<String, StatisticsLine.Builder> imports = new TreeMap<>();
        final StatisticsLine.Builder exportTotal = StatisticsLine.newBuilder();
        final StatisticsLine.Builder importTotal = StatisticsLine.newBuilder();
        for (Shipment s : shipments) {
            final long value = values ? s.valueUsdCents().orElse(0) : 0;
            if (isExport(participant, period, s)) {
                add(line(exports, s.importer(), s), s.caratsMilli(), value);
                add(exportTotal, s.caratsMilli(), value);
            }
            if (isImport(participant, period, s)) {
                add(line(imports, s.exporter(), s), s.receipt().confirmedCaratsMilli(), value);
                add(importTotal, s.receipt().confirmedCaratsMilli(), value);
            }
        }
        return TradeStatistics.newBuilder()
                .setParticipant(participant)
                .setPeriod(period.label())
                .setFirstDay(period.firstDay().toString())
                .setLastDay(period.lastDay().toString())
                .addAllExports(built(exports.values()))
                .addAllImports(built(imports.values()))
                .setExportTotal(exportTotal)
                .setImportTotal(importTotal)
                .setValuesIncluded(values)
                .build();
    }

    /** Annex III (a): Certificates validated for export in the period. */
    static boolean isExport(final String participant, final Period period, final Shipment s) {
        return s.exporter().equals(participant) && !s.voided() && period.contains(s.dateOfIssue());
    }

    /** Annex III (a): imported shipments accompanied by Certificates, counted when their receipt is confirmed. */
    static boolean isImport(final String participant, final Period period, final Shipment s) {
        return s.importer().equals(participant)
                && s.receipt().confirmed()
                && !s.voided()
                && period.contains(s.receipt().dateOfReceipt());
    }

    private static StatisticsLine.Builder line(
            final Map<String, StatisticsLine.Builder> lines, final String partner, final Shipment s) {
        final List<String> origins = s.mixedOrigins().stream().sorted().toList();
        final String key = String.join("|", partner, s.origin(), String.join(",", origins), s.hsCode());
        return lines.computeIfAbsent(
                key,
                k -> StatisticsLine.newBuilder()
                        .setPartner(partner)
                        .setOrigin(s.origin())
                        .addAllMixedOrigins(origins)
                        .setHsCode(s.hsCode()));
    }

    private static void add(final StatisticsLine.Builder line, final long caratsMilli, final long valueCents) {
        line.setCertificates(line.getCertificates() + 1)
                .setCaratWeightMilli(line.getCaratWeightMilli() + caratsMilli)
                .setValueUsdCents(line.getValueUsdCents() + valueCents);
    }

    private static List<StatisticsLine> built(final Collection<StatisticsLine.Builder> lines) {
        return lines.stream()
                .map(StatisticsLine.Builder::build)
                .sorted(Comparator.comparing(StatisticsLine::getPartner)
                        .thenComparing(StatisticsLine::getOrigin)
                        .thenComparing(StatisticsLine::getHsCode))
                .toList();
    }
}
