package org.kpcs.gateway.client;

import java.util.Objects;
import org.kpcs.protos.ErrorCode;

/**
 * A failed request. Each stage that can refuse has its own type ({@link InputException}, {@link
 * ConnectionException}, {@link EndorsementException}, {@link OrderingException}, {@link ValidationException}, {@link IndexException}),
 * all carrying the {@link ErrorCode} shared with the chaincode, so callers can tell a broken KPCS rule from the
 * ordering service's refusal, a failed validation at commit or a connection problem, and know what is safe to
 * retry.
 */
public abstract class KpcsException extends RuntimeException {
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
        /** The transaction was ordered but failed validation. */
        VALIDATION,
        /** The off-chain index of {@code kpcs serve} could not be opened, read or written. */
        INDEX
    }

    private final transient ErrorCode code;

    KpcsException(final ErrorCode code, final String message, final Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * The exception of the stage that refused, from one of fabric-gateway's ({@code EndorseException},
     * {@code SubmitException}, {@code CommitStatusException}, {@code CommitException}).
     */
    public static KpcsException from(final Exception fabricFailure) {
        return Errors.from(fabricFailure);
    }

    public abstract Stage stage();

    /** The chaincode's rule (ENDORSEMENT), or what the client or Fabric reported. */
    public ErrorCode code() {
        return code;
    }

    /** Safe to submit again as a new transaction: nothing was written and nothing may yet be. */
    public boolean retryable() {
        return false;
    }
}
