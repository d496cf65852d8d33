package org.kpcs.gateway.client;

import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.TlsChannelCredentials;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * One gRPC channel per peer, opened on first use and shared by every gateway connection to that peer; gRPC
 * channels are expensive to create and designed to be reused.
 */
public final class PeerChannels implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(PeerChannels.class.getName());

    private final Map<String, ManagedChannel> channels = new ConcurrentHashMap<>();

    public ManagedChannel channelTo(final OrgProfile.PeerEndpoint peer) {
        return channels.computeIfAbsent(peer.endpoint() + "|" + peer.hostAlias(), k -> open(peer));
    }

    /** How many distinct peer channels are open (one per peer, however many gateways use them). */
    public int size() {
        return channels.size();
    }

    private static ManagedChannel open(final OrgProfile.PeerEndpoint peer) {
        try {
            final var credentials = TlsChannelCredentials.newBuilder()
                    .trustManager(peer.tlsRootCert().toFile())
                    .build();
            LOG.fine(() -> "opening gRPC channel to " + peer.endpoint() + " (" + peer.hostAlias() + ")");
            return Grpc.newChannelBuilder(peer.endpoint(), credentials)
                    .overrideAuthority(peer.hostAlias())
                    .build();
        } catch (IOException e) {
            throw new KpcsException(
                    KpcsException.Stage.CONNECTION,
                    "TLS_ROOT_CERT",
                    "cannot read the peer's TLS root certificate " + peer.tlsRootCert() + ": " + e.getMessage(),
                    e);
        }
    }

    @Override
    public void close() {
        channels.values().forEach(ManagedChannel::shutdown);
        for (final ManagedChannel channel : channels.values()) {
            try {
                if (!channel.awaitTermination(5, TimeUnit.SECONDS)) {
                    channel.shutdownNow();
                }
            } catch (InterruptedException e) {
                channel.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        channels.clear();
    }
}
