package org.kpcs.gateway.api;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The API for national systems (docs/api.md): the KimberleyService of protos/ over mutual TLS, answered by an
 * {@link ApiBackend}. Clients must present a certificate that chains to {@code clientCa}, the organisation's
 * Fabric CA; the server presents the TLS key pair that CA issued it.
 */
public interface ApiServer extends AutoCloseable {
    /** Starts listening; refuses with a ConnectionException when the files or the port are unusable. */
    static ApiServer start(final Config config, final ApiBackend backend, final Consumer<String> log) {
        return NettyApiServer.start(config, backend, log);
    }

    /** Where to listen (the host: loopback unless the service must be reached from elsewhere) and with what. */
    record Config(String host, int port, Path certificate, Path key, Path clientCa) {
        public Config {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(certificate, "certificate");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(clientCa, "clientCa");
        }
    }

    /** The port it listens on (the one chosen when configured with 0). */
    int port();

    /** Stops taking calls, waits a few seconds for those in progress, and closes the backend. */
    @Override
    void close();
}
