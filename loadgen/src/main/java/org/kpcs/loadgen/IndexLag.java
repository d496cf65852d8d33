package org.kpcs.loadgen;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.protos.peer.FilteredBlock;
import org.kpcs.gateway.index.LedgerIndex;

/**
 * How far an organisation's index (kept by its {@code kpcs serve}) is behind its peer while the ledger grows:
 * the peer's block events say when each block committed, a poller of the index's checkpoint when it was indexed.
 * Both are seen from this process, so the figures include up to one poll interval of its own.
 */
final class IndexLag implements AutoCloseable {
    static final long POLL_MILLIS = 10;
    private static final long MILLIS = 1_000_000;

    private final LedgerIndex index;
    private final Map<Long, Long> committedAt = new ConcurrentHashMap<>();
    private final AtomicLong highest = new AtomicLong(-1);
    private Latencies lagMillis = new Latencies();
    private Latencies blocksBehind = new Latencies();
    private final CloseableIterator<FilteredBlock> events;
    private final Thread listener;
    private final Thread poller;
    private volatile boolean running = true;

    IndexLag(final Network network, final LedgerIndex index) {
        this.index = index;
        this.events = network.newFilteredBlockEventsRequest().build().getEvents();
        this.listener = daemon("index-lag-blocks", this::listen);
        this.poller = daemon("index-lag-poll", this::poll);
    }

    private static Thread daemon(final String name, final Runnable body) {
        final Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void listen() {
        try {
            while (running && events.hasNext()) {
                final long number = events.next().getNumber();
                committedAt.putIfAbsent(number, System.currentTimeMillis());
                highest.accumulateAndGet(number, Math::max);
            }
        } catch (RuntimeException e) {
            if (running) {
                System.err.printf("[index] the block stream ended: %s%n", e.getMessage());
            }
        }
    }

    private void poll() {
        long seen = index.nextBlock();
        while (running) {
            final long next = index.nextBlock();
            final long now = System.currentTimeMillis();
            synchronized (this) {
                for (long b = seen; b < next; b++) {
                    // indexed before this process saw the peer's event: no lag it can measure
                    final Long at = committedAt.putIfAbsent(b, now);
                    lagMillis.record(MILLIS * (at == null ? 0 : now - at));
                }
                if (highest.get() >= 0) {
                    blocksBehind.record(MILLIS * Math.max(0, highest.get() + 1 - next));
                }
            }
            seen = Math.max(seen, next);
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * The figures since the last call, then starts anew: each indexed block's lag in ms, and the blocks the index
     * was behind at each poll (kept as {@link Latencies} of one "millisecond" per block, read with its percentiles).
     */
    synchronized Sample take() {
        final Sample sample = new Sample(lagMillis, blocksBehind);
        lagMillis = new Latencies();
        blocksBehind = new Latencies();
        return sample;
    }

    record Sample(Latencies lagMillis, Latencies blocksBehind) {}

    /** Waits until the index holds every block the peer has committed (at most {@code millis}). */
    boolean awaitCaughtUp(final long millis) throws InterruptedException {
        final long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (index.nextBlock() > highest.get()) {
                return true;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return false;
    }

    @Override
    public void close() {
        running = false;
        events.close();
        poller.interrupt();
        try {
            poller.join(1000);
            listener.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
