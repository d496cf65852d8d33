package org.kpcs.loadgen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time of the network's processes (the pid files {@code kpnet} keeps under the network's home) and of this
 * load generator, read from {@code /proc/<pid>/stat}. Two readings give each process's CPU use between them, in
 * per cent of one core, which shows what limits throughput.
 */
final class ProcessCpu {
    /** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux unless KP_CLK_TCK says otherwise). */
    private static final double TICKS = Double.parseDouble(System.getenv().getOrDefault("KP_CLK_TCK", "100"));

    private final Path pids;

    ProcessCpu(final Path networkHome) {
        this.pids = networkHome.resolve("pids");
    }

    /** CPU seconds so far of each process, by component name ({@code peer-BW}, ...; {@code loadgen} for this one). */
    Map<String, Double> read() {
        final Map<String, Double> seconds = new TreeMap<>();
        forEachProcess((name, pid) -> cpuSeconds(pid).ifPresent(s -> seconds.put(name, s)));
        cpuSeconds(ProcessHandle.current().pid()).ifPresent(s -> seconds.put("loadgen", s));
        return seconds;
    }

    /** Each process a pid file of the network names, with its pid. */
    private void forEachProcess(final java.util.function.BiConsumer<String, Long> action) {
        if (!Files.isDirectory(pids)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(pids, "*.pid")) {
            for (final Path file : files) {
                final String name = file.getFileName().toString().replaceFirst("\\.pid$", "");
                final String[] pidAndProgram =
                        Files.readString(file, StandardCharsets.UTF_8).trim().split("\\s+");
                action.accept(name, Long.parseLong(pidAndProgram[0]));
            }
        } catch (IOException | NumberFormatException e) {
            System.err.println("loadgen: cannot read the network's pids in " + pids + ": " + e);
        }
    }

    /** Resident memory (VmRSS) of each of the network's processes now, in MB, by component name. */
    Map<String, Double> residentMb() {
        final Map<String, Double> mb = new TreeMap<>();
        forEachProcess((name, pid) ->
                read(pid, "status").flatMap(ProcessCpu::fromStatus).ifPresent(m -> mb.put(name, m)));
        return mb;
    }

    /** VmRSS of /proc/PID/status, in MB. */
    static java.util.Optional<Double> fromStatus(final String status) {
        return status.lines()
                .filter(line -> line.startsWith("VmRSS:"))
                .findFirst()
                .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0);
    }

    /** Per cent of one core each process used between two readings {@code wallSeconds} apart. */
    static Map<String, Double> percent(
            final Map<String, Double> before, final Map<String, Double> after, final double wallSeconds) {
        final Map<String, Double> percent = new TreeMap<>();
        after.forEach((name, s) -> {
            final Double earlier = before.get(name);
            if (earlier != null && wallSeconds > 0) {
                percent.put(name, 100 * (s - earlier) / wallSeconds);
            }
        });
        return percent;
    }

    /** utime + stime of a process, from the fields after the command name in /proc/PID/stat. */
    static java.util.Optional<Double> fromStat(final String stat) {
        final int end = stat.lastIndexOf(')');
        if (end < 0) {
            return java.util.Optional.empty();
        }
        final String[] fields = stat.substring(end + 2).trim().split("\\s+");
        // fields[0] is the state (field 3); utime and stime are fields 14 and 15
        return java.util.Optional.of((Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS);
    }

    private static java.util.Optional<Double> cpuSeconds(final long pid) {
        return read(pid, "stat").flatMap(ProcessCpu::fromStat);
    }

    private static java.util.Optional<String> read(final long pid, final String file) {
        try {
            return java.util.Optional.of(
                    Files.readString(Path.of("/proc", Long.toString(pid), file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
