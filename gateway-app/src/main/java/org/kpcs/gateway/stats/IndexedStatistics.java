package org.kpcs.gateway.stats;

import java.util.Objects;
import org.kpcs.gateway.index.LedgerIndex;
import org.kpcs.protos.TradeStatistics;

final class IndexedStatistics implements Statistics {
    private final LedgerIndex index;
    private final String ownParticipant;

    IndexedStatistics(final LedgerIndex index, final String ownParticipant) {
        this.index = Objects.requireNonNull(index, "index");
        this.ownParticipant = Objects.requireNonNull(ownParticipant, "ownParticipant");
    }

    @Override
    public TradeStatistics trade(final String participant, final Period period) {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(period, "period");
        final long indexed = index.nextBlock();
        final boolean own = !ownParticipant.isEmpty() && ownParticipant.equals(participant);
        return AnnexIII.tally(
                        participant, period, index.shipments(participant, period.firstDay(), period.lastDay()), own)
                .toBuilder()
                .setIndexedBlocks(indexed)
                .build();
    }
}
