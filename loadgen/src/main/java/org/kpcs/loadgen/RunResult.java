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
        Map<String, Double> cpuPercent,
        Map<String, Double> residentMb,
        String experiment,
        String setting) {

    /** The experiment of the main tables; a tuning run names its own (batch, gateway, jvm, keys, ledger). */
    static final String MAIN = "main";

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
            "cpu_percent",
            "resident_mb",
            "experiment",
            "setting");

    RunResult {
        failures = Map.copyOf(failures);
        cpuPercent = Map.copyOf(cpuPercent);
        residentMb = Map.copyOf(residentMb);
        if (experiment.isBlank() || experiment.contains("\t") || setting.contains("\t")) {
            throw new IllegalArgumentException("an experiment is a name and a setting has no tab: " + experiment);
        }
    }

    /** This result as a run of {@code experiment} with {@code setting} (what the experiment varied). */
    RunResult in(final String experiment, final String setting) {
        return new RunResult(
                workload,
                clients,
                inFlight,
                targetRate,
                seconds,
                committed,
                tps,
                operationsPerSecond,
                p50,
                p95,
                p99,
                failed,
                readConflicts,
                failures,
                acknowledged,
                lost,
                duplicated,
                cpuPercent,
                residentMb,
                experiment,
                setting);
    }

    boolean main() {
        return MAIN.equals(experiment);
    }

    /** Resident memory of the chaincode servers (kpcs and the baseline), in MB, at the end of the run. */
    double chaincodeMb() {
        return residentMb.entrySet().stream()
                .filter(e -> CpuByProcess.kindOf(e.getKey()).endsWith("chaincode"))
                .mapToDouble(Map.Entry::getValue)
                .sum();
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
                pairs(cpuPercent),
                pairs(residentMb),
                experiment,
                setting);
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
                parsePairs(f[17], Double::parseDouble),
                parsePairs(f[18], Double::parseDouble),
                f[19],
                f[20]);
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
