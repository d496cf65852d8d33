package org.kpcs.loadgen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies of committed transactions, in nanoseconds, and their percentiles (nearest rank). Thread-safe. */
final class Latencies {
    private final List<Long> samples = new ArrayList<>();

    synchronized void record(final long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("a latency cannot be negative: " + nanos);
        }
        samples.add(nanos);
    }

    synchronized int count() {
        return samples.size();
    }

    /**
     * The latency that {@code percent} per cent of the samples do not exceed (nearest rank: the smallest sample
     * with at least that share at or below it), in milliseconds; 0 without samples.
     */
    synchronized double percentileMillis(final double percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("a percentile lies in (0, 100], not " + percent);
        }
        if (samples.isEmpty()) {
            return 0;
        }
        final List<Long> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        final int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1) / 1e6;
    }

    synchronized double meanMillis() {
        return samples.isEmpty()
                ? 0
                : samples.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
    }
}
