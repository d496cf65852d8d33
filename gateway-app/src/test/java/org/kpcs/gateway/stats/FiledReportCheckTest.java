package org.kpcs.gateway.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kpcs.protos.FiledReport;
import org.kpcs.protos.ProductionDifference;
import org.kpcs.protos.ProductionFigures;
import org.kpcs.protos.StatisticsLine;
import org.kpcs.protos.TradeFigures;

class FiledReportCheckTest {
    private static ProductionFigures figures(final long milli, final long cents) {
        return ProductionFigures.newBuilder()
                .setCaratWeightMilli(milli)
                .setValueUsdCents(cents)
                .build();
    }

    @Test
    void each_production_figure_that_differs_is_listed_once() {
        assertThat(FiledReportCheck.production(figures(10, 5), figures(10, 5))).isEmpty();
        assertThat(FiledReportCheck.production(figures(10, 5), figures(12, 5)))
                .extracting(
                        ProductionDifference::getFigure,
                        ProductionDifference::getReported,
                        ProductionDifference::getOnLedger)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("carats", 10L, 12L));
        assertThat(FiledReportCheck.production(figures(10, 5), ProductionFigures.getDefaultInstance()))
                .extracting(ProductionDifference::getFigure)
                .containsExactly("carats", "value");
    }

    @Test
    void a_trade_reports_lines_become_the_statistics_compared_with_the_ledger() {
        final StatisticsLine line = StatisticsLine.newBuilder()
                .setPartner("AE")
                .setCertificates(1)
                .setCaratWeightMilli(7)
                .build();
        final FiledReport filed = FiledReport.newBuilder()
                .setParticipant("BW")
                .setPeriod("2026-Q1")
                .setTrade(TradeFigures.newBuilder().addImports(line))
                .build();
        final var stats = FiledReportCheck.figures(filed);
        assertThat(stats.getParticipant()).isEqualTo("BW");
        assertThat(stats.getPeriod()).isEqualTo("2026-Q1");
        assertThat(stats.getExportsList()).isEmpty();
        assertThat(stats.getImportsList()).containsExactly(line);
    }
}
