package org.kpcs.loadgen;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.hyperledger.fabric.protos.peer.FilteredBlock;
import org.hyperledger.fabric.protos.peer.FilteredTransaction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * Counts, in the blocks a peer serves, how often each acknowledged transaction was committed as valid: once is
 * right, never is a lost transaction, more than once a duplicate.
 */
final class LedgerTally {
    private final Set<String> acknowledged;
    private final Map<String, Integer> valid = new HashMap<>();

    LedgerTally(final Set<String> acknowledged) {
        this.acknowledged = Set.copyOf(acknowledged);
    }

    void add(final FilteredBlock block) {
        for (final FilteredTransaction tx : block.getFilteredTransactionsList()) {
            if (tx.getTxValidationCode() == TxValidationCode.VALID && acknowledged.contains(tx.getTxid())) {
                valid.merge(tx.getTxid(), 1, Integer::sum);
            }
        }
    }

    int acknowledged() {
        return acknowledged.size();
    }

    /** Acknowledged as committed by the commit status, yet not valid in any block. */
    long lost() {
        return acknowledged.stream().filter(id -> !valid.containsKey(id)).count();
    }

    /** Valid in more than one block (a replay the ledger let through). */
    long duplicated() {
        return valid.values().stream().filter(n -> n > 1).count();
    }
}
