package org.kpcs.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.kpcs.protos.ChairNotice;
import org.kpcs.protos.FiledReport;
import org.kpcs.protos.ProductionDifference;
import org.kpcs.protos.ProductionFigures;
import org.kpcs.protos.ReportKind;
import org.kpcs.protos.ReportList;
import org.kpcs.protos.StatisticsEvent;
import org.kpcs.protos.StatisticsLine;
import org.kpcs.protos.TradeFigures;
import org.kpcs.protos.VerificationReport;

class ReportsTextTest {
    private static final FiledReport LATE = FiledReport.newBuilder()
            .setParticipant("BW")
            .setPeriod("2026-Q1")
            .setKind(ReportKind.TRADE)
            .setVersion(1)
            .setTrade(TradeFigures.newBuilder()
                    .addExports(StatisticsLine.newBuilder().setCertificates(2).setCaratWeightMilli(1_500))
                    .addExports(StatisticsLine.newBuilder().setCertificates(1).setCaratWeightMilli(250)))
            .setDue("2026-05-31")
            .setFiledOn("2026-06-03")
            .setLate(true)
            .setDaysLate(3)
            .setSupersededByVersion(2)
            .setSupersededOn("2026-06-04")
            .build();

    @Test
    void a_listing_marks_late_and_superseded_versions_and_totals_the_figures() {
        final FiledReport production = FiledReport.newBuilder()
                .setParticipant("BW")
                .setPeriod("2026-H1")
                .setKind(ReportKind.PRODUCTION)
                .setVersion(1)
                .setProduction(ProductionFigures.newBuilder()
                        .setCaratWeightMilli(1_000_500)
                        .setValueUsdCents(25_000_000))
                .setDue("2026-08-31")
                .setFiledOn("2026-07-02")
                .build();
        final StringWriter out = new StringWriter();
        ReportsText.list(
                new PrintWriter(out, true),
                ReportList.newBuilder()
                        .setParticipant("BW")
                        .addReports(LATE)
                        .addReports(production)
                        .build());
        assertThat(out.toString())
                .contains("BW: 2 filed report version(s)")
                .contains("v1 exports 3 cert(s) 1.750 ct, imports 0 cert(s) 0.000 ct")
                .contains("LATE by 3 day(s) (superseded by v2 on 2026-06-04)")
                .contains("production 1000.500 ct")
                .contains("filed 2026-07-02, due 2026-08-31, on time")
                .contains("notices to the Chair: none");
    }

    @Test
    void every_statistics_event_reads_as_one_line() {
        assertThat(EventText.line(StatisticsEvent.newBuilder().setFiled(LATE).build()))
                .startsWith("BW 2026-Q1 TRADE")
                .contains("LATE");
        assertThat(EventText.line(StatisticsEvent.newBuilder()
                        .setChairNotified(ChairNotice.newBuilder()
                                .setParticipant("AE")
                                .setChair("BW")
                                .setPeriod("2026-H1")
                                .setReason("census delayed"))
                        .build()))
                .contains("AE notified the Chair (BW)")
                .endsWith("census delayed");
    }

    @Test
    void a_production_verification_lists_each_figure_against_the_statistics_entered() {
        final StringWriter out = new StringWriter();
        StatisticsText.verification(
                new PrintWriter(out, true),
                VerificationReport.newBuilder()
                        .setParticipant("BW")
                        .setPeriod("2025-H2")
                        .setChecked("the production report filed on the ledger, version 1")
                        .setFiledKind("production")
                        .setFiledVersion(1)
                        .setFiledOn("2026-12-02")
                        .setDue("2026-02-28")
                        .setFiledLate(true)
                        .addProductionDifferences(ProductionDifference.newBuilder()
                                .setFigure("carats")
                                .setReported(1_000_250)
                                .setOnLedger(1_000_500))
                        .build());
        assertThat(out.toString())
                .contains("filed 2026-12-02, due 2026-02-28: LATE")
                .contains("production figures that differ from the production statistics on the ledger:")
                .contains("carats 1000.250 reported, 1000.500 on the ledger")
                .doesNotContain("certificate counts agree");
    }
}
