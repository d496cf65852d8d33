package org.kpcs.loadgen;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * When the next transaction may start. At a fixed rate the clients share one schedule, so N clients together
 * send the rate, not N times it; at the maximum rate only the bound on transactions in flight holds them back.
 */
@FunctionalInterface
interface Pacer {
    /** Claims the next slot: the time (on the clock's scale, nanoseconds) at which its transaction may start. */
    long claim();

    static Pacer maximumRate(final LongSupplier clock) {
        return clock::getAsLong;
    }

    /**
     * {@code perSecond} transactions a second, the first at once. A generator that falls behind finds its slots
     * in the past and sends at once, so the rate it achieves shows in the result, not a silent shortfall.
     */
    static Pacer fixedRate(final double perSecond, final LongSupplier clock) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("a fixed rate must be positive, not " + perSecond);
        }
        final long start = clock.getAsLong();
        final double period = 1e9 / perSecond;
        final AtomicLong next = new AtomicLong();
        return () -> start + (long) (next.getAndIncrement() * period);
    }
}
