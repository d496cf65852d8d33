package org.kpcs.chaincode.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kpcs.chaincode.testing.Trade.ok;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kpcs.chaincode.testing.FakeFabric;
import org.kpcs.chaincode.testing.Kp;
import org.kpcs.chaincode.testing.Result;
import org.kpcs.chaincode.testing.User;
import org.kpcs.protos.ChairNotice;
import org.kpcs.protos.EnterProductionRequest;
import org.kpcs.protos.FileReportRequest;
import org.kpcs.protos.FiledReport;
import org.kpcs.protos.GetReportRequest;
import org.kpcs.protos.ListReportsRequest;
import org.kpcs.protos.NotifyChairRequest;
import org.kpcs.protos.ProductionFigures;
import org.kpcs.protos.ProductionStatistics;
import org.kpcs.protos.ReportKind;
import org.kpcs.protos.ReportList;
import org.kpcs.protos.StatisticsEvent;
import org.kpcs.protos.StatisticsLine;
import org.kpcs.protos.TradeFigures;

class StatisticsContractTest {
    static final String HASH = "c".repeat(64);

    private final FakeFabric fabric = Kp.bootstrapped();

    static StatisticsLine.Builder line(final String partner, final int certificates, final long milli) {
        return StatisticsLine.newBuilder()
                .setPartner(partner)
                .setOrigin("BW")
                .setHsCode("7102.21")
                .setCertificates(certificates)
                .setCaratWeightMilli(milli)
                .setValueUsdCents(100_000);
    }

    static FileReportRequest.Builder tradeReport(final String period, final StatisticsLine.Builder... exports) {
        final TradeFigures.Builder figures = TradeFigures.newBuilder();
        for (final StatisticsLine.Builder l : exports) {
            figures.addExports(l);
        }
        return FileReportRequest.newBuilder()
                .setParticipant("BW")
                .setPeriod(period)
                .setKind(ReportKind.TRADE)
                .setTrade(figures)
                .setDocumentSha256(HASH);
    }

    static ProductionFigures production(final long milli, final long cents) {
        return ProductionFigures.newBuilder()
                .setCaratWeightMilli(milli)
                .setValueUsdCents(cents)
                .build();
    }

    private ReportList list(final String period) {
        return list(Kp.OBSERVER, "BW", period);
    }

    private ReportList list(final User reader, final String participant, final String period) {
        return fabric.evaluate(
                        reader,
                        "Statistics:ListReports",
                        ListReportsRequest.newBuilder()
                                .setParticipant(participant)
                                .setPeriod(period)
                                .build())
                .as(ReportList.parser());
    }

    @Test
    void a_delegate_files_on_time_and_every_member_reads_the_report() {
        fabric.setTime(Instant.parse("2026-05-31T23:00:00Z"));
        final Result result = ok(fabric.submit(
                Kp.BW_DELEGATE,
                "Statistics:FileReport",
                tradeReport("2026-Q1", line("AE", 2, 1_500)).build()));
        final FiledReport filed = result.as(FiledReport.parser());
        assertThat(filed.getVersion()).isEqualTo(1);
        assertThat(filed.getDue()).isEqualTo("2026-05-31");
        assertThat(filed.getLate()).isFalse();
        assertThat(filed.getFiledBy()).contains("CN=delegate");
        assertThat(result.eventName()).isEqualTo(StatisticsContract.EVENT);
        assertThat(result.event(StatisticsEvent.parser()).getFiled()).isEqualTo(filed);
        assertThat(list("").getReportsList()).containsExactly(filed);
        assertThat(list("2026-Q2").getReportsList()).isEmpty();
    }

    @Test
    void a_late_refiling_supersedes_the_first_version_and_keeps_it() {
        fabric.setTime(Instant.parse("2026-04-02T10:00:00Z"));
        final FiledReport first = ok(fabric.submit(
                        Kp.BW_DELEGATE,
                        "Statistics:FileReport",
                        tradeReport("2026-Q1", line("AE", 2, 1_500)).build()))
                .as(FiledReport.parser());
        fabric.setTime(Instant.parse("2026-06-03T10:00:00Z"));
        final FiledReport second = ok(fabric.submit(
                        Kp.BW_DELEGATE,
                        "Statistics:FileReport",
                        tradeReport("2026-Q1", line("AE", 2, 1_600)).build()))
                .as(FiledReport.parser());
        assertThat(second.getVersion()).isEqualTo(2);
        assertThat(second.getLate()).isTrue();
        assertThat(second.getDaysLate()).isEqualTo(3);
        assertThat(second.getFiledOn()).isEqualTo("2026-06-03");
        final ReportList reports = list("2026-Q1");
        assertThat(reports.getReportsList()).hasSize(2);
        final FiledReport kept = reports.getReports(0);
        assertThat(kept.getTrade()).isEqualTo(first.getTrade());
        assertThat(kept.getSupersededByVersion()).isEqualTo(2);
        assertThat(kept.getSupersededOn()).isEqualTo("2026-06-03");
        assertThat(kept.getLate()).isFalse();
        assertThat(reports.getReports(1)).isEqualTo(second);
        assertThat(report(0)).isEqualTo(second);
        assertThat(report(1)).isEqualTo(kept);
        final Result none = fabric.evaluate(Kp.OBSERVER, "Statistics:GetReport", get(3));
        assertThat(none.errorCode()).isEqualTo("REPORT_NOT_FOUND");
        assertThat(none.message()).contains("kpcs stats reports BW");
    }

    private static GetReportRequest get(final int version) {
        return GetReportRequest.newBuilder()
                .setParticipant("BW")
                .setKind(ReportKind.TRADE)
                .setPeriod("2026-Q1")
                .setVersion(version)
                .build();
    }

    private FiledReport report(final int version) {
        return fabric.evaluate(Kp.OBSERVER, "Statistics:GetReport", get(version))
                .as(FiledReport.parser());
    }

    @Test
    void a_production_report_beside_the_production_statistics_entered() {
        fabric.setTime(Instant.parse("2026-07-15T10:00:00Z"));
        final EnterProductionRequest enter = EnterProductionRequest.newBuilder()
                .setParticipant("BW")
                .setPeriod("2026-H1")
                .setFigures(production(12_000_000_000L, 15_000_000_000L))
                .build();
        assertThat(ok(fabric.submit(Kp.BW_DELEGATE, "Statistics:EnterProduction", enter))
                        .as(ProductionStatistics.parser())
                        .getRevision())
                .isEqualTo(1);
        final Result corrected = ok(fabric.submit(
                Kp.BW_DELEGATE,
                "Statistics:EnterProduction",
                enter.toBuilder()
                        .setFigures(production(12_100_000_000L, 15_100_000_000L))
                        .build()));
        assertThat(corrected
                        .event(StatisticsEvent.parser())
                        .getProductionEntered()
                        .getRevision())
                .isEqualTo(2);
        final FiledReport report = ok(fabric.submit(
                        Kp.BW_DELEGATE,
                        "Statistics:FileReport",
                        FileReportRequest.newBuilder()
                                .setParticipant("BW")
                                .setPeriod("2026-H1")
                                .setKind(ReportKind.PRODUCTION)
                                .setProduction(production(12_100_000_000L, 15_100_000_000L))
                                .setDocumentSha256(HASH)
                                .build()))
                .as(FiledReport.parser());
        assertThat(report.getDue()).isEqualTo("2026-08-31");
        assertThat(report.hasTrade()).isFalse();
        final ReportList reports = list("2026-H1");
        assertThat(reports.getProductionList())
                .singleElement()
                .extracting(p -> p.getFigures().getCaratWeightMilli())
                .isEqualTo(12_100_000_000L);
        assertThat(reports.getReportsList()).containsExactly(report);
    }

    @Test
    void a_notice_to_the_chair_is_a_public_record_naming_the_chair() {
        fabric.setTime(Instant.parse("2026-08-20T10:00:00Z"));
        final Result result = ok(fabric.submit(
                Kp.AE_DELEGATE,
                "Statistics:NotifyChair",
                NotifyChairRequest.newBuilder()
                        .setParticipant("AE")
                        .setPeriod("2026-H1")
                        .setReason("the mining census is delayed")
                        .build()));
        final ChairNotice notice = result.as(ChairNotice.parser());
        assertThat(notice.getChair()).isEqualTo("BW");
        assertThat(notice.getDue()).isEqualTo("2026-08-31");
        assertThat(notice.getNotifiedOn()).isEqualTo("2026-08-20");
        assertThat(result.event(StatisticsEvent.parser()).getChairNotified()).isEqualTo(notice);
        for (final User reader : new User[] {Kp.CHAIR, Kp.OBSERVER, Kp.IN_DELEGATE}) {
            assertThat(list(reader, "AE", "").getNoticesList()).containsExactly(notice);
        }
    }
}
