package org.kpcs.gateway.client;

import java.util.Objects;
import org.kpcs.protos.ErrorCode;

/**
 * The transaction was ordered but marked invalid at commit. The code is Fabric's validation code where the
 * client acts on it (read conflicts, endorsement policy), else TRANSACTION_INVALID; {@link #validationCode()}
 * is always Fabric's own.
 */
public final class ValidationException extends KpcsException {
    private static final long serialVersionUID = 1L;

    private final String validationCode;

    public ValidationException(final String validationCode, final String message, final Throwable cause) {
        super(codeOf(validationCode), message, cause);
        this.validationCode = Objects.requireNonNull(validationCode, "validationCode");
    }

    private static ErrorCode codeOf(final String validationCode) {
        return switch (validationCode) {
            case "MVCC_READ_CONFLICT" -> ErrorCode.MVCC_READ_CONFLICT;
            case "PHANTOM_READ_CONFLICT" -> ErrorCode.PHANTOM_READ_CONFLICT;
            case "ENDORSEMENT_POLICY_FAILURE" -> ErrorCode.ENDORSEMENT_POLICY_FAILURE;
            default -> ErrorCode.TRANSACTION_INVALID;
        };
    }

    /** Fabric's validation code, for example MVCC_READ_CONFLICT. */
    public String validationCode() {
        return validationCode;
    }

    @Override
    public Stage stage() {
        return Stage.VALIDATION;
    }

    /** A read conflict: the transaction was invalidated and changed nothing; a new one may succeed. */
    @Override
    public boolean retryable() {
        return code() == ErrorCode.MVCC_READ_CONFLICT || code() == ErrorCode.PHANTOM_READ_CONFLICT;
    }
}
