package org.kpcs.loadgen;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.kpcs.gateway.client.KpcsException;
import org.kpcs.loadgen.Workload.Operation;
import org.kpcs.loadgen.Workload.Step;

/**
 * Drives a workload with {@code clients} threads and at most {@code inFlight} operations in flight. A client
 * endorses and submits ({@code submitAsync}) and goes on to its next transaction at once; a waiter thread takes
 * the commit status ({@code getStatus}), records it and, for an operation of several steps, submits the next.
 * Transactions that finish in the measured window (after the warm-up) count towards throughput and latency;
 * every acknowledged transaction is checked on the ledger afterwards.
 */
final class LoadRun {
    private static final long PROGRESS_SECONDS = 5;

    private final Workload workload;
    private final int clients;
    private final int inFlight;
    private final double rate;
    private final Duration warmup;
    private final Duration duration;

    private final Latencies latencies = new Latencies();
    private final Failures failures = new Failures();
    private final AtomicLong measured = new AtomicLong();
    private final AtomicLong operationsInWindow = new AtomicLong();
    private final AtomicLong committed = new AtomicLong();
    private final Map<String, Long> acknowledged = new ConcurrentHashMap<>();
    private final ExecutorService waiters = Executors.newCachedThreadPool(daemon("commit-status"));
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(daemon("retry"));
    private final BlockingQueue<Integer> lanes;

    private volatile long measureFrom;
    private volatile long measureTo;

    LoadRun(
            final Workload workload,
            final int clients,
            final int inFlight,
            final double rate,
            final Duration warmup,
            final Duration duration) {
        if (clients < 1 || inFlight < 1) {
            throw new IllegalArgumentException("clients and transactions in flight must be at least 1");
        }
        this.workload = workload;
        this.clients = clients;
        this.inFlight = inFlight;
        this.rate = rate;
        this.warmup = warmup;
        this.duration = duration;
        this.lanes = new ArrayBlockingQueue<>(inFlight);
        for (int lane = 0; lane < inFlight; lane++) {
            lanes.add(lane);
        }
    }

    /** Runs, drains what is in flight, checks the ledger through {@code checker} and returns the figures. */
    RunResult run(final Network checker, final ProcessCpu cpu) throws InterruptedException {
        final long start = System.nanoTime();
        measureFrom = start + warmup.toNanos();
        measureTo = measureFrom + duration.toNanos();
        final Pacer pacer = rate > 0 ? Pacer.fixedRate(rate, System::nanoTime) : Pacer.maximumRate(System::nanoTime);
        final Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            final int client = c;
            threads[c] = new Thread(() -> drive(client, pacer), "client-" + c);
            threads[c].setDaemon(true);
            threads[c].start();
        }
        final Map<String, Double> cpuBefore = waitAndRead(measureFrom, cpu, start);
        final Map<String, Double> cpuAfter = waitAndRead(measureTo, cpu, start);
        for (final Thread t : threads) {
            t.join();
        }
        drain();
        waiters.shutdownNow();
        retries.shutdownNow();
        failures.examples()
                .forEach((code, message) -> System.err.printf("[%s] first %s: %s%n", workload.name(), code, message));
        final long first =
                acknowledged.values().stream().mapToLong(Long::longValue).min().orElse(0);
        final long last =
                acknowledged.values().stream().mapToLong(Long::longValue).max().orElse(0);
        final LedgerTally tally = LedgerCheck.of(checker, acknowledged.keySet(), first, last);
        final double seconds = duration.toNanos() / 1e9;
        return new RunResult(
                workload.name(),
                clients,
                inFlight,
                rate,
                seconds,
                measured.get(),
                measured.get() / seconds,
                operationsInWindow.get() / seconds,
                latencies.percentileMillis(50),
                latencies.percentileMillis(95),
                latencies.percentileMillis(99),
                failures.total(),
                failures.readConflicts(),
                failures.byCode(),
                tally.acknowledged(),
                tally.lost(),
                tally.duplicated(),
                ProcessCpu.percent(cpuBefore, cpuAfter, seconds),
                cpu.residentMb(),
                RunResult.MAIN,
                "");
    }

    /** Sleeps until {@code until}, printing progress, then reads the processes' CPU time. */
    private Map<String, Double> waitAndRead(final long until, final ProcessCpu cpu, final long start)
            throws InterruptedException {
        long last = committed.get();
        while (System.nanoTime() < until) {
            final long left = until - System.nanoTime();
            TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.SECONDS.toNanos(PROGRESS_SECONDS)));
            final long now = committed.get();
            if (left > TimeUnit.SECONDS.toNanos(PROGRESS_SECONDS) / 2) {
                System.out.printf(
                        Locale.ROOT,
                        "[%s] %3ds  committed %6d  (%.1f tx/s)  in flight %3d  failed %d (read conflicts %d)%n",
                        workload.name(),
                        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start),
                        now,
                        (now - last) / (double) PROGRESS_SECONDS,
                        inFlight - lanes.size(),
                        failures.total(),
                        failures.readConflicts());
            }
            last = now;
        }
        return cpu.read();
    }

    private void drive(final int client, final Pacer pacer) {
        try {
            while (System.nanoTime() < measureTo) {
                final long slot = pacer.claim();
                final long wait = slot - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                final Integer lane = lanes.poll(100, TimeUnit.MILLISECONDS);
                if (lane == null) {
                    continue;
                }
                final Operation op;
                try {
                    op = workload.next(client, lane);
                } catch (RuntimeException e) {
                    failures.record("CLIENT_ERROR", String.valueOf(e));
                    lanes.add(lane);
                    continue;
                }
                begin(op, 0, lane, System.nanoTime());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends step {@code i} of an operation; queries are evaluated here, submissions awaited by a waiter. */
    private void begin(final Operation op, final int i, final int lane, final long opStart) {
        begin(op, i, lane, opStart, 1);
    }

    private void begin(final Operation op, final int i, final int lane, final long opStart, final int attempt) {
        final Step step = op.steps().get(i);
        final long t0 = System.nanoTime();
        try {
            if (step.query()) {
                step.gateway().evaluate(step.submission());
                done(op, i, lane, t0, opStart);
                return;
            }
            final SubmittedTransaction tx =
                    step.gateway().proposal(step.submission()).endorse().submitAsync();
            waiters.execute(() -> awaitCommit(op, i, lane, t0, opStart, tx));
        } catch (EndorseException | SubmitException e) {
            final KpcsException typed = KpcsException.from(e);
            if (i > 0 && attempt < PeerLag.ATTEMPTS && PeerLag.explains(typed.code())) {
                // the step before committed on the client's peer, not yet on every endorser: try again shortly
                failures.record(PeerLag.RETRIED + typed.code().name(), typed.getMessage());
                retries.schedule(
                        () -> begin(op, i, lane, opStart, attempt + 1), PeerLag.PAUSE_MILLIS, TimeUnit.MILLISECONDS);
                return;
            }
            fail(typed.code().name(), typed.getMessage(), lane);
        } catch (KpcsException e) {
            fail(e.code().name(), e.getMessage(), lane);
        } catch (RuntimeException e) {
            fail("CLIENT_ERROR", String.valueOf(e), lane);
        }
    }

    private void awaitCommit(
            final Operation op,
            final int i,
            final int lane,
            final long t0,
            final long opStart,
            final SubmittedTransaction tx) {
        try {
            final Status status = tx.getStatus();
            if (!status.isSuccessful()) {
                fail(status.getCode().name(), lane);
                return;
            }
            acknowledged.put(status.getTransactionId(), status.getBlockNumber());
            done(op, i, lane, t0, opStart);
        } catch (CommitStatusException e) {
            fail("COMMIT_STATUS_UNKNOWN", e.getMessage(), lane);
        } catch (RuntimeException e) {
            fail("CLIENT_ERROR", String.valueOf(e), lane);
        }
    }

    private void done(final Operation op, final int i, final int lane, final long t0, final long opStart) {
        final long end = System.nanoTime();
        committed.incrementAndGet();
        final boolean inWindow = end >= measureFrom && end <= measureTo;
        if (inWindow) {
            measured.incrementAndGet();
            latencies.record(end - t0);
        }
        if (i + 1 < op.steps().size()) {
            begin(op, i + 1, lane, opStart);
            return;
        }
        if (inWindow) {
            operationsInWindow.incrementAndGet();
        }
        lanes.add(lane);
    }

    private void fail(final String code, final int lane) {
        failures.record(code);
        lanes.add(lane);
    }

    private void fail(final String code, final String message, final int lane) {
        failures.record(code, message);
        lanes.add(lane);
    }

    /** Waits, at most two minutes, until every lane is back: nothing left in flight. */
    private void drain() throws InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (lanes.size() < inFlight && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        if (lanes.size() < inFlight) {
            System.err.printf(
                    "[%s] %d operations still in flight after 2 minutes%n", workload.name(), inFlight - lanes.size());
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(final String name) {
        final AtomicLong n = new AtomicLong();
        return r -> {
            final Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
