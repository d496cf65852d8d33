package org.kpcs.loadgen;

import java.util.Set;
import java.util.function.Supplier;
import org.kpcs.gateway.client.KpcsException;
import org.kpcs.protos.ErrorCode;

/**
 * A commit status says the transaction committed on the client's own peer; another organisation's peer that
 * endorses the next step of the same operation may not have that block yet, and refuses as if the record were
 * missing or in its earlier state. A client that reads its own writes through several peers retries such a step
 * after a short pause; the load generator counts those retries apart ({@link #RETRIED} codes).
 */
final class PeerLag {
    static final String RETRIED = "RETRIED_";
    static final int ATTEMPTS = 6;
    static final long PAUSE_MILLIS = 200;

    private static final Set<ErrorCode> LAGGING =
            Set.of(ErrorCode.CERTIFICATE_NOT_FOUND, ErrorCode.INVALID_STATE, ErrorCode.SOURCE_NOT_FOUND);

    private PeerLag() {}

    /** A refusal that a peer behind by a block or two gives. */
    static boolean explains(final ErrorCode code) {
        return LAGGING.contains(code);
    }

    /** Runs a submission that depends on the one before, retrying while a lagging peer refuses it. */
    static <T> T retrying(final Supplier<T> submission) {
        for (int attempt = 1; ; attempt++) {
            try {
                return submission.get();
            } catch (KpcsException e) {
                if (attempt >= ATTEMPTS || !explains(e.code())) {
                    throw e;
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a lagging peer", e);
        }
    }
}
