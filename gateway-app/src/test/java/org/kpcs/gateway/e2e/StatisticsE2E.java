package org.kpcs.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.util.JsonFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kpcs.gateway.certificate.Certificates;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.stats.Period;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.ConfirmImportRequest;
import org.kpcs.protos.FigureDifference;
import org.kpcs.protos.IssueCertificateRequest;
import org.kpcs.protos.MirrorDifference;
import org.kpcs.protos.StatisticsLine;
import org.kpcs.protos.TradeStatistics;
import org.kpcs.protos.VerificationReport;

/**
 * Annex III on the real network: a quarter's trade among BW, AE and IN with known figures, indexed by BW's
 * {@code kpcs serve} killed with SIGKILL twice while it follows; its index equals a rebuild from block 0, every
 * figure is checked, values appear only in BW's own statistics, and an observer's verify catches a wrong figure.
 */
class StatisticsE2E {
    private static final String QUARTER =
            Period.quarterOf(LocalDate.now(ZoneOffset.UTC)).label();
    private static final String RUN =
            UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);

    /** BW's index is kept in PostgreSQL too, by a second service killed at the same moments. */
    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @TempDir
    Path folder;

    /** A failed test leaves no kpcs serve of its own running. */
    @AfterEach
    void stopServices() {
        ProcessHandle.current().children().forEach(ProcessHandle::destroyForcibly);
    }

    @AfterAll
    static void closeChannels() {
        LocalNetwork.CHANNELS.close();
    }

    @Test
    void a_quarter_of_trade_is_indexed_through_kills_and_every_figure_checks() throws Exception {
        final Path log = folder.resolve("serve-BW.log");
        final String bw = "jdbc:sqlite:" + folder.resolve("bw.db");
        final String pg = POSTGRES.createDatabase("bw_index");
        final String[] pgLogin = {
            "--index-credentials", POSTGRES.credentials(folder).toString()
        };
        final String pgRead = POSTGRES.withLogin(pg);
        final Path pgLog = folder.resolve("serve-BW-postgres.log");
        Process serve = ServeProcess.start("BW", "delegate", bw, log);
        Process servePg = ServeProcess.start("BW", "delegate", pg, pgLog, pgLogin);
        final long tip = NetworkNodes.peerTip("BW").number();
        NetworkNodes.await(
                "BW's index to reach block " + tip, Duration.ofSeconds(90), () -> ServeProcess.nextBlock(bw) > tip);
        final TradeStatistics before = stats(bw, "BW", "BW");

        final String a = ship("BW", "AE", "BW", List.of(), "7102.21", 1_000_500, 10_000_000, 1_000_500);
        ServeProcess.kill(serve);
        ServeProcess.kill(servePg);
        serve = ServeProcess.start("BW", "delegate", bw, log);
        servePg = ServeProcess.start("BW", "delegate", pg, pgLog, pgLogin);
        final String b = ship("BW", "IN", "MIXED", List.of("BW", "CD"), "7102.31", 250_000, 2_000_000, -1);
        ship("AE", "IN", "ZA", List.of(), "7102.21", 75_250, 500_000, 75_250);
        final String d = ship("IN", "BW", "IN", List.of(), "7102.10", 10_000, 100_000, 9_000);
        ServeProcess.kill(serve);
        ServeProcess.kill(servePg);
        serve = ServeProcess.start("BW", "delegate", bw, log);
        servePg = ServeProcess.start("BW", "delegate", pg, pgLog, pgLogin);
        NetworkNodes.await(
                "BW's index to hold the dispute of " + d,
                Duration.ofSeconds(90),
                () -> !ServeProcess.rows(bw, "SELECT number FROM receipt WHERE disputed = 1 AND number = '" + d + "'")
                        .isEmpty());
        ServeProcess.kill(serve);
        ServeProcess.kill(servePg);
        // each resumes from its own checkpoint to the same height: the one that got further stops at once
        final long last = Math.max(ServeProcess.nextBlock(bw), ServeProcess.nextBlock(pgRead)) - 1;
        ServeProcess.kpcs("--org", "BW", "--user", "delegate", "serve", "--index-url", bw, "--last-block", "" + last);
        ServeProcess.kpcs(
                "--org",
                "BW",
                "--user",
                "delegate",
                "serve",
                "--index-url",
                pg,
                pgLogin[0],
                pgLogin[1],
                "--last-block",
                "" + last);

        // a rebuild from block 0, in another process's place, gives the same index row for row
        final String rebuilt = "jdbc:sqlite:" + folder.resolve("bw-rebuilt.db");
        ServeProcess.kpcs(
                "--org", "BW", "--user", "delegate", "serve", "--index-url", rebuilt, "--last-block", "" + last);
        assertThat(ServeProcess.dump(rebuilt)).isEqualTo(ServeProcess.dump(bw));
        // and PostgreSQL, killed at the same moments, holds the same rows as SQLite
        assertThat(ServeProcess.dump(pgRead)).isEqualTo(ServeProcess.dump(bw));
        assertThat(stats(pg, "BW", "BW", pgLogin)).isEqualTo(stats(bw, "BW", "BW"));

        final long started = System.nanoTime();
        final TradeStatistics after = stats(bw, "BW", "BW");
        final long queryMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(after.getValuesIncluded()).isTrue();
        assertThat(minus(
                        line(after.getExportsList(), "AE", "BW", "7102.21"),
                        line(before.getExportsList(), "AE", "BW", "7102.21")))
                .isEqualTo(List.of(1, 1_000_500L, 10_000_000L));
        final StatisticsLine mixed = line(after.getExportsList(), "IN", "MIXED", "7102.31");
        assertThat(mixed.getMixedOriginsList()).containsExactly("BW", "CD");
        assertThat(minus(mixed, line(before.getExportsList(), "IN", "MIXED", "7102.31")))
                .isEqualTo(List.of(1, 250_000L, 2_000_000L));
        assertThat(minus(after.getExportTotal(), before.getExportTotal()))
                .isEqualTo(List.of(2, 1_250_500L, 12_000_000L));
        // IN's shipment to BW is disputed (9 ct received of 10): not an import
        assertThat(minus(after.getImportTotal(), before.getImportTotal())).isEqualTo(List.of(0, 0L, 0L));

        // an observer's index: the same carats and counts, never a value
        final String cso = "jdbc:sqlite:" + folder.resolve("cso.db");
        ServeProcess.kpcs("--org", "CSO", "--user", "observer", "serve", "--index-url", cso, "--last-block", "" + last);
        final TradeStatistics observed = stats(cso, "CSO", "BW");
        assertThat(observed.getValuesIncluded()).isFalse();
        assertThat(observed.getExportTotal().getValueUsdCents()).isZero();
        assertThat(observed.getExportTotal().getCaratWeightMilli())
                .isEqualTo(after.getExportTotal().getCaratWeightMilli());
        final TradeStatistics in = stats(cso, "CSO", "IN");
        assertThat(line(in.getImportsList(), "AE", "ZA", "7102.21").getCertificates())
                .isPositive();

        // verify by an observer: the index agrees with the ledger; a published report with one wrong figure does not
        final VerificationReport clean = verify("BW", cso, null);
        assertThat(clean.getDifferencesList()).isEmpty();
        assertThat(clean.getMirrorDifferencesList())
                .extracting(MirrorDifference::getCertificateNumber, MirrorDifference::getReason)
                .contains(org.assertj.core.groups.Tuple.tuple(b, "not confirmed by the importer"))
                .noneMatch(t -> a.equals(t.toList().get(0)));
        assertThat(clean.getOpenDisputesList()).contains(d);

        final TradeStatistics wrong = after.toBuilder()
                .setExports(
                        after.getExportsList().indexOf(line(after.getExportsList(), "AE", "BW", "7102.21")),
                        line(after.getExportsList(), "AE", "BW", "7102.21").toBuilder()
                                .setCaratWeightMilli(1))
                .build();
        final Path report = folder.resolve("bw-report.json");
        Files.writeString(report, JsonFormat.printer().print(wrong), StandardCharsets.UTF_8);
        final VerificationReport caught = verify("BW", null, report);
        assertThat(caught.getDifferencesList()).hasSize(1);
        final FigureDifference difference = caught.getDifferences(0);
        assertThat(difference.getPartner()).isEqualTo("AE");
        assertThat(difference.getCaratsReportedMilli()).isEqualTo(1);
        assertThat(difference.getCaratsOnLedgerMilli())
                .isEqualTo(line(after.getExportsList(), "AE", "BW", "7102.21").getCaratWeightMilli());

        final String logged = Files.readString(log, StandardCharsets.UTF_8);
        final Matcher lag = Pattern.compile("indexed, (\\d+) ms after").matcher(logged);
        long maxLag = 0;
        while (lag.find()) {
            maxLag = Math.max(maxLag, Long.parseLong(lag.group(1)));
        }
        System.out.printf(
                "StatisticsE2E: blocks 0 to %d indexed; largest logged lag %d ms; stats trade %d ms%n",
                last, maxLag, queryMillis);
        assertThat(logged).contains("indexing the ledger for BWMSP from block 0");
    }

    /** Issues, seals, receives and (unless CONFIRMED is -1) confirms CONFIRMED carats; returns the number. */
    private static String ship(
            final String from,
            final String to,
            final String origin,
            final List<String> mixed,
            final String hs,
            final long milli,
            final long valueCents,
            final long confirmed) {
        final String number = from + "-STATS-" + RUN + "-" + hs.substring(5) + origin;
        final IssueCertificateRequest request = Trades.certificate(number, to, milli).toBuilder()
                .setOrigin(origin)
                .addAllMixedOrigins(mixed)
                .setHsCode(hs)
                .build();
        final var details = Trades.details(number, "").toBuilder()
                .setValueUsdCents(valueCents)
                .build();
        try (KpGateway exporter = LocalNetwork.as(from, "exporter");
                KpGateway customs = LocalNetwork.as(from, "customs");
                KpGateway importer = LocalNetwork.as(to, "importer")) {
            Certificates.of(exporter).issue(request, details);
            if (confirmed < 0) {
                return number;
            }
            Certificates.of(customs).seal(number, "SEAL-" + number, "");
            Trades.awaitOnEveryParticipantsPeer(number, CertificateStatus.SEALED_FOR_EXPORT);
            Certificates.of(importer).arrive(number, "SEAL-" + number, true, "");
            Certificates.of(importer)
                    .confirm(
                            ConfirmImportRequest.newBuilder()
                                    .setCertificateNumber(number)
                                    .setNumberOfParcels(1)
                                    .setCaratWeightMilli(confirmed)
                                    .setDateOfReceipt(Trades.TODAY)
                                    .build(),
                            details);
        }
        return number;
    }

    private static TradeStatistics stats(
            final String url, final String org, final String participant, final String... login) throws Exception {
        final List<String> args = new java.util.ArrayList<>(List.of(
                "--org",
                org,
                "--user",
                org.equals("CSO") ? "observer" : "delegate",
                "--json",
                "stats",
                "trade",
                participant,
                QUARTER,
                "--index-url",
                url));
        args.addAll(List.of(login));
        final TradeStatistics.Builder read = TradeStatistics.newBuilder();
        JsonFormat.parser().merge(ServeProcess.kpcs(args.toArray(String[]::new)), read);
        return read.build();
    }

    /** {@code kpcs stats verify} by an observer: against its own index, or against REPORT when given. */
    private static VerificationReport verify(final String participant, final String index, final Path report)
            throws Exception {
        final List<String> args = new java.util.ArrayList<>(
                List.of("--org", "CSO", "--user", "observer", "--json", "stats", "verify", participant, QUARTER));
        args.addAll(report == null ? List.of("--index", "--index-url", index) : List.of("--report", report.toString()));
        final VerificationReport.Builder read = VerificationReport.newBuilder();
        JsonFormat.parser().merge(ServeProcess.kpcs(args.toArray(String[]::new)), read);
        return read.build();
    }

    private static StatisticsLine line(
            final List<StatisticsLine> lines, final String partner, final String origin, final String hs) {
        return lines.stream()
                .filter(l -> l.getPartner().equals(partner)
                        && l.getOrigin().equals(origin)
                        && l.getHsCode().equals(hs))
                .findFirst()
                .orElse(StatisticsLine.getDefaultInstance());
    }

    private static List<Object> minus(final StatisticsLine after, final StatisticsLine before) {
        return List.of(
                after.getCertificates() - before.getCertificates(),
                after.getCaratWeightMilli() - before.getCaratWeightMilli(),
                after.getValueUsdCents() - before.getValueUsdCents());
    }
}
