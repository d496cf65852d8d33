package org.kpcs.baseline;

import java.nio.charset.StandardCharsets;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.hyperledger.fabric.shim.ChaincodeException;

/**
 * The least a Java chaincode can do per transaction: write one key, read nothing, check nothing. Deployed on the
 * kimberley channel beside kpcs, with the same endorsement policy, so a benchmark's ratio to it is the cost of the
 * KPCS rules, private data and key-level endorsement, not of the network.
 */
@Contract(name = "Baseline", info = @Info(title = "Benchmark baseline", version = "1"))
@Default
public final class BaselineContract implements ContractInterface {
    /** Writes {@code value} under {@code key}: a blind write, so no two transactions ever conflict. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public void Put(final Context ctx, final String key, final String value) {
        if (key == null || key.isEmpty()) {
            throw new ChaincodeException("INVALID_ARGUMENT: a key is required", "INVALID_ARGUMENT");
        }
        ctx.getStub().putState(key, value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Adds one to the counter under {@code key}: a read-modify-write, so two transactions on the same key in one
     * block conflict (the second is invalidated as an MVCC read conflict). The benchmark's key-design experiment
     * drives it on one hot key against a key per transaction. Returns the new count.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public long Increment(final Context ctx, final String key) {
        if (key == null || key.isEmpty()) {
            throw new ChaincodeException("INVALID_ARGUMENT: a key is required", "INVALID_ARGUMENT");
        }
        final byte[] value = ctx.getStub().getState(key);
        final long count;
        try {
            count = value == null || value.length == 0
                    ? 1
                    : Long.parseLong(new String(value, StandardCharsets.UTF_8)) + 1;
        } catch (NumberFormatException e) {
            throw new ChaincodeException(
                    "INVALID_STATE: " + key + " holds no counter", "INVALID_STATE".getBytes(StandardCharsets.UTF_8), e);
        }
        ctx.getStub().putState(key, Long.toString(count).getBytes(StandardCharsets.UTF_8));
        return count;
    }

    /** The value under {@code key}, or an empty string. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String Get(final Context ctx, final String key) {
        final byte[] value = ctx.getStub().getState(key);
        return value == null ? "" : new String(value, StandardCharsets.UTF_8);
    }
}
