package org.kpcs.loadgen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;
import org.hyperledger.fabric.client.Network;

/**
 * One measured run of a workload, as every command of the load generator takes it: runs it, prints its figures
 * and appends its line, labelled with the experiment and the setting it measured, to the results file.
 */
record Measurement(int warmupSeconds, int durationSeconds, double rate, Path results) {

    /** Runs {@code workload} with {@code clients} clients and {@code inFlight} operations in flight in all. */
    RunResult run(
            final Workload workload,
            final int clients,
            final int inFlight,
            final Network checker,
            final ProcessCpu cpu,
            final String experiment,
            final String setting)
            throws IOException, InterruptedException {
        final LoadRun load = new LoadRun(
                workload,
                clients,
                inFlight,
                rate,
                Duration.ofSeconds(warmupSeconds),
                Duration.ofSeconds(durationSeconds));
        final RunResult result = load.run(checker, cpu).in(experiment, setting);
        System.out.printf(
                Locale.ROOT,
                "[%s] %sclients %d, in flight %d: %.1f tx/s (%.1f operations/s), latency p50 %.0f ms, p95 %.0f ms,"
                        + " p99 %.0f ms; failed %d (read conflicts %d) %s; ledger: %d acknowledged, %d lost,"
                        + " %d duplicated%n",
                result.workload(),
                result.main() ? "" : experiment + " " + setting + ": ",
                clients,
                inFlight,
                result.tps(),
                result.operationsPerSecond(),
                result.p50(),
                result.p95(),
                result.p99(),
                result.failed(),
                result.readConflicts(),
                result.failures(),
                result.acknowledged(),
                result.lost(),
                result.duplicated());
        append(results, result);
        return result;
    }

    /** Appends the result's line to the results file (with the header when it is new); nothing when null. */
    static void append(final Path results, final RunResult result) throws IOException {
        if (results != null) {
            if (!Files.exists(results)) {
                Files.writeString(results, RunResult.HEADER + "\n", StandardCharsets.UTF_8);
            }
            Files.writeString(results, result.line() + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
    }
}
