package org.kpcs.gateway.client;

import java.util.Objects;

/**
 * A failed request, typed by the stage that refused it, so callers can tell a broken KPCS rule (endorsement:
 * the chaincode said no, with its code) from the ordering service's refusal, a failed validation at commit,
 * or a connection problem, and know what is safe to retry.
 */
public final class KpcsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Where the request was refused. */
    public enum Stage {
        /** The request was malformed before anything was sent (a carat weight with four decimals, say). */
        INPUT,
        /** Could not reach the network or read credentials. */
        CONNECTION,
        /** The chaincode refused the proposal: a KPCS rule, with its code. */
        ENDORSEMENT,
        /** The ordering service refused the transaction (for example, the caller is not a channel Writer). */
        ORDERING,
        /** The transaction was ordered but failed validation (code: the Fabric validation code). */
        VALIDATION
    }

    private final Stage stage;
    private final String code;

    public KpcsException(final Stage stage, final String code, final String message, final Throwable cause) {
        super(message, cause);
        this.stage = Objects.requireNonNull(stage, "stage");
        this.code = Objects.requireNonNull(code, "code");
    }

    public Stage stage() {
        return stage;
    }

    /** The chaincode's rule code (ENDORSEMENT), Fabric's validation code (VALIDATION) or a client code. */
    public String code() {
        return code;
    }

    /**
     * Safe to retry as a new transaction: a read conflict (the transaction was invalidated, nothing changed) or
     * a gateway that could not yet find the endorsing peers (nothing was sent to the orderer).
     */
    public boolean retryable() {
        return stage == Stage.VALIDATION && ("MVCC_READ_CONFLICT".equals(code) || "PHANTOM_READ_CONFLICT".equals(code))
                || stage == Stage.CONNECTION && "NO_ENDORSERS".equals(code);
    }
}
