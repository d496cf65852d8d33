package org.kpcs.gateway.api;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.kpcs.gateway.certificate.Certificates;
import org.kpcs.gateway.client.ConnectionException;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.index.LedgerIndex;
import org.kpcs.gateway.stats.Period;
import org.kpcs.gateway.stats.Statistics;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.OrgProfile;
import org.kpcs.protos.TradeStatistics;
import org.kpcs.protos.UserCredentials;

final class ServingBackend implements ApiBackend {
    private final Certificates ledger;
    private final LedgerIndex index;
    private final Statistics own;
    private final Statistics anyone;
    private final Supplier<OrgProfile> profile;
    private final Function<String, KpGateway> connect;
    private final Map<String, KpGateway> submitters = new ConcurrentHashMap<>();

    ServingBackend(
            final KpGateway gateway,
            final LedgerIndex index,
            final String ownParticipant,
            final Supplier<OrgProfile> profile,
            final Function<String, KpGateway> connect) {
        this.ledger = Certificates.of(Objects.requireNonNull(gateway, "gateway"));
        this.index = Objects.requireNonNull(index, "index");
        this.own = Statistics.of(index, ownParticipant);
        this.anyone = Statistics.of(index, "");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.connect = Objects.requireNonNull(connect, "connect");
    }

    /** One JDBC connection to the index, shared by the API's threads one at a time. */
    @Override
    public TradeStatistics trade(final String participant, final Period period) {
        synchronized (index) {
            return own.trade(participant, period);
        }
    }

    @Override
    public TradeStatistics publicFigures(final String participant, final Period period) {
        synchronized (index) {
            return anyone.trade(participant, period);
        }
    }

    @Override
    public Certificates ledger() {
        return ledger;
    }

    @Override
    public Submitter submitterFor(final Caller caller) {
        final String user = userFor(caller, profile.get());
        return new Submitter(user, Certificates.of(submitters.computeIfAbsent(user, connect)));
    }

    static String userFor(final Caller caller, final OrgProfile org) {
        if (caller.role().isEmpty()) {
            throw new ConnectionException(
                    ErrorCode.ROLE_REQUIRED,
                    "the client certificate of '" + caller.name() + "' carries no kp.role, and submissions go as"
                            + " the organisation's user with the caller's role: use a certificate enrolled with one"
                            + " (network/kpnet enroll " + org.getOrg() + " USER ROLE)",
                    null);
        }
        final Map<String, UserCredentials> users = new TreeMap<>(org.getUsersMap());
        final UserCredentials same = users.get(caller.name());
        if (same != null && caller.role().equals(same.getRole())) {
            return caller.name();
        }
        return users.entrySet().stream()
                .filter(u -> caller.role().equals(u.getValue().getRole()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new ConnectionException(
                        ErrorCode.NO_SUCH_USER,
                        "organisation " + org.getOrg() + " has no user with kp.role=" + caller.role()
                                + " for the service to submit as; enrol one (network/kpnet enroll " + org.getOrg()
                                + " USER " + caller.role() + ")",
                        null));
    }

    @Override
    public void close() {
        submitters.values().forEach(KpGateway::close);
        submitters.clear();
        index.close();
    }
}
