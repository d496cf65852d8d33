package org.kpcs.loadgen;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One measured run: a workload at a number of clients, what committed in the measured window, its latency, what
 * failed, what the ledger check found and the CPU each process used. One line of the results file (tab-separated,
 * with a header), which the report reads.
 */
record RunResult(
        String workload,
        int clients,
        int inFlight,
        double targetRate,
        double seconds,
        long committed,
        double tps,
        double operationsPerSecond,
        double p50,
        double p95,
        double p99,
        long failed,
        long readConflicts,
        Map<String, Long> failures,
        long acknowledged,
        long lost,
        long duplicated,
        Map<String, Double> cpuPercent) {

    static final String HEADER = String.join(
            "\t",
            "workload",
            "clients",
            "in_flight",
            "target_rate",
            "seconds",
            "committed",
            "tps",
            "ops_per_s",
            "p50_ms",
            "p95_ms",
            "p99_ms",
            "failed",
            "read_conflicts",
            "failures",
            "acknowledged",
            "lost",
            "duplicated",
            "cpu_percent");

    RunResult {
        failures = Map.copyOf(failures);
        cpuPercent = Map.copyOf(cpuPercent);
    }

    String line() {
        return String.join(
                "\t",
                workload,
                Integer.toString(clients),
                Integer.toString(inFlight),
                fmt(targetRate),
                fmt(seconds),
                Long.toString(committed),
                fmt(tps),
                fmt(operationsPerSecond),
                fmt(p50),
                fmt(p95),
                fmt(p99),
                Long.toString(failed),
                Long.toString(readConflicts),
                pairs(failures),
                Long.toString(acknowledged),
                Long.toString(lost),
                Long.toString(duplicated),
                pairs(cpuPercent));
    }

    static RunResult parse(final String line) {
        final String[] f = line.split("\t", -1);
        if (f.length != HEADER.split("\t").length) {
            throw new IllegalArgumentException("a results line has " + HEADER.split("\t").length
                    + " tab-separated fields, this one " + f.length + ": " + line);
        }
        return new RunResult(
                f[0],
                Integer.parseInt(f[1]),
                Integer.parseInt(f[2]),
                Double.parseDouble(f[3]),
                Double.parseDouble(f[4]),
                Long.parseLong(f[5]),
                Double.parseDouble(f[6]),
                Double.parseDouble(f[7]),
                Double.parseDouble(f[8]),
                Double.parseDouble(f[9]),
                Double.parseDouble(f[10]),
                Long.parseLong(f[11]),
                Long.parseLong(f[12]),
                parsePairs(f[13], Long::parseLong),
                Long.parseLong(f[14]),
                Long.parseLong(f[15]),
                Long.parseLong(f[16]),
                parsePairs(f[17], Double::parseDouble));
    }

    private static String fmt(final double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String pairs(final Map<String, ? extends Number> map) {
        return map.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "="
                        + (e.getValue() instanceof Double d
                                ? String.format(Locale.ROOT, "%.1f", d)
                                : e.getValue().toString()))
                .collect(Collectors.joining(";"));
    }

    private static <T> Map<String, T> parsePairs(
            final String text, final java.util.function.Function<String, T> value) {
        final Map<String, T> map = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            Arrays.stream(text.split(";")).forEach(pair -> {
                final int eq = pair.lastIndexOf('=');
                map.put(pair.substring(0, eq), value.apply(pair.substring(eq + 1)));
            });
        }
        return map;
    }
}
