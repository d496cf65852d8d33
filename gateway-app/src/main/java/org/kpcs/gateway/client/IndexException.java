package org.kpcs.gateway.client;

import org.kpcs.protos.ErrorCode;

/**
 * The off-chain index that {@code kpcs serve} keeps could not be opened, read or written: the ledger itself is
 * untouched, and the index can always be rebuilt from block 0.
 */
public final class IndexException extends KpcsException {
    private static final long serialVersionUID = 1L;

    public IndexException(final String message, final Throwable cause) {
        super(ErrorCode.INDEX_UNAVAILABLE, message, cause);
    }

    @Override
    public Stage stage() {
        return Stage.INDEX;
    }
}
