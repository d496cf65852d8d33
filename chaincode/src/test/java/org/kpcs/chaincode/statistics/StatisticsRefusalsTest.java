package org.kpcs.chaincode.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kpcs.chaincode.statistics.StatisticsContractTest.line;
import static org.kpcs.chaincode.statistics.StatisticsContractTest.production;
import static org.kpcs.chaincode.statistics.StatisticsContractTest.tradeReport;
import static org.kpcs.chaincode.testing.Trade.ok;

import com.google.protobuf.Message;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.kpcs.chaincode.testing.FakeFabric;
import org.kpcs.chaincode.testing.Kp;
import org.kpcs.chaincode.testing.Result;
import org.kpcs.chaincode.testing.User;
import org.kpcs.protos.EnterProductionRequest;
import org.kpcs.protos.FileReportRequest;
import org.kpcs.protos.NotifyChairRequest;
import org.kpcs.protos.ReportKind;
import org.kpcs.protos.TradeFigures;

/** Every bad filing, entry and notice is refused with its code, and the ledger is left as it was. */
class StatisticsRefusalsTest {
    private final FakeFabric fabric = Kp.bootstrapped();

    StatisticsRefusalsTest() {
        fabric.setTime(Instant.parse("2026-07-10T10:00:00Z"));
    }

    private void refused(final User who, final String function, final Message request, final String code) {
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Result result = fabric.submit(who, "Statistics:" + function, request);
        assertThat(result.errorCode()).as(result.message()).isEqualTo(code);
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    private void refusedReport(final UnaryOperator<FileReportRequest.Builder> change, final String code) {
        refused(
                Kp.BW_DELEGATE,
                "FileReport",
                change.apply(tradeReport("2026-Q1", line("AE", 1, 1_000))).build(),
                code);
    }

    @Test
    void only_the_participants_own_delegate_files_its_report() {
        final FileReportRequest report =
                tradeReport("2026-Q1", line("AE", 1, 1_000)).build();
        refused(Kp.AE_DELEGATE, "FileReport", report, "WRONG_ORGANISATION");
        refused(Kp.BW_EXPORTER, "FileReport", report, "ROLE_REQUIRED");
        refused(Kp.CHAIR, "FileReport", report, "ROLE_REQUIRED");
        refused(Kp.AUDITOR, "FileReport", report, "ROLE_REQUIRED");
        refused(Kp.OBSERVER, "FileReport", report, "OBSERVER_READ_ONLY");
        refusedReport(r -> r.setParticipant("ZA"), "PARTICIPANT_NOT_FOUND");
    }

    @Test
    void a_report_needs_an_ended_period_of_its_kind() {
        refusedReport(r -> r.setPeriod("2026-Q3"), "PERIOD_NOT_ENDED");
        refusedReport(r -> r.setPeriod("2026-H1"), "INVALID_ARGUMENT");
        refusedReport(r -> r.setPeriod("2026-Q1 "), "INVALID_ARGUMENT");
        refusedReport(r -> r.setKind(ReportKind.REPORT_KIND_UNSPECIFIED), "INVALID_ARGUMENT");
        refusedReport(r -> r.setKind(ReportKind.PRODUCTION).setPeriod("2026-H2"), "PERIOD_NOT_ENDED");
        refusedReport(r -> r.setKind(ReportKind.PRODUCTION).setPeriod("2026-H1"), "INVALID_ARGUMENT");
        refusedReport(r -> r.clearTrade().setProduction(production(1_000, 1)).setPeriod("2026-Q2"), "INVALID_ARGUMENT");
    }

    @Test
    void bad_figures_and_hashes_are_refused() {
        refusedReport(r -> r.setDocumentSha256(""), "INVALID_ARGUMENT");
        refusedReport(r -> r.setDocumentSha256("C".repeat(64)), "INVALID_ARGUMENT");
        refusedReport(r -> r.setTrade(TradeFigures.newBuilder().addExports(line("BW", 1, 1_000))), "INVALID_ARGUMENT");
        refusedReport(
                r -> r.setTrade(TradeFigures.newBuilder().addImports(line("ZA", 1, 1_000))), "PARTICIPANT_NOT_FOUND");
        refusedReport(
                r -> r.setTrade(TradeFigures.newBuilder()
                        .addExports(line("AE", 1, 1_000).setHsCode("7102.39"))),
                "INVALID_ARGUMENT");
        refusedReport(
                r -> r.setTrade(TradeFigures.newBuilder()
                        .addExports(line("AE", 1, 1_000).setOrigin("MIXED"))),
                "INVALID_ARGUMENT");
        refusedReport(r -> r.setTrade(TradeFigures.newBuilder().addExports(line("AE", 0, 1_000))), "INVALID_ARGUMENT");
        refusedReport(r -> r.setTrade(TradeFigures.newBuilder().addExports(line("AE", 1, 0))), "INVALID_ARGUMENT");
        refusedReport(
                r -> r.setTrade(
                        TradeFigures.newBuilder().addExports(line("AE", 1, 5).setValueUsdCents(-1))),
                "INVALID_ARGUMENT");
        refusedReport(
                r -> r.setTrade(
                        TradeFigures.newBuilder().addExports(line("AE", 1, 5)).addExports(line("AE", 2, 9))),
                "INVALID_ARGUMENT");
    }

    @Test
    void a_refiling_must_change_something() {
        ok(fabric.submit(
                Kp.BW_DELEGATE,
                "Statistics:FileReport",
                tradeReport("2026-Q1", line("AE", 1, 1_000)).build()));
        refusedReport(r -> r, "INVALID_ARGUMENT");
    }

    @Test
    void bad_production_entries_are_refused() {
        final EnterProductionRequest entry = EnterProductionRequest.newBuilder()
                .setParticipant("BW")
                .setPeriod("2026-H1")
                .setFigures(production(5_000, 100))
                .build();
        refused(Kp.IN_DELEGATE, "EnterProduction", entry, "WRONG_ORGANISATION");
        refused(Kp.BW_EXPORTER, "EnterProduction", entry, "ROLE_REQUIRED");
        refused(Kp.OBSERVER, "EnterProduction", entry, "OBSERVER_READ_ONLY");
        refused(
                Kp.BW_DELEGATE,
                "EnterProduction",
                entry.toBuilder().setPeriod("2026-H2").build(),
                "PERIOD_NOT_ENDED");
        refused(
                Kp.BW_DELEGATE,
                "EnterProduction",
                entry.toBuilder().setPeriod("2026-Q1").build(),
                "INVALID_ARGUMENT");
        refused(
                Kp.BW_DELEGATE,
                "EnterProduction",
                entry.toBuilder().setFigures(production(-1, 0)).build(),
                "INVALID_ARGUMENT");
        refused(
                Kp.BW_DELEGATE,
                "EnterProduction",
                entry.toBuilder().setFigures(production(0, 100)).build(),
                "INVALID_ARGUMENT");
        refusedReport(
                r -> r.clearTrade()
                        .setKind(ReportKind.PRODUCTION)
                        .setPeriod("2026-H1")
                        .setProduction(production(-5, 0)),
                "INVALID_ARGUMENT");
    }

    @Test
    void bad_notices_to_the_chair_are_refused() {
        final NotifyChairRequest notice = NotifyChairRequest.newBuilder()
                .setParticipant("IN")
                .setPeriod("2026-H2")
                .setReason("no census this year")
                .build();
        refused(Kp.BW_DELEGATE, "NotifyChair", notice, "WRONG_ORGANISATION");
        refused(Kp.IN_IMPORTER, "NotifyChair", notice, "ROLE_REQUIRED");
        refused(Kp.OBSERVER, "NotifyChair", notice, "OBSERVER_READ_ONLY");
        refused(Kp.IN_DELEGATE, "NotifyChair", notice.toBuilder().setReason(" ").build(), "INVALID_ARGUMENT");
        refused(
                Kp.IN_DELEGATE,
                "NotifyChair",
                notice.toBuilder().setPeriod("2027-H1").build(),
                "PERIOD_NOT_ENDED");
        refused(
                Kp.IN_DELEGATE,
                "NotifyChair",
                notice.toBuilder().setPeriod("2026-Q3").build(),
                "INVALID_ARGUMENT");
        ok(fabric.submit(Kp.IN_DELEGATE, "Statistics:NotifyChair", notice));
    }
}
