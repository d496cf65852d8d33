package org.kpcs.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpcs.gateway.stats.Period;
import org.kpcs.protos.ChairNotice;
import org.kpcs.protos.FigureDifference;
import org.kpcs.protos.FiledReport;
import org.kpcs.protos.ProductionDifference;
import org.kpcs.protos.ReportList;
import org.kpcs.protos.StatisticsLine;
import org.kpcs.protos.TradeStatistics;
import org.kpcs.protos.VerificationReport;

/**
 * Annex III reports on the real network: BW's delegate files a past quarter's trade report with one wrong figure,
 * an observer's verify catches exactly that figure, a correct refiling verifies clean; both are marked late and
 * kept; a production report is checked against the production statistics entered; AE's notice to the Chair is
 * public; filings by another Participant or an observer are refused and change nothing.
 */
class ReportsE2E {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    /** Two quarters back: ended at least three months ago, so its report is always late. */
    private static final Period QUARTER = Period.quarterOf(TODAY.minusMonths(6));
    /** Two half-years back: always late as well. */
    private static final Period HALF =
            Period.parse(TODAY.minusYears(1).getYear() + "-H" + (TODAY.getMonthValue() <= 6 ? 1 : 2));

    @TempDir
    Path folder;

    @AfterAll
    static void closeChannels() {
        LocalNetwork.CHANNELS.close();
    }

    @Test
    void a_wrong_figure_is_caught_a_refiling_verifies_clean_and_lateness_shows() throws Exception {
        final int before = reports("BW", QUARTER.label()).getReportsCount();
        final Path document = folder.resolve("report.txt");
        Files.writeString(document, "BW trade report " + QUARTER.label() + " " + UUID.randomUUID());
        // the quarter had no trade on this ledger (every Certificate here is issued today): one invented line
        final TradeStatistics wrong = TradeStatistics.newBuilder()
                .setParticipant("BW")
                .setPeriod(QUARTER.label())
                .addExports(StatisticsLine.newBuilder()
                        .setPartner("AE")
                        .setOrigin("BW")
                        .setHsCode("7102.21")
                        .setCertificates(1)
                        .setCaratWeightMilli(1_500)
                        .setValueUsdCents(90_000))
                .build();
        final FiledReport first = file(wrong, document);
        assertThat(first.getVersion()).isEqualTo(before + 1);
        assertThat(first.getLate()).isTrue();
        assertThat(first.getDue()).isEqualTo(QUARTER.publicationDue().toString());

        final VerificationReport caught =
                read(VerificationReport.newBuilder(), observer("verify", "BW", QUARTER.label()));
        assertThat(caught.getFiledVersion()).isEqualTo(first.getVersion());
        assertThat(caught.getFiledLate()).isTrue();
        assertThat(caught.getDocumentSha256()).isEqualTo(first.getDocumentSha256());
        assertThat(caught.getDifferencesList()).singleElement().satisfies(d -> {
            assertThat(List.of(d.getDirection(), d.getPartner(), d.getOrigin(), d.getHsCode()))
                    .containsExactly("export", "AE", "BW", "7102.21");
            assertThat(List.of(d.getCertificatesReported(), d.getCertificatesOnLedger()))
                    .containsExactly(1, 0);
            assertThat(List.of(d.getCaratsReportedMilli(), d.getCaratsOnLedgerMilli()))
                    .containsExactly(1_500L, 0L);
        });

        final FiledReport corrected = file(wrong.toBuilder().clearExports().build(), document);
        assertThat(corrected.getVersion()).isEqualTo(first.getVersion() + 1);
        final VerificationReport clean =
                read(VerificationReport.newBuilder(), observer("verify", "BW", QUARTER.label()));
        assertThat(clean.getFiledVersion()).isEqualTo(corrected.getVersion());
        assertThat(clean.getDifferencesList())
                .extracting(FigureDifference::getPartner)
                .isEmpty();

        final ReportList listed = reports("BW", QUARTER.label());
        assertThat(listed.getReportsList()).hasSize(before + 2);
        final FiledReport kept = listed.getReports(before);
        assertThat(kept.getTrade().getExportsList()).hasSize(1);
        assertThat(kept.getSupersededByVersion()).isEqualTo(corrected.getVersion());
        assertThat(listed.getReportsList().subList(before, before + 2))
                .allSatisfy(r -> assertThat(r.getDaysLate()).isPositive());
        assertThat(kpcs("--org", "CSO", "--user", "observer", "stats", "reports", "BW", "--period", QUARTER.label()))
                .contains("LATE by " + corrected.getDaysLate() + " day(s)")
                .contains("(superseded by v" + corrected.getVersion());

        // refusals: another Participant's delegate, an observer; the listing is unchanged
        final Path figures = json(wrong, "refused.json");
        refused(
                "WRONG_ORGANISATION",
                "--org",
                "AE",
                "--user",
                "delegate",
                "stats",
                "file",
                "BW",
                QUARTER.label(),
                "--figures",
                figures.toString(),
                "--document",
                document.toString());
        refused(
                "OBSERVER_READ_ONLY",
                "--org",
                "CSO",
                "--user",
                "observer",
                "stats",
                "file",
                "BW",
                QUARTER.label(),
                "--figures",
                figures.toString(),
                "--document",
                document.toString());
        refused(
                "ROLE_REQUIRED",
                "--org",
                "BW",
                "--user",
                "exporter",
                "stats",
                "file",
                "BW",
                QUARTER.label(),
                "--figures",
                figures.toString(),
                "--document",
                document.toString());
        assertThat(reports("BW", QUARTER.label())).isEqualTo(listed);
    }

    @Test
    void a_production_report_is_checked_against_the_production_statistics_and_the_chair_is_notified() throws Exception {
        final String half = HALF.label();
        final Path document = folder.resolve("production.txt");
        Files.writeString(document, "BW production " + half + " " + UUID.randomUUID());
        kpcs(
                "--org",
                "BW",
                "--user",
                "delegate",
                "stats",
                "production",
                "BW",
                half,
                "--carats",
                "1000.5",
                "--value-usd",
                "250000.00");
        read(
                FiledReport.newBuilder(),
                statsAs(
                        "BW",
                        "delegate",
                        "file",
                        "BW",
                        half,
                        "--carats",
                        "1000.25",
                        "--value-usd",
                        "250000.00",
                        "--document",
                        document.toString()));
        final VerificationReport checked = read(VerificationReport.newBuilder(), observer("verify", "BW", half));
        assertThat(checked.getProductionDifferencesList())
                .extracting(
                        ProductionDifference::getFigure,
                        ProductionDifference::getReported,
                        ProductionDifference::getOnLedger)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("carats", 1_000_250L, 1_000_500L));
        assertThat(checked.getFiledLate()).isTrue();
        assertThat(checked.getFiledKind()).isEqualTo("production");

        final String reason = "census delayed " + UUID.randomUUID();
        final ChairNotice notice = read(
                ChairNotice.newBuilder(), statsAs("AE", "delegate", "notify-chair", "AE", half, "--reason", reason));
        assertThat(notice.getChair()).isEqualTo("BW");
        assertThat(reports("AE", half).getNoticesList()).contains(notice);
        assertThat(kpcs("--org", "BW", "--user", "chair", "stats", "reports", "AE"))
                .contains(reason);
    }

    private FiledReport file(final TradeStatistics figures, final Path document) throws Exception {
        return read(
                FiledReport.newBuilder(),
                statsAs(
                        "BW",
                        "delegate",
                        "file",
                        "BW",
                        QUARTER.label(),
                        "--figures",
                        json(figures, "figures-" + UUID.randomUUID() + ".json").toString(),
                        "--document",
                        document.toString()));
    }

    private Path json(final TradeStatistics figures, final String name) throws Exception {
        final Path file = folder.resolve(name);
        Files.writeString(file, JsonFormat.printer().print(figures), StandardCharsets.UTF_8);
        return file;
    }

    private static ReportList reports(final String participant, final String period) throws Exception {
        return read(ReportList.newBuilder(), observer("reports", participant, "--period", period));
    }

    private static String observer(final String... stats) {
        return statsAs("CSO", "observer", stats);
    }

    /** {@code kpcs --org ORG --user USER --json stats ...}: its JSON output. */
    private static String statsAs(final String org, final String user, final String... stats) {
        final List<String> args = new ArrayList<>(List.of("--org", org, "--user", user, "--json", "stats"));
        args.addAll(List.of(stats));
        return kpcs(args.toArray(String[]::new));
    }

    private static String kpcs(final String... args) {
        return ServeProcess.kpcs(args);
    }

    /** The command fails, telling the user which rule refused it. */
    private static void refused(final String code, final String... args) {
        assertThat(CliRuns.refusal(args)).contains("refused at endorsement (chaincode rule) [" + code + "]");
    }

    private static <T extends Message> T read(final Message.Builder into, final String json) {
        return CliRuns.read(into, json);
    }
}
