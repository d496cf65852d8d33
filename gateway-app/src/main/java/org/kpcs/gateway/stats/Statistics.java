package org.kpcs.gateway.stats;

import org.kpcs.gateway.index.LedgerIndex;
import org.kpcs.protos.TradeStatistics;

/** Annex III statistics read from an organisation's off-chain index (KPCS Section V(b)). */
@SuppressWarnings("PMD.ImplicitFunctionalInterface") // a domain API that will grow (production, filed reports)
public interface Statistics {
    /**
     * Statistics from the index; {@code ownParticipant} is the index owner's Participant code (empty for the
     * industry or an observer): values in US$ appear only in that Participant's own statistics.
     */
    static Statistics of(final LedgerIndex index, final String ownParticipant) {
        return new IndexedStatistics(index, ownParticipant);
    }

    /** A Participant's exports and imports in the period (Annex III (a), (b)). */
    TradeStatistics trade(String participant, Period period);
}
