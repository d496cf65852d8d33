package org.kpcs.loadgen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The report's larger-ledger section: the latency of list, trace and history at each number of Certificates on
 * the ledger ({@code kpcs-loadgen ledger}), as a table, a sentence on how each grew and a chart.
 */
final class LedgerSection {
    static final String EXPERIMENT = "ledger";

    private LedgerSection() {}

    static void section(final StringBuilder md, final List<RunResult> all, final Path dir, final String base)
            throws IOException {
        final List<RunResult> runs =
                all.stream().filter(r -> EXPERIMENT.equals(r.experiment())).toList();
        if (runs.isEmpty()) {
            return;
        }
        final Set<String> queries = new LinkedHashSet<>();
        final Map<Long, Map<String, RunResult>> bySize = new LinkedHashMap<>();
        for (final RunResult r : runs) {
            queries.add(r.workload());
            bySize.computeIfAbsent(certificates(r), k -> new LinkedHashMap<>()).put(r.workload(), r);
        }
        md.append("## A larger ledger\n\n")
                .append(
                        "A fresh network, preloaded with Certificates (issuance, as fast as it goes) until it holds each\n")
                .append("size in turn; at each size the observer runs one query at a time: the first page of a\n")
                .append(
                        "Participant's exports (`list`), the trace of an invoice 10 deep (`trace-10`) and the history\n")
                .append(
                        "of a confirmed Certificate (`history`). Certificates are counted on the ledger, page by page.\n\n")
                .append("| Certificates on the ledger |");
        queries.forEach(
                q -> md.append(' ').append(q).append(" p50 ms | ").append(q).append(" p95 ms |"));
        md.append("\n| ---: |");
        queries.forEach(q -> md.append(" ---: | ---: |"));
        md.append('\n');
        bySize.forEach((size, row) -> {
            md.append("| ").append(size).append(" |");
            queries.forEach(q -> {
                final RunResult r = row.get(q);
                md.append(r == null ? " - | - |" : String.format(Locale.ROOT, " %.0f | %.0f |", r.p50(), r.p95()));
            });
            md.append('\n');
        });
        md.append('\n').append(growth(runs, queries)).append("\n\n");
        Charts.save(
                runs,
                dir.resolve(base + "-ledger.png"),
                "Query latency (p50) against the ledger's size",
                "Certificates on the ledger",
                r -> certificates(r),
                "ms",
                RunResult::p50);
        md.append("![Query latency against the ledger's size](").append(base).append("-ledger.png)\n\n");
    }

    /** For each query, its median latency on the smallest and on the largest ledger and their ratio. */
    static String growth(final List<RunResult> runs, final Set<String> queries) {
        final List<String> parts = new ArrayList<>();
        for (final String q : queries) {
            final List<RunResult> mine =
                    runs.stream().filter(r -> q.equals(r.workload())).toList();
            if (mine.size() < 2) {
                continue;
            }
            final RunResult first = mine.get(0);
            final RunResult last = mine.get(mine.size() - 1);
            parts.add(String.format(
                    Locale.ROOT,
                    "%s %.0f ms at %d Certificates and %.0f ms at %d (x%.2f)",
                    q,
                    first.p50(),
                    certificates(first),
                    last.p50(),
                    certificates(last),
                    first.p50() > 0 ? last.p50() / first.p50() : 0));
        }
        return parts.isEmpty()
                ? "Measured at one size only."
                : "Median latency from the smallest to the largest ledger: " + String.join("; ", parts) + ".";
    }

    private static long certificates(final RunResult r) {
        return Long.parseLong(r.setting());
    }
}
