package org.kpcs.chaincode.ledger;

import java.lang.reflect.Method;
import java.util.Arrays;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Every contract of the chaincode: each transaction gets a {@link TransactionContext} and passes the observer
 * guard before it runs. Transactions take one {@code kpcs.v1} request message and return one message.
 */
public interface KpcsContract extends ContractInterface {
    @Override
    default Context createContext(final ChaincodeStub stub) {
        return new TransactionContext(stub);
    }

    @Override
    default void beforeTransaction(final Context ctx) {
        final String function = ctx.getStub().getFunction();
        final String name = function.substring(function.indexOf(':') + 1);
        final Method method = Arrays.stream(getClass().getMethods())
                .filter(m -> m.getName().equals(name) && m.isAnnotationPresent(Transaction.class))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no transaction " + function));
        ((TransactionContext) ctx)
                .refuseObserver(
                        method.getAnnotation(Transaction.class).intent() == Transaction.TYPE.SUBMIT,
                        method.isAnnotationPresent(ReadsPrivateData.class));
    }
}
