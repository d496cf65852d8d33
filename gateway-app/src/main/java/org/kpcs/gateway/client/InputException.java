package org.kpcs.gateway.client;

import org.kpcs.protos.ErrorCode;

/** The CLI found the input malformed; nothing was sent. */
public final class InputException extends KpcsException {
    private static final long serialVersionUID = 1L;

    public InputException(final ErrorCode code, final String message, final Throwable cause) {
        super(code, message, cause);
    }

    @Override
    public Stage stage() {
        return Stage.INPUT;
    }
}
