package org.kpcs.loadgen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes {@code docs/performance.md} from one bench run: the conditions, each workload's throughput, latency and
 * ratio to the baseline, Caliper's figures beside ours, the ledger check, the CPU of each process and two charts
 * (throughput and latency against clients, PNG).
 */
@Command(name = "report", description = "Writes the performance page and its charts from a run's results.")
final class PerformanceReport implements Callable<Integer> {
    @Option(names = "--results", required = true, description = "the load generator's results file")
    private Path results;

    @Option(names = "--caliper", description = "Caliper's figures (tab-separated, from scripts/bench.sh)")
    private Path caliper;

    @Option(names = "--context", required = true, description = "markdown: the machine and the conditions")
    private Path context;

    @Option(names = "--notes", description = "markdown appended as it is (what the figures mean)")
    private Path notes;

    @Option(names = "--out", required = true, description = "the page to write; charts go beside it")
    private Path out;

    @Override
    public Integer call() throws IOException {
        System.setProperty("java.awt.headless", "true");
        final List<RunResult> all = read(results);
        final List<RunResult> runs = all.stream().filter(RunResult::main).toList();
        final Path dir = out.toAbsolutePath().getParent();
        final String base = out.getFileName().toString().replaceFirst("\\.md$", "");
        Charts.save(
                runs,
                dir.resolve(base + "-tps.png"),
                "Throughput against clients",
                "clients",
                RunResult::clients,
                "tx/s",
                RunResult::tps);
        Charts.save(
                runs,
                dir.resolve(base + "-latency.png"),
                "Latency (p95) against clients",
                "clients",
                RunResult::clients,
                "ms",
                RunResult::p95);
        final StringBuilder tuning = new StringBuilder(4096);
        TuningSection.section(tuning, all);
        LedgerSection.section(tuning, all, dir, base);
        IndexSection.section(tuning, all);
        Files.writeString(out, page(runs, base, tuning.toString()), StandardCharsets.UTF_8);
        System.out.println("wrote " + out + " and its charts (" + base + "-*.png)");
        return 0;
    }

    static List<RunResult> read(final Path file) throws IOException {
        final List<RunResult> runs = new ArrayList<>();
        for (final String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("workload\t")) {
                runs.add(RunResult.parse(line));
            }
        }
        return runs;
    }

    private String page(final List<RunResult> runs, final String base, final String tuning) throws IOException {
        final StringBuilder md = new StringBuilder(8192);
        md.append("# Performance under load\n\n")
                .append(
                        "Written by `scripts/bench.sh` from one run on fresh networks (do not edit: run it again): the\n")
                .append("main network, then one for the larger ledger and one per other block-cutting setting.\n")
                .append(
                        "Every figure below comes from that run. The baseline is `kpbase`, a Java chaincode that writes one\n")
                .append(
                        "key per transaction, deployed on the same channel with the same endorsement policy and driven by\n")
                .append(
                        "the same load generator in the same run; a ratio is a workload's tx/s over the baseline's at the\n")
                .append("same number of clients.\n\n");
        md.append(Files.readString(context, StandardCharsets.UTF_8).strip()).append("\n\n");
        md.append("## Throughput and latency\n\n")
                .append(
                        "Maximum-rate runs: each client keeps up to its share of operations in flight (`in flight` in\n")
                .append("all), submitting with fabric-gateway's `submitAsync` and awaiting each commit status apart.\n")
                .append("tx/s counts transactions committed in the measured window; latency is a transaction's, from\n")
                .append("its proposal to its commit status. A lifecycle operation is four transactions (issue, seal,\n")
                .append("arrive, confirm); a trace is a query, evaluated by the observer.\n\n")
                .append(
                        "| workload | clients | in flight | tx/s | operations/s | ratio to baseline | p50 ms | p95 ms |")
                .append(" p99 ms | failed | read conflicts | failures by code |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (final RunResult r : runs) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %.1f | %.1f | %s | %.0f | %.0f | %.0f | %d | %d | %s |%n",
                    r.workload(),
                    r.clients(),
                    r.inFlight(),
                    r.tps(),
                    r.operationsPerSecond(),
                    ratio(runs, r),
                    r.p50(),
                    r.p95(),
                    r.p99(),
                    r.failed(),
                    r.readConflicts(),
                    r.failures().isEmpty() ? "none" : r.failures().toString()));
        }
        md.append("\n![Throughput against clients](")
                .append(base)
                .append("-tps.png)\n![Latency against clients](")
                .append(base)
                .append("-latency.png)\n\n");
        md.append("## Ledger check\n\n")
                .append("After each run the load generator reads the blocks its transactions went into back from the\n")
                .append(
                        "observer's peer (which endorsed none of them) and counts each acknowledged transaction's valid\n")
                .append("commits: once is right, never is lost, twice is duplicated.\n\n")
                .append(
                        "| workload | clients | acknowledged | lost | duplicated |\n| --- | ---: | ---: | ---: | ---: |\n");
        long lost = 0;
        long duplicated = 0;
        long acknowledged = 0;
        for (final RunResult r : runs) {
            if (!r.workload().startsWith("trace")) {
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %d | %d | %d |%n",
                        r.workload(),
                        r.clients(),
                        r.acknowledged(),
                        r.lost(),
                        r.duplicated()));
                lost += r.lost();
                duplicated += r.duplicated();
                acknowledged += r.acknowledged();
            }
        }
        md.append(String.format(
                Locale.ROOT,
                "%nIn all: %d acknowledged transactions, %d lost, %d duplicated.%n%n",
                acknowledged,
                lost,
                duplicated));
        caliperSection(md, runs);
        CpuByProcess.section(md, runs);
        md.append(tuning);
        if (notes != null) {
            md.append(Files.readString(notes, StandardCharsets.UTF_8).strip()).append('\n');
        }
        return md.toString();
    }

    private void caliperSection(final StringBuilder md, final List<RunResult> runs) throws IOException {
        md.append("## Caliper beside the load generator\n\n");
        if (caliper == null || !Files.exists(caliper)) {
            md.append("Caliper did not run in this bench run.\n\n");
            return;
        }
        final List<String> lines = Files.readAllLines(caliper, StandardCharsets.UTF_8);
        md.append("Hyperledger Caliper 0.6.0 (`bench/caliper/`, fabric-gateway binding) against the same network,\n")
                .append("after the load generator. Its workers keep a fixed number of transactions in flight\n")
                .append("(`fixed-load`). Beside it, the load generator's figure for the same workload at the same\n")
                .append("number of transactions in flight, where it ran one.\n\n")
                .append("| round | workers | in flight | succeeded | failed | send rate tx/s | throughput tx/s |")
                .append(" avg latency ms | max latency ms | load generator tx/s (same in flight) |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (final String line : lines) {
            if (line.isBlank() || line.startsWith("round\t")) {
                continue;
            }
            final String[] f = line.split("\t", -1);
            final String workload = f[0].replaceFirst("-.*", "");
            final int inFlight = Integer.parseInt(f[2]);
            final String ours = runs.stream()
                    .filter(r -> r.workload().equals(workload) && r.inFlight() == inFlight)
                    .findFirst()
                    .map(r -> String.format(Locale.ROOT, "%.1f", r.tps()))
                    .orElse("not run");
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    f[0],
                    f[1],
                    f[2],
                    f[3],
                    f[4],
                    f[5],
                    "0".equals(f[3]) ? "0 (none succeeded)" : f[8],
                    millis(f[7]),
                    millis(f[6]),
                    ours));
        }
        md.append('\n');
    }

    /** Caliper's seconds as milliseconds; Caliper prints "-" when no transaction succeeded. */
    static String millis(final String seconds) {
        try {
            return String.format(Locale.ROOT, "%.0f", Double.parseDouble(seconds) * 1000);
        } catch (NumberFormatException e) {
            return "-";
        }
    }

    /** A workload's tx/s over the baseline's at the same number of clients, or a dash without one. */
    static String ratio(final List<RunResult> runs, final RunResult r) {
        if ("baseline".equals(r.workload())) {
            return "1.00";
        }
        return runs.stream()
                .filter(b -> "baseline".equals(b.workload()) && b.clients() == r.clients() && b.tps() > 0)
                .findFirst()
                .map(b -> String.format(Locale.ROOT, "%.2f", r.tps() / b.tps()))
                .orElse("-");
    }
}
