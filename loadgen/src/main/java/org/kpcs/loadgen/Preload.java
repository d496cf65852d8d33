package org.kpcs.loadgen;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.kpcs.loadgen.Workload.Step;

/**
 * Fills the ledger: submits {@code count} single-transaction operations of a workload (issuance) from
 * {@code threads} threads, each waiting for its commit, as fast as the network takes them, printing progress.
 * Not measured: it only makes the ledger large enough for a measurement.
 */
final class Preload {
    private static final long PROGRESS_SECONDS = 10;

    private Preload() {}

    /** Returns how many of the {@code count} transactions committed. */
    static long submit(final Workload workload, final long count, final int threads) throws InterruptedException {
        final AtomicLong next = new AtomicLong();
        final AtomicLong committed = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final ExecutorService pool = Executors.newFixedThreadPool(threads);
        final long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            final int client = t;
            pool.execute(() -> {
                while (next.getAndIncrement() < count) {
                    try {
                        final Step step = workload.next(client, 0).steps().get(0);
                        step.gateway().submit(step.submission());
                        committed.incrementAndGet();
                    } catch (RuntimeException e) {
                        if (failed.incrementAndGet() == 1) {
                            System.err.printf("[preload] first failure: %s%n", e.getMessage());
                        }
                    }
                }
            });
        }
        pool.shutdown();
        while (!pool.awaitTermination(PROGRESS_SECONDS, TimeUnit.SECONDS)) {
            final double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "[preload] %4.0fs  %s: %d of %d committed (%.1f tx/s), %d failed%n",
                    seconds,
                    workload.name(),
                    committed.get(),
                    count,
                    committed.get() / seconds,
                    failed.get());
        }
        return committed.get();
    }
}
