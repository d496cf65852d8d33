package org.kpcs.gateway.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.kpcs.gateway.index.Shipment;
import org.kpcs.protos.FigureDifference;
import org.kpcs.protos.MirrorDifference;
import org.kpcs.protos.StatisticsLine;
import org.kpcs.protos.TradeStatistics;

class AnnexIIITest {
    private static final Period Q2 = Period.parse("2026-Q2");

    static Shipment shipment(
            final String number,
            final String from,
            final String to,
            final String origin,
            final long milli,
            final String issued,
            final Shipment.Receipt receipt) {
        return new Shipment(
                number,
                from,
                to,
                origin,
                "MIXED".equals(origin) ? List.of("CD", "BW") : List.of(),
                "7102.10",
                milli,
                issued,
                "2026-12-31",
                false,
                receipt,
                OptionalLong.of(milli * 10));
    }

    static Shipment.Receipt confirmedOn(final String date, final long milli) {
        return new Shipment.Receipt(true, false, date, milli);
    }

    private final List<Shipment> trade = List.of(
            shipment("BW-1", "BW", "AE", "BW", 100_000, "2026-04-01", confirmedOn("2026-04-10", 100_000)),
            shipment("BW-2", "BW", "AE", "BW", 50_500, "2026-06-30", Shipment.Receipt.NONE),
            shipment("BW-3", "BW", "IN", "MIXED", 20_000, "2026-05-05", confirmedOn("2026-07-02", 20_000)),
            shipment("BW-4", "BW", "IN", "BW", 7_000, "2026-03-31", confirmedOn("2026-04-02", 7_000)),
            shipment("BW-5", "BW", "AE", "BW", 1_000, "2026-07-01", Shipment.Receipt.NONE),
            shipment("AE-1", "AE", "BW", "MIXED", 30_000, "2026-03-20", confirmedOn("2026-04-03", 29_000)),
            shipment(
                    "AE-2",
                    "AE",
                    "BW",
                    "ZA",
                    5_000,
                    "2026-05-01",
                    new Shipment.Receipt(false, true, "2026-05-09", 4_000)));

    @Test
    void exports_are_certificates_issued_in_the_quarter_by_partner_origin_and_hs_code() {
        final TradeStatistics s = AnnexIII.tally("BW", Q2, trade, true);

        assertThat(s.getExportsList())
                .extracting(
                        StatisticsLine::getPartner,
                        StatisticsLine::getOrigin,
                        StatisticsLine::getCertificates,
                        StatisticsLine::getCaratWeightMilli)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("AE", "BW", 2, 150_500L),
                        org.assertj.core.groups.Tuple.tuple("IN", "MIXED", 1, 20_000L));
        assertThat(s.getExports(1).getMixedOriginsList()).containsExactly("BW", "CD");
        assertThat(s.getExportTotal().getCertificates()).isEqualTo(3);
        assertThat(s.getExportTotal().getCaratWeightMilli()).isEqualTo(170_500);
        assertThat(s.getExportTotal().getValueUsdCents()).isEqualTo(1_705_000);
    }

    @Test
    void imports_are_receipts_confirmed_in_the_quarter_with_the_carats_received_and_disputes_left_out() {
        final TradeStatistics s = AnnexIII.tally("BW", Q2, trade, true);

        assertThat(s.getImportsList()).hasSize(1);
        assertThat(s.getImports(0).getPartner()).isEqualTo("AE");
        assertThat(s.getImports(0).getCaratWeightMilli()).isEqualTo(29_000);
        assertThat(s.getImportTotal().getCertificates()).isEqualTo(1);
    }

    @Test
    void values_appear_only_when_the_statistics_are_the_callers_own() {
        final TradeStatistics s = AnnexIII.tally("BW", Q2, trade, false);

        assertThat(s.getValuesIncluded()).isFalse();
        assertThat(s.getExportTotal().getValueUsdCents()).isZero();
        assertThat(s.getExportsList()).allMatch(l -> l.getValueUsdCents() == 0);
    }

    @Test
    void a_voided_certificate_is_neither_an_export_nor_an_import() {
        final Shipment voided = new Shipment(
                "BW-9",
                "BW",
                "AE",
                "BW",
                List.of(),
                "7102.10",
                9_000,
                "2026-05-01",
                "2026-08-01",
                true,
                Shipment.Receipt.NONE,
                OptionalLong.empty());

        assertThat(AnnexIII.tally("BW", Q2, List.of(voided), false)
                        .getExportTotal()
                        .getCertificates())
                .isZero();
        assertThat(Differences.mirror("BW", Q2, List.of(voided))).isEmpty();
    }

    @Test
    void mirror_differences_name_each_certificate_the_two_sides_record_differently() {
        final List<MirrorDifference> bw = Differences.mirror("BW", Q2, trade);

        assertThat(bw)
                .extracting(MirrorDifference::getCertificateNumber, MirrorDifference::getReason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("BW-2", "not confirmed by the importer"),
                        org.assertj.core.groups.Tuple.tuple("BW-3", "confirmed after the period (2026-07-02)"),
                        org.assertj.core.groups.Tuple.tuple("AE-1", "exported before the period (2026-03-20)"));
        assertThat(Differences.mirror("AE", Q2, trade))
                .extracting(MirrorDifference::getCertificateNumber, MirrorDifference::getReason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("AE-2", "disputed by the importer"));
    }

    @Test
    void a_reported_figure_that_differs_from_the_ledger_is_listed_with_both_values() {
        final TradeStatistics ledger = AnnexIII.tally("BW", Q2, trade, false);
        final TradeStatistics reported = ledger.toBuilder()
                .setExports(0, ledger.getExports(0).toBuilder().setCaratWeightMilli(140_500))
                .build();

        final List<FigureDifference> differences = Differences.figures(reported, ledger);

        assertThat(differences).hasSize(1);
        assertThat(differences.get(0).getPartner()).isEqualTo("AE");
        assertThat(differences.get(0).getCaratsReportedMilli()).isEqualTo(140_500);
        assertThat(differences.get(0).getCaratsOnLedgerMilli()).isEqualTo(150_500);
        assertThat(Differences.figures(ledger, ledger)).isEmpty();
        assertThat(Differences.figures(TradeStatistics.getDefaultInstance(), ledger))
                .extracting(FigureDifference::getCertificatesReported)
                .containsOnly(0);
    }
}
