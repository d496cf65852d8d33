package org.kpcs.loadgen;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.client.PeerChannels;
import org.kpcs.gateway.client.Profiles;
import org.kpcs.protos.NetworkProfile;

/**
 * The gateway connections of a load run, from the profiles {@code kpnet} wrote: one per user, to the kpcs
 * chaincode or to the baseline, all over one shared gRPC channel per peer.
 */
final class Connections implements AutoCloseable {
    /** The baseline chaincode's name on the channel ({@code kpnet deploy --chaincode kpbase ...}). */
    static final String BASELINE = "kpbase";

    private final Path home;
    private final NetworkProfile network;
    private final PeerChannels channels = new PeerChannels();
    private final Map<String, KpGateway> open = new ConcurrentHashMap<>();

    Connections(final Path home) {
        this.home = home;
        this.network = Profiles.network(home);
    }

    Path home() {
        return home;
    }

    /** The Participants, in the registry's order. */
    List<String> participants() {
        return network.getParticipantsList();
    }

    String mspOf(final String org) {
        return Profiles.org(home, org).getMspId();
    }

    /** {@code user} of {@code org}, on the kpcs chaincode. */
    KpGateway as(final String org, final String user) {
        return open.computeIfAbsent(org + "/" + user, k -> KpGateway.connect(home, org, user, channels));
    }

    /** {@code user} of {@code org}, on the baseline chaincode. */
    KpGateway baselineAs(final String org, final String user) {
        return open.computeIfAbsent(
                BASELINE + ":" + org + "/" + user,
                k -> KpGateway.connect(
                        network.toBuilder().setChaincode(BASELINE).build(), Profiles.org(home, org), user, channels));
    }

    @Override
    public void close() {
        open.values().forEach(KpGateway::close);
        channels.close();
    }
}
