package org.kpcs.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TuningReportTest {
    private static RunResult run(
            final String experiment, final String setting, final int clients, final double tps, final double p50) {
        final RunResult r = ReportTest.result("baseline", clients, tps).in(experiment, setting);
        return new RunResult(
                r.workload(),
                r.clients(),
                r.inFlight(),
                r.targetRate(),
                r.seconds(),
                r.committed(),
                r.tps(),
                r.operationsPerSecond(),
                p50,
                r.p95(),
                r.p99(),
                r.failed(),
                r.readConflicts(),
                r.failures(),
                r.acknowledged(),
                r.lost(),
                r.duplicated(),
                r.cpuPercent(),
                r.residentMb(),
                experiment,
                setting);
    }

    @Test
    void settings_are_compared_at_the_same_number_of_clients() {
        final List<RunResult> runs = List.of(
                run("batch", "timeout 500ms", 1, 15, 420),
                run("batch", "timeout 250ms", 1, 22, 260),
                run("batch", "timeout 2s", 1, 4, 1900),
                run("batch", "timeout 500ms", 16, 68, 740),
                run("batch", "timeout 2s", 16, 70, 1500));

        final String summary = TuningSection.summary(runs, true);

        assertThat(summary)
                .contains("At 1 client: most tx/s with timeout 250ms (22.0 tx/s), fewest with timeout 2s (4.0 tx/s);"
                        + " lowest p50 with timeout 250ms (260 ms), highest with timeout 2s (1900 ms).")
                .contains("At 16 clients: most tx/s with timeout 2s (70.0 tx/s), fewest with timeout 500ms (68.0 tx/s)")
                .contains("Read conflicts: timeout 500ms (baseline, 1 client) 2 against 300");
    }

    @Test
    void an_experiment_over_clients_compares_all_its_runs_and_says_when_nothing_conflicted() {
        final RunResult one = run("gateway", "1 client x 32 in flight", 1, 20, 900);
        final RunResult many = run("gateway", "32 clients x 1 in flight", 32, 30, 700);
        final List<RunResult> runs = List.of(withoutConflicts(one), withoutConflicts(many));

        assertThat(TuningSection.summary(runs, false))
                .isEqualTo("Over these runs: most tx/s with 32 clients x 1 in flight (30.0 tx/s), fewest with"
                        + " 1 client x 32 in flight (20.0 tx/s); lowest p50 with 32 clients x 1 in flight (700 ms),"
                        + " highest with 1 client x 32 in flight (900 ms). No run had a read conflict.");
    }

    private static RunResult withoutConflicts(final RunResult r) {
        return new RunResult(
                r.workload(),
                r.clients(),
                r.inFlight(),
                r.targetRate(),
                r.seconds(),
                r.committed(),
                r.tps(),
                r.operationsPerSecond(),
                r.p50(),
                r.p95(),
                r.p99(),
                0,
                0,
                java.util.Map.of(),
                r.acknowledged(),
                r.lost(),
                r.duplicated(),
                r.cpuPercent(),
                r.residentMb(),
                r.experiment(),
                r.setting());
    }

    @Test
    void each_experiment_gets_its_own_table_and_main_runs_none() {
        final StringBuilder md = new StringBuilder();

        TuningSection.section(
                md,
                List.of(
                        ReportTest.result("issuance", 4, 20),
                        run("jvm", "-XX:+UseG1GC", 16, 30, 800),
                        run("keys", "one hot key", 16, 9, 700)));

        assertThat(md.toString())
                .contains("## Tuning: the chaincode JVM")
                .contains("## Tuning: key design and a hot key")
                .contains("| -XX:+UseG1GC | baseline | 16 | 128 | 30.0 | 800 |")
                .doesNotContain("block cutting")
                .doesNotContain("| issuance |");
    }

    @Test
    void the_ledger_section_tabulates_each_size_and_says_how_much_each_query_grew(@TempDir final Path dir)
            throws IOException {
        final List<RunResult> runs = List.of(
                query("list", 1, 20),
                query("history", 1, 10),
                query("list", 1001, 22),
                query("history", 1001, 11),
                query("list", 10001, 30),
                query("history", 10001, 12));
        final StringBuilder md = new StringBuilder();

        LedgerSection.section(md, runs, dir, "perf");

        assertThat(md.toString())
                .contains(
                        "| Certificates on the ledger | list p50 ms | list p95 ms | history p50 ms | history p95 ms |")
                .contains("| 1001 | 22 | 600 | 11 | 600 |")
                .contains("list 20 ms at 1 Certificates and 30 ms at 10001 (x1.50); history 10 ms at 1 Certificates"
                        + " and 12 ms at 10001 (x1.20).")
                .contains("![Query latency against the ledger's size](perf-ledger.png)");
        assertThat(Files.size(dir.resolve("perf-ledger.png"))).isPositive();
        assertThat(LedgerSection.growth(runs.subList(0, 1), new LinkedHashSet<>(List.of("list"))))
                .isEqualTo("Measured at one size only.");
    }

    private static RunResult query(final String name, final long certificates, final double p50) {
        final RunResult r = run(LedgerSection.EXPERIMENT, Long.toString(certificates), 1, 50, p50);
        return new RunResult(
                name,
                1,
                1,
                0,
                r.seconds(),
                r.committed(),
                r.tps(),
                r.operationsPerSecond(),
                p50,
                r.p95(),
                r.p99(),
                0,
                0,
                java.util.Map.of(),
                0,
                0,
                0,
                r.cpuPercent(),
                r.residentMb(),
                r.experiment(),
                r.setting());
    }
}
