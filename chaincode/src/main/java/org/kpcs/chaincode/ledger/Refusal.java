package org.kpcs.chaincode.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.kpcs.protos.ErrorCode;

/**
 * A broken rule, as the client receives it. The contract API passes only a {@link ChaincodeException}'s
 * message to the client, so the message is {@code CODE: detail}: clients match on the shared {@link ErrorCode}
 * (the payload carries it too), people read the detail, which names the rule broken and what to do.
 */
public final class Refusal {
    private Refusal() {}

    public static ChaincodeException of(final ErrorCode code, final String detail) {
        return of(code, detail, null);
    }

    /** As {@link #of(ErrorCode, String)}, keeping the cause for the chaincode's log. */
    public static ChaincodeException of(final ErrorCode code, final String detail, final Throwable cause) {
        final String name = Objects.requireNonNull(code, "code").name();
        return new ChaincodeException(name + ": " + detail, name.getBytes(StandardCharsets.UTF_8), cause);
    }
}
