package org.kpcs.loadgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {
    static RunResult result(final String workload, final int clients, final double tps) {
        return new RunResult(
                workload,
                clients,
                clients * 8,
                0,
                20,
                (long) (tps * 20),
                tps,
                tps,
                400,
                600,
                700,
                3,
                2,
                Map.of("MVCC_READ_CONFLICT", 2L, "DUPLICATE_CERTIFICATE", 1L),
                100,
                0,
                0,
                Map.of("peer-BW", 55.5, "chaincode-BW-1", 12.25, "loadgen", 30.0),
                Map.of("chaincode-BW-1", 180.0, "kpbase-BW-1", 90.5, "peer-BW", 120.0),
                RunResult.MAIN,
                "");
    }

    @Test
    void a_results_line_reads_back_as_the_result_it_was_written_from() {
        final RunResult written = result("issuance", 4, 12.5);

        final RunResult read = RunResult.parse(written.line());

        assertThat(read.workload()).isEqualTo("issuance");
        assertThat(read.clients()).isEqualTo(4);
        assertThat(read.tps()).isEqualTo(12.5);
        assertThat(read.failures()).isEqualTo(written.failures());
        assertThat(read.cpuPercent()).containsEntry("peer-BW", 55.5).containsEntry("loadgen", 30.0);
        assertThat(read.cpuPercent().get("chaincode-BW-1")).isBetween(12.2, 12.3);
        assertThat(RunResult.HEADER.split("\t")).hasSameSizeAs(written.line().split("\t", -1));
        assertThat(read.main()).isTrue();
    }

    @Test
    void a_tuning_run_keeps_its_experiment_and_setting_through_the_results_file() {
        final RunResult written = result("baseline", 16, 60).in("batch", "timeout 2s, size 100");

        final RunResult read = RunResult.parse(written.line());

        assertThat(read.experiment()).isEqualTo("batch");
        assertThat(read.setting()).isEqualTo("timeout 2s, size 100");
        assertThat(read.main()).isFalse();
        assertThat(read.residentMb()).containsEntry("kpbase-BW-1", 90.5);
    }

    @Test
    void an_experiment_needs_a_name_and_no_tabs() {
        final RunResult r = result("baseline", 1, 10);

        assertThatThrownBy(() -> r.in("", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.in("batch", "a\tb")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void chaincode_memory_sums_the_kpcs_and_baseline_servers_only() {
        assertThat(result("baseline", 1, 10).chaincodeMb()).isEqualTo(270.5);
    }

    @Test
    void resident_memory_is_read_from_vmrss_in_proc_status() {
        final String status = "Name:\tjava\nVmPeak:\t 900000 kB\nVmRSS:\t  262144 kB\nThreads:\t40\n";

        assertThat(ProcessCpu.fromStatus(status)).contains(256.0);
        assertThat(ProcessCpu.fromStatus("Name:\tkthreadd\n")).isEmpty();
    }

    @Test
    void a_line_with_missing_fields_is_refused() {
        assertThatThrownBy(() -> RunResult.parse("issuance\t4")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ratios_compare_with_the_baseline_at_the_same_number_of_clients() {
        final List<RunResult> runs = List.of(
                result("baseline", 1, 20),
                result("baseline", 4, 50),
                result("issuance", 4, 12.5),
                result("issuance", 16, 14));

        assertThat(PerformanceReport.ratio(runs, runs.get(2))).isEqualTo("0.25");
        assertThat(PerformanceReport.ratio(runs, runs.get(3)))
                .as("no baseline at 16 clients")
                .isEqualTo("-");
        assertThat(PerformanceReport.ratio(runs, runs.get(1))).isEqualTo("1.00");
    }

    @Test
    void caliper_seconds_become_milliseconds_and_its_dash_stays_a_dash() {
        assertThat(PerformanceReport.millis("0.52")).isEqualTo("520");
        assertThat(PerformanceReport.millis("-")).isEqualTo("-");
    }

    @Test
    void processes_are_summed_by_kind() {
        final Map<String, Double> kinds = CpuByProcess.byKind(Map.of(
                "peer-BW", 50.0, "peer-AE", 25.0, "chaincode-BW-1", 10.0, "kpbase-AE-1", 5.0, "orderer-KPS", 7.0));

        assertThat(kinds)
                .containsEntry("peers", 75.0)
                .containsEntry("kpcs chaincode", 10.0)
                .containsEntry("baseline chaincode", 5.0)
                .containsEntry("ordering nodes", 7.0);
    }

    @Test
    void cpu_time_is_read_from_the_user_and_system_ticks_of_proc_stat() {
        // pid (comm with spaces) state ppid ... utime=250 stime=50 at fields 14 and 15
        final String stat = "1234 (java (chaincode)) S 1 2 3 4 5 6 7 8 9 10 250 50 0 0 20 0 30 0 100";

        assertThat(ProcessCpu.fromStat(stat)).contains(3.0);
        assertThat(ProcessCpu.percent(Map.of("peer-BW", 1.0), Map.of("peer-BW", 3.0, "new", 1.0), 4))
                .containsExactly(Map.entry("peer-BW", 50.0));
    }
}
