package org.kpcs.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexSectionTest {
    private static RunResult figure(
            final String name,
            final String size,
            final long count,
            final double p50,
            final double p95,
            final double p99,
            final long failed) {
        return new RunResult(
                name,
                1,
                1,
                0,
                60,
                count,
                0,
                count / 60.0,
                p50,
                p95,
                p99,
                failed,
                0,
                Map.of(),
                0,
                0,
                0,
                Map.of(),
                Map.of(),
                IndexGrowth.EXPERIMENT,
                size);
    }

    @Test
    void each_size_gets_a_row_of_lag_in_blocks_and_ms_and_the_two_queries_latency() {
        final StringBuilder md = new StringBuilder();

        IndexSection.section(
                md,
                List.of(
                        ReportTest.result("issuance", 4, 20),
                        figure("lag-ms", "10000", 420, 35, 120, 400, 0),
                        figure("lag-blocks", "10000", 30_000, 0, 1, 2, 0),
                        figure("stats", "10000", 50, 41.26, 55.04, 60, 0),
                        figure("list", "10000", 50, 30.5, 44.44, 50, 0),
                        figure("lag-ms", "100000", 4000, 50, 300, 900, 1)));

        assertThat(md.toString())
                .startsWith("## The off-chain index\n")
                .contains("| 10000 | 0 / 1 / 2 | 35 / 120 / 400 (420) | 41.3 / 55.0 | 30.5 / 44.4 |")
                .contains("| 100000 | - | 50 / 300 / 900 (4000), not caught up | - | - |")
                .doesNotContain("issuance");
    }

    @Test
    void without_index_figures_there_is_no_section() {
        final StringBuilder md = new StringBuilder();

        IndexSection.section(md, List.of(ReportTest.result("issuance", 4, 20)));

        assertThat(md).isEmpty();
    }
}
