package org.kpcs.gateway.web;

import com.google.protobuf.Message;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.index.LedgerIndex;
import org.kpcs.protos.OrgProfile;

/**
 * The organisation's read-only web dashboard, served by {@code kpcs serve --web-port}: the Participants, the
 * firms and their sanctions, Certificates with their custody, trade flows and Annex III tables with their
 * verification, warranty traces, a printed Certificate's QR payload checked against the ledger, and the ledger's
 * events as they arrive. It shows what the organisation may read: every query runs as the serving user, and
 * values in US$ come only from a Participant's own index.
 */
public interface Dashboard extends AutoCloseable {
    /**
     * Where it listens, its TLS key pair (PEM), the CA a client's certificate must chain to ({@code clientCa};
     * null: no client certificate asked, the loopback default), whose dashboard it is ({@code ownParticipant}
     * empty for the industry and observers) and how an event reads as one line.
     */
    record Settings(
            String host,
            int port,
            Path tlsCert,
            Path tlsKey,
            Path clientCa,
            OrgProfile org,
            String ownParticipant,
            Function<Message, String> describe) {
        public Settings {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(tlsCert, "tlsCert");
            Objects.requireNonNull(tlsKey, "tlsKey");
            Objects.requireNonNull(org, "org");
            Objects.requireNonNull(ownParticipant, "ownParticipant");
            Objects.requireNonNull(describe, "describe");
        }
    }

    /**
     * Starts serving over HTTPS; {@code index} opens the organisation's index for the statistics (its own
     * connection, beside the one {@code kpcs serve} writes with).
     */
    static Dashboard start(
            final Settings settings,
            final KpGateway gateway,
            final Supplier<LedgerIndex> index,
            final Consumer<String> log) {
        return DashboardServer.start(settings, gateway, index, log);
    }

    /** The address the dashboard answers on, e.g. {@code https://127.0.0.1:7443/}. */
    URI address();

    /** Stops serving and ends every live event stream. */
    @Override
    void close();
}
