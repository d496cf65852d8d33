package org.kpcs.gateway.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.kpcs.gateway.api.ApiBackend;
import org.kpcs.gateway.api.ApiServer;
import org.kpcs.gateway.client.KpGateway;
import picocli.CommandLine.Option;

/** {@code kpcs serve}'s API for national systems (docs/api.md): off unless --api-port is given. */
@SuppressWarnings("PMD.AvoidUsingHardCodedIP") // loopback by default: nothing outside the machine reaches the API
final class ApiOptions {
    @Option(
            names = "--api-port",
            paramLabel = "PORT",
            defaultValue = "-1",
            description = "Also serve the API for national systems (gRPC, mutual TLS; docs/api.md) on PORT"
                    + " (0: any free port). Default: no API")
    int port;

    @Option(
            names = "--api-host",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "Address the API listens on. Default: ${DEFAULT-VALUE} (this machine only)")
    String host;

    @Option(
            names = "--api-tls-dir",
            paramLabel = "DIR",
            description = "The API's TLS key pair (server.crt, server.key), issued by the organisation's CA."
                    + " Default: orgs/ORG/api0/tls in the network home (network/kpnet up issues it)")
    Path tlsDir;

    @Option(
            names = "--api-client-ca",
            paramLabel = "FILE",
            description = "CA that every client certificate must chain to. Default: the organisation's MSP CA,"
                    + " orgs/ORG/msp/cacerts/ca.pem in the network home")
    Path clientCa;

    /** The running API, or null when none was asked for; closing it closes its own index connection. */
    ApiServer start(final Kpcs root, final KpGateway gateway, final IndexOptions indexAt, final Consumer<String> log) {
        if (port < 0) {
            return null;
        }
        final Path orgHome = root.orgHome();
        final Path tls = tlsDir != null ? tlsDir : orgHome.resolve("api0/tls");
        final ApiServer.Config config = new ApiServer.Config(
                host,
                port,
                tls.resolve("server.crt"),
                tls.resolve("server.key"),
                clientCa != null ? clientCa : orgHome.resolve("msp/cacerts/ca.pem"));
        final ApiBackend backend =
                ApiBackend.serving(gateway, indexAt.open(root), root.ownParticipant(), root::profile, root::connectAs);
        final ApiServer server;
        try {
            server = ApiServer.start(config, backend, log);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        log.accept("API for national systems on " + host + ":" + server.port() + " (gRPC, mutual TLS: clients" + " of "
                + gateway.mspId() + "'s CA " + config.clientCa() + ")");
        return server;
    }
}
