package org.kpcs.gateway.client;

import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.TlsChannelCredentials;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.PeerEndpoint;

/**
 * One gRPC channel per peer, opened on first use and shared by every gateway connection to that peer; gRPC
 * channels are expensive to create and designed to be reused.
 */
public final class PeerChannels implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(PeerChannels.class.getName());

    private final Map<String, ManagedChannel> channels = new ConcurrentHashMap<>();

    public ManagedChannel channelTo(final PeerEndpoint peer) {
        return channels.computeIfAbsent(peer.getEndpoint() + "|" + peer.getHostAlias(), k -> open(peer));
    }

    /** How many distinct peer channels are open (one per peer, however many gateways use them). */
    public int size() {
        return channels.size();
    }

    private static ManagedChannel open(final PeerEndpoint peer) {
        try {
            final var credentials = TlsChannelCredentials.newBuilder()
                    .trustManager(new java.io.File(peer.getTlsRootCert()))
                    .build();
            LOG.fine(() -> "opening gRPC channel to " + peer.getEndpoint() + " (" + peer.getHostAlias() + ")");
            return Grpc.newChannelBuilder(peer.getEndpoint(), credentials)
                    .overrideAuthority(peer.getHostAlias())
                    .build();
        } catch (IOException e) {
            throw new ConnectionException(
                    ErrorCode.TLS_ROOT_CERT,
                    "cannot read the peer's TLS root certificate " + peer.getTlsRootCert() + ": " + e.getMessage(),
                    e);
        }
    }

    @Override
    public void close() {
        channels.values().forEach(ManagedChannel::shutdown);
        channels.values().forEach(PeerChannels::awaitTermination);
        channels.clear();
    }

    /** Waits a few seconds for a channel that is shutting down to finish its calls, then ends it. */
    public static void awaitTermination(final ManagedChannel channel) {
        try {
            if (!channel.awaitTermination(5, TimeUnit.SECONDS)) {
                channel.shutdownNow();
            }
        } catch (InterruptedException e) {
            channel.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
