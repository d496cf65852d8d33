package org.kpcs.loadgen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report's index section ({@code kpcs-loadgen index}): at each number of Certificates, how far the
 * organisation's index was behind its peer while the ledger grew to it, and the latency of its API's statistics
 * and list queries.
 */
final class IndexSection {
    private static final List<String> COLUMNS = List.of("lag-blocks", "lag-ms", "stats", "list");

    private IndexSection() {}

    static void section(final StringBuilder md, final List<RunResult> all) {
        final Map<String, Map<String, RunResult>> bySize = new LinkedHashMap<>();
        all.stream()
                .filter(r -> IndexGrowth.EXPERIMENT.equals(r.experiment()))
                .forEach(r -> bySize.computeIfAbsent(r.setting(), k -> new LinkedHashMap<>())
                        .put(r.workload(), r));
        if (bySize.isEmpty()) {
            return;
        }
        md.append("## The off-chain index\n\n")
                .append("A fresh network; Certificates issued as fast as it goes until the ledger holds each size,\n")
                .append("while BW's `kpcs serve` (run by kpnet, SQLite) follows its peer. Lag: blocks the index was\n")
                .append("behind the peer (polled every 10 ms) and milliseconds from the peer's block event to the\n")
                .append("index's checkpoint passing the block. Then, one call at a time through BW's API, the\n")
                .append("quarter's Annex III statistics (`stats`, from the index) and the first page of 50 of BW's\n")
                .append("exports (`list`, from the ledger). [docs/index.md](index.md#performance) explains them.\n\n")
                .append("| Certificates | blocks behind p50 / p95 / p99 | lag ms p50 / p95 / p99 (blocks) |")
                .append(" stats p50 / p95 ms | list p50 / p95 ms |\n| ---: | ---: | ---: | ---: | ---: |\n");
        bySize.forEach((size, row) -> {
            md.append("| ").append(size).append(" |");
            for (final String column : COLUMNS) {
                final RunResult r = row.get(column);
                if (r == null) {
                    md.append(" - |");
                } else if (column.startsWith("lag")) {
                    md.append(String.format(Locale.ROOT, " %.0f / %.0f / %.0f", r.p50(), r.p95(), r.p99()))
                            .append("lag-ms".equals(column) ? " (" + r.committed() + ")" : "")
                            .append(r.failed() > 0 ? ", not caught up |" : " |");
                } else {
                    md.append(String.format(Locale.ROOT, " %.1f / %.1f |", r.p50(), r.p95()));
                }
            }
            md.append('\n');
        });
        md.append('\n');
    }
}
