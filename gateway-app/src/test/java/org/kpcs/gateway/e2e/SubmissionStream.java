package org.kpcs.gateway.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.kpcs.gateway.client.KpcsException;
import org.kpcs.protos.ErrorCode;

/**
 * Submits business operations on a few threads the way a careful client does while parts of the network
 * fail: each operation is retried until it commits; before a retry it looks on the ledger, because a submission
 * whose answer was lost may have committed; a retry refused as a duplicate of its own earlier attempt counts as
 * committed once the ledger shows it. Counts what happened, for the test to compare with the ledger.
 */
final class SubmissionStream {
    /** Codes of the refusals that mean "already there": a retry of a submission that did commit. */
    private static final Set<ErrorCode> DUPLICATE =
            Set.of(ErrorCode.DUPLICATE_CERTIFICATE, ErrorCode.DUPLICATE_INVOICE);

    /** One business operation, idempotent by its key (certificate number, invoice id). */
    interface Operation {
        String key();

        void submit();

        /** True when the ledger holds exactly what {@link #submit} writes. */
        boolean onLedger();
    }

    private final AtomicInteger committed = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger foundOnLedger = new AtomicInteger();
    private final Map<String, Integer> errors = new ConcurrentHashMap<>();
    private final Set<String> abandoned = ConcurrentHashMap.newKeySet();
    private final Duration retryFor;

    SubmissionStream(final Duration retryFor) {
        this.retryFor = retryFor;
    }

    /** Runs every operation on {@code threads} threads (each list is one thread's, in order); returns when done. */
    void run(final List<List<Operation>> perThread) {
        final ExecutorService pool = Executors.newFixedThreadPool(perThread.size());
        try {
            final ConcurrentLinkedQueue<Future<?>> futures = new ConcurrentLinkedQueue<>();
            for (final List<Operation> ops : perThread) {
                futures.add(pool.submit(() -> ops.forEach(this::submitUntilCommitted)));
            }
            for (final Future<?> future : futures) {
                future.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void submitUntilCommitted(final Operation op) {
        final long deadline = System.nanoTime() + retryFor.toNanos();
        for (int attempt = 1; ; attempt++) {
            try {
                op.submit();
                committed.incrementAndGet();
                return;
            } catch (KpcsException e) {
                if (e.getMessage() == null || e.getMessage().isBlank()) {
                    throw new AssertionError("an error without a message for " + op.key(), e);
                }
                errors.merge(e.stage() + " " + e.code(), 1, Integer::sum);
                // A retry refused as a duplicate, or invalidated at commit (an earlier attempt of the same record
                // ordered first: Fabric invalidates the later one, with a read conflict or, since the earlier one set
                // the key's endorsement policy in the same block, ENDORSEMENT_POLICY_FAILURE), may mean that an
                // earlier attempt committed.
                final boolean ownEarlierAttempt =
                        attempt > 1 && (DUPLICATE.contains(e.code()) || e.stage() == KpcsException.Stage.VALIDATION);
                if ((ownEarlierAttempt || transientFailure(e)) && quietly(op::onLedger)) {
                    foundOnLedger.incrementAndGet();
                    committed.incrementAndGet();
                    return;
                }
                if (!transientFailure(e)) {
                    throw new AssertionError(op.key() + " was refused by a rule: " + e.getMessage(), e);
                }
                if (System.nanoTime() > deadline) {
                    abandoned.add(op.key());
                    return;
                }
                retries.incrementAndGet();
                NetworkNodes.sleep(Duration.ofMillis(Math.min(2_000, 250L * attempt)));
            }
        }
    }

    /** A failure of a stage other than a KPCS rule: a node down, an answer lost, a conflict. */
    private static boolean transientFailure(final KpcsException e) {
        return switch (e.stage()) {
            case CONNECTION -> true;
            case ORDERING -> e.code() != ErrorCode.FORBIDDEN && e.code() != ErrorCode.BAD_REQUEST;
            case VALIDATION -> e.retryable();
            case ENDORSEMENT -> e.code() == ErrorCode.ENDORSEMENT_FAILED || e.code() == ErrorCode.EVALUATION_FAILED;
            case INPUT, INDEX -> false;
        };
    }

    /** A ledger read while nodes are down may fail too: then the answer is "not known to be there". */
    private static boolean quietly(final java.util.function.BooleanSupplier read) {
        try {
            return read.getAsBoolean();
        } catch (KpcsException e) {
            return false;
        }
    }

    int committed() {
        return committed.get();
    }

    int retries() {
        return retries.get();
    }

    int foundOnLedger() {
        return foundOnLedger.get();
    }

    Set<String> abandoned() {
        return Set.copyOf(abandoned);
    }

    /** Each error seen, by stage and code, with how often: what a client would have shown its user. */
    Map<String, Integer> errors() {
        return Map.copyOf(errors);
    }

    @Override
    public String toString() {
        return "committed " + committed + " (" + foundOnLedger + " found on the ledger after a lost answer), " + retries
                + " retries, abandoned " + abandoned.size() + ", errors " + errors;
    }
}
