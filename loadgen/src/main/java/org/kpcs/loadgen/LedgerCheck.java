package org.kpcs.loadgen;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.protos.peer.FilteredBlock;

/**
 * Reads the blocks a run's transactions went into back from a peer (the observer's, which endorsed none of them)
 * and counts each acknowledged transaction's valid commits there.
 */
final class LedgerCheck {
    private LedgerCheck() {}

    static LedgerTally of(final Network network, final Set<String> acknowledged, final long first, final long last) {
        final LedgerTally tally = new LedgerTally(acknowledged);
        if (acknowledged.isEmpty()) {
            return tally;
        }
        try (CloseableIterator<FilteredBlock> blocks = network.newFilteredBlockEventsRequest()
                .startBlock(first)
                .build()
                .getEvents(options -> options.withDeadlineAfter(120, TimeUnit.SECONDS))) {
            while (blocks.hasNext()) {
                final FilteredBlock block = blocks.next();
                tally.add(block);
                if (block.getNumber() >= last) {
                    break;
                }
            }
        }
        return tally;
    }
}
