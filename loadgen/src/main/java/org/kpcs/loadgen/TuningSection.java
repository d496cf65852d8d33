package org.kpcs.loadgen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The report's tuning sections: one table per experiment (block cutting, gateway concurrency, the chaincode JVM,
 * key design), each setting's runs measured in the same bench run, and a sentence computed from the figures on
 * what they show.
 */
final class TuningSection {
    /** An experiment's title, what it varied and whether its settings compare at the same number of clients. */
    private record Experiment(String title, String how, boolean byClients) {}

    private static final Map<String, Experiment> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put(
                "batch",
                new Experiment(
                        "Tuning: block cutting",
                        "Each setting on its own fresh network (`network/kpnet up` with `KP_BATCH_TIMEOUT` and"
                                + " `KP_BATCH_SIZE`, which for SmartBFT are `RequestBatchMaxInterval` and"
                                + " `RequestBatchMaxCount`), the baseline driven at the fewest and the most clients.",
                        true));
        KNOWN.put(
                "gateway",
                new Experiment(
                        "Tuning: gateway concurrency",
                        "Issuance on the main network with more or fewer client threads and transactions in flight;"
                                + " the peers keep Fabric's gateway limit (`peer.limits.concurrency.gatewayService`,"
                                + " 500 requests at once per peer, commit-status waits included), which these runs,"
                                + " spread over three Participants' peers, stay below.",
                        false));
        KNOWN.put(
                "jvm",
                new Experiment(
                        "Tuning: the chaincode JVM",
                        "Issuance on the main network after the kpcs chaincode servers were restarted with other"
                                + " `KP_CC_JAVA_OPTS` (`network/kpnet stop` and `start --java-opts`); memory is the"
                                + " chaincode servers' resident set at the end of the run, summed.",
                        true));
        KNOWN.put(
                "keys",
                new Experiment(
                        "Tuning: key design and a hot key",
                        "The baseline's read-modify-write (`Increment`: read a counter, write it plus one) on a"
                                + " key of its own per transaction, as every Certificate has its own keys, against"
                                + " all transactions on one hot key. The KPCS workloads' read conflicts are in the"
                                + " main table's `read conflicts` column.",
                        true));
    }

    private TuningSection() {}

    static void section(final StringBuilder md, final List<RunResult> runs) {
        final Set<String> experiments = new LinkedHashSet<>(KNOWN.keySet());
        runs.stream()
                .map(RunResult::experiment)
                .filter(e -> !RunResult.MAIN.equals(e)
                        && !LedgerSection.EXPERIMENT.equals(e)
                        && !IndexGrowth.EXPERIMENT.equals(e))
                .forEach(experiments::add);
        for (final String name : experiments) {
            final List<RunResult> mine =
                    runs.stream().filter(r -> name.equals(r.experiment())).toList();
            if (mine.isEmpty()) {
                continue;
            }
            final Experiment e = KNOWN.getOrDefault(name, new Experiment("Tuning: " + name, "", true));
            md.append("## ").append(e.title()).append("\n\n");
            if (!e.how().isEmpty()) {
                md.append(e.how()).append("\n\n");
            }
            table(md, mine);
            md.append(summary(mine, e.byClients())).append("\n\n");
        }
    }

    private static void table(final StringBuilder md, final List<RunResult> runs) {
        md.append("| setting | workload | clients | in flight | tx/s | p50 ms | p95 ms | p99 ms | failed |")
                .append(" read conflicts | CPU % (all) | chaincode MB | acknowledged / lost / duplicated |\n")
                .append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (final RunResult r : runs) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %d | %d | %.1f | %.0f | %.0f | %.0f | %d | %d | %.0f | %.0f | %d / %d / %d |%n",
                    r.setting(),
                    r.workload(),
                    r.clients(),
                    r.inFlight(),
                    r.tps(),
                    r.p50(),
                    r.p95(),
                    r.p99(),
                    r.failed(),
                    r.readConflicts(),
                    r.cpuPercent().values().stream()
                            .mapToDouble(Double::doubleValue)
                            .sum(),
                    r.chaincodeMb(),
                    r.acknowledged(),
                    r.lost(),
                    r.duplicated()));
        }
        md.append('\n');
    }

    /**
     * What the figures show: within each group (the runs at one number of clients, or all of them) the settings
     * with the most and the fewest tx/s and the lowest and the highest median latency, then the read conflicts.
     */
    static String summary(final List<RunResult> runs, final boolean byClients) {
        final Map<String, List<RunResult>> groups = new LinkedHashMap<>();
        for (final RunResult r : runs) {
            groups.computeIfAbsent(byClients ? "At " + clients(r.clients()) : "Over these runs", k -> new ArrayList<>())
                    .add(r);
        }
        final List<String> sentences = new ArrayList<>();
        groups.forEach((group, members) -> {
            if (members.size() > 1) {
                sentences.add(String.format(
                        Locale.ROOT,
                        "%s: most tx/s with %s, fewest with %s; lowest p50 with %s, highest with %s.",
                        group,
                        extreme(members, RunResult::tps, true, "%.1f tx/s"),
                        extreme(members, RunResult::tps, false, "%.1f tx/s"),
                        extreme(members, RunResult::p50, false, "%.0f ms"),
                        extreme(members, RunResult::p50, true, "%.0f ms")));
            }
        });
        final String conflicts = runs.stream()
                .filter(r -> r.readConflicts() > 0)
                .map(r -> String.format(
                        Locale.ROOT,
                        "%s (%s, %s) %d against %d committed",
                        label(r),
                        r.workload(),
                        clients(r.clients()),
                        r.readConflicts(),
                        r.committed()))
                .collect(Collectors.joining("; "));
        sentences.add(conflicts.isEmpty() ? "No run had a read conflict." : "Read conflicts: " + conflicts + ".");
        return String.join(" ", sentences);
    }

    private static String extreme(
            final List<RunResult> runs, final ToDoubleFunction<RunResult> value, final boolean max, final String unit) {
        final Comparator<RunResult> order = Comparator.comparingDouble(value);
        final RunResult r = max
                ? runs.stream().max(order).orElseThrow()
                : runs.stream().min(order).orElseThrow();
        return label(r) + " (" + String.format(Locale.ROOT, unit, value.applyAsDouble(r)) + ")";
    }

    static String clients(final int n) {
        return n + (n == 1 ? " client" : " clients");
    }

    private static String label(final RunResult r) {
        return r.setting().isBlank() ? r.workload() : r.setting();
    }
}
