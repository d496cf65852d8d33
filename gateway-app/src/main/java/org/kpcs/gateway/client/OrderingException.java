package org.kpcs.gateway.client;

import org.kpcs.protos.ErrorCode;

/** The ordering service refused the transaction (FORBIDDEN, BAD_REQUEST) or did not confirm receipt; in the latter case the transaction may still have been ordered, so query the record before submitting again. */
public final class OrderingException extends KpcsException {
    private static final long serialVersionUID = 1L;

    public OrderingException(final ErrorCode code, final String message, final Throwable cause) {
        super(code, message, cause);
    }

    @Override
    public Stage stage() {
        return Stage.ORDERING;
    }
}
