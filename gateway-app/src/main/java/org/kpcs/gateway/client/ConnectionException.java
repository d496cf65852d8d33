package org.kpcs.gateway.client;

import org.kpcs.protos.ErrorCode;

/** The peer could not be reached, or the credentials, profile or response could not be read. Retryable only when the gateway did not yet know the endorsing peers (NO_ENDORSERS): nothing reached the orderer. */
public final class ConnectionException extends KpcsException {
    private static final long serialVersionUID = 1L;

    public ConnectionException(final ErrorCode code, final String message, final Throwable cause) {
        super(code, message, cause);
    }

    @Override
    public Stage stage() {
        return Stage.CONNECTION;
    }

    @Override
    public boolean retryable() {
        return code() == ErrorCode.NO_ENDORSERS;
    }
}
