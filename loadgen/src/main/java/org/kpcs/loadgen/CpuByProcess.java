package org.kpcs.loadgen;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The report's "what limits throughput" section: each run's CPU, summed by kind of process. */
final class CpuByProcess {
    private CpuByProcess() {}

    static void section(final StringBuilder md, final List<RunResult> runs) {
        md.append("## What limits throughput\n\n")
                .append("CPU used in each measured window, read from `/proc/<pid>/stat` for every process `kpnet`\n")
                .append("started and for the load generator, in per cent of one core (the machine has ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, so ")
                .append(100 * Runtime.getRuntime().availableProcessors())
                .append(" % is all of it). Processes are summed by kind.\n\n")
                .append("| workload | clients | tx/s | peers | ordering nodes | kpcs chaincode | baseline chaincode |")
                .append(" CA | load generator | all | busiest process |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (final RunResult r : runs) {
            final Map<String, Double> kinds = byKind(r.cpuPercent());
            final double all = r.cpuPercent().values().stream()
                    .mapToDouble(Double::doubleValue)
                    .sum();
            final Optional<Map.Entry<String, Double>> busiest =
                    r.cpuPercent().entrySet().stream().max(Map.Entry.comparingByValue());
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %s |%n",
                    r.workload(),
                    r.clients(),
                    r.tps(),
                    kinds.getOrDefault("peers", 0.0),
                    kinds.getOrDefault("ordering nodes", 0.0),
                    kinds.getOrDefault("kpcs chaincode", 0.0),
                    kinds.getOrDefault("baseline chaincode", 0.0),
                    kinds.getOrDefault("CA", 0.0),
                    kinds.getOrDefault("load generator", 0.0),
                    all,
                    busiest.map(e -> String.format(Locale.ROOT, "%s %.0f %%", e.getKey(), e.getValue()))
                            .orElse("-")));
        }
        md.append('\n');
    }

    /** Sums processes by kind: peer-BW and peer-AE are peers, chaincode-BW-1 the kpcs chaincode, and so on. */
    static Map<String, Double> byKind(final Map<String, Double> cpu) {
        final Map<String, Double> kinds = new TreeMap<>();
        cpu.forEach((name, pct) -> kinds.merge(kindOf(name), pct, Double::sum));
        return kinds;
    }

    static String kindOf(final String process) {
        if (process.startsWith("peer-")) {
            return "peers";
        }
        if (process.startsWith("orderer-")) {
            return "ordering nodes";
        }
        if (process.startsWith("chaincode-")) {
            return "kpcs chaincode";
        }
        if (process.startsWith(Connections.BASELINE + "-")) {
            return "baseline chaincode";
        }
        if ("ca".equals(process)) {
            return "CA";
        }
        if ("loadgen".equals(process)) {
            return "load generator";
        }
        return process;
    }
}
