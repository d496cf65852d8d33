package org.kpcs.gateway.client;

import org.kpcs.protos.ErrorCode;

/** The chaincode refused the proposal: the code names the KPCS rule broken. */
public final class EndorsementException extends KpcsException {
    private static final long serialVersionUID = 1L;

    public EndorsementException(final ErrorCode code, final String message, final Throwable cause) {
        super(code, message, cause);
    }

    @Override
    public Stage stage() {
        return Stage.ENDORSEMENT;
    }
}
