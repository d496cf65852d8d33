package org.kpcs.chaincode.ledger;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.kpcs.protos.ErrorCode;

/**
 * What one transaction works with, made once when it starts ({@link KpcsContract#createContext}): the ledger,
 * the caller and the repositories over the ledger. Contracts keep no state of their own, so every call
 * stands alone.
 */
public final class TransactionContext extends Context {
    private final Ledger ledger;
    private final Caller caller;
    private final Map<Class<?>, Object> repositories = new HashMap<>();

    public TransactionContext(final ChaincodeStub stub) {
        super(Objects.requireNonNull(stub, "stub"));
        this.ledger = new Ledger(stub);
        this.caller = Caller.of(getClientIdentity());
    }

    public Ledger ledger() {
        return ledger;
    }

    public Caller caller() {
        return caller;
    }

    /** The transaction's one instance of a repository over the ledger, made on first use. */
    public <T> T repository(final Class<T> type, final Function<TransactionContext, T> make) {
        final Object existing = repositories.get(type);
        if (existing != null) {
            return type.cast(existing);
        }
        final T made = make.apply(this);
        repositories.put(type, made);
        return made;
    }

    /**
     * Observers read everything public and write nothing (KPCS VI 10; DESIGN: the ordering service refuses their
     * envelopes and the chaincode refuses their writes). Checked before every transaction, ahead of any rule.
     */
    void refuseObserver(final boolean writes, final boolean readsPrivateData) {
        if (caller.has(Role.OBSERVER) && (writes || readsPrivateData)) {
            throw Refusal.of(
                    ErrorCode.OBSERVER_READ_ONLY,
                    "observers (" + caller.mspId()
                            + ") can read everything public but write nothing; submit as a Participant's or the"
                            + " industry's user");
        }
    }
}
