package org.kpcs.gateway.api;

import io.grpc.Server;
import io.grpc.ServerCredentials;
import io.grpc.ServerInterceptors;
import io.grpc.TlsServerCredentials;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.kpcs.gateway.client.ConnectionException;
import org.kpcs.protos.ErrorCode;

final class NettyApiServer implements ApiServer {
    private final Server server;
    private final ApiBackend backend;

    private NettyApiServer(final Server server, final ApiBackend backend) {
        this.server = server;
        this.backend = backend;
    }

    static NettyApiServer start(final Config config, final ApiBackend backend, final Consumer<String> log) {
        final ServerCredentials credentials;
        try {
            credentials = TlsServerCredentials.newBuilder()
                    .keyManager(config.certificate().toFile(), config.key().toFile())
                    .trustManager(config.clientCa().toFile())
                    .clientAuth(TlsServerCredentials.ClientAuth.REQUIRE)
                    .build();
        } catch (IOException | IllegalArgumentException e) {
            throw new ConnectionException(
                    ErrorCode.BAD_CREDENTIALS,
                    "cannot read the API's TLS files (" + config.certificate() + ", " + config.key() + ", "
                            + config.clientCa() + "): " + e.getMessage() + "; network/kpnet up issues them",
                    e);
        }
        final Server server = NettyServerBuilder.forAddress(
                        new InetSocketAddress(config.host(), config.port()), credentials)
                .addService(ServerInterceptors.intercept(new KimberleyApi(backend, log), new CallerInterceptor()))
                .build();
        try {
            server.start();
        } catch (IOException e) {
            throw new ConnectionException(
                    ErrorCode.UNAVAILABLE,
                    "the API cannot listen on " + config.host() + ":" + config.port() + " (" + e.getMessage()
                            + "); is another process using the port?",
                    e);
        }
        return new NettyApiServer(server, backend);
    }

    @Override
    public int port() {
        return server.getPort();
    }

    @Override
    @SuppressWarnings("PMD.UseTryWithResources") // the server is no AutoCloseable; the backend closes last
    public void close() {
        server.shutdown();
        try {
            if (!server.awaitTermination(5, TimeUnit.SECONDS)) {
                server.shutdownNow();
            }
        } catch (InterruptedException e) {
            server.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            backend.close();
        }
    }
}
