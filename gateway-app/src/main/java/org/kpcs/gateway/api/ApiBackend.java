package org.kpcs.gateway.api;

import java.util.function.Function;
import java.util.function.Supplier;
import org.kpcs.gateway.certificate.Certificates;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.index.LedgerIndex;
import org.kpcs.gateway.stats.Period;
import org.kpcs.protos.OrgProfile;
import org.kpcs.protos.TradeStatistics;

/** What the API answers from: the service's index, the ledger as the serving user, and the users it submits as. */
public interface ApiBackend extends AutoCloseable {
    /**
     * The backend of {@code kpcs serve}: statistics from {@code index} (a connection of its own, beside the one
     * the block follower writes with), look-ups through {@code gateway}, submissions as the users of the
     * organisation's profile (read again at each submission, so a user enrolled later is found), connected on
     * first use by {@code connect}.
     */
    static ApiBackend serving(
            final KpGateway gateway,
            final LedgerIndex index,
            final String ownParticipant,
            final Supplier<OrgProfile> profile,
            final Function<String, KpGateway> connect) {
        return new ServingBackend(gateway, index, ownParticipant, profile, connect);
    }

    /** Annex III statistics from the index; values in US$ only in the serving Participant's own. */
    TradeStatistics trade(String participant, Period period);

    /** The index's figures as anyone may publish them (no values), for verification. */
    TradeStatistics publicFigures(String participant, Period period);

    /** The ledger, read as the serving user. */
    Certificates ledger();

    /**
     * The organisation's user a caller's submissions go as: the user of the caller's own name when it has the
     * caller's kp.role, else the first (by name) with that role; refused when the caller has no kp.role or the
     * organisation no such user.
     */
    Submitter submitterFor(Caller caller);

    /** A user of the organisation, connected. */
    record Submitter(String user, Certificates certificates) {}

    @Override
    void close();
}
