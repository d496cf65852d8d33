package org.kpcs.gateway.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.kpcs.gateway.client.InputException;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.web.Dashboard;
import org.kpcs.protos.ErrorCode;
import picocli.CommandLine.Option;

/** {@code kpcs serve --web-port N}: the options of the organisation's read-only web dashboard. */
final class DashboardOptions {
    @Option(
            names = "--web-port",
            paramLabel = "PORT",
            defaultValue = "-1",
            description = "Also serve the read-only web dashboard over HTTPS on this port (0: any free port)."
                    + " Default: no dashboard")
    int port;

    @SuppressWarnings("PMD.AvoidUsingHardCodedIP") // loopback by default: the dashboard is not exposed unless asked
    @Option(
            names = "--web-host",
            defaultValue = "127.0.0.1",
            description = "Address the dashboard listens on. Default: ${DEFAULT-VALUE} (loopback only)")
    String host;

    @Option(
            names = "--web-tls-cert",
            paramLabel = "PEM",
            description = "The dashboard's TLS certificate. Default: the organisation's peer TLS certificate,"
                    + " orgs/ORG/peer0/tls/server.crt in the network home (issued by its Fabric CA)")
    Path tlsCert;

    @Option(
            names = "--web-tls-key",
            paramLabel = "PEM",
            description = "The private key of --web-tls-cert. Default: orgs/ORG/peer0/tls/server.key")
    Path tlsKey;

    @Option(
            names = "--web-client-ca",
            paramLabel = "PEM",
            description = "Ask every client for a certificate issued by this CA (login by client certificate)."
                    + " Default: none on loopback; elsewhere the organisation's own CA,"
                    + " orgs/ORG/msp/cacerts/ca.pem in the network home, so only its members' certificates log in")
    Path clientCa;

    /** Starts the dashboard when a port was given; null otherwise. */
    Dashboard start(final Kpcs root, final KpGateway gateway, final IndexOptions indexAt, final Consumer<String> log) {
        if (port < 0) {
            return null;
        }
        final Path home = root.orgHome();
        final Path cert = tlsCert != null ? tlsCert : home == null ? null : home.resolve("peer0/tls/server.crt");
        final Path key = tlsKey != null ? tlsKey : home == null ? null : home.resolve("peer0/tls/server.key");
        if (cert == null || key == null) {
            throw new InputException(
                    ErrorCode.INVALID_ARGUMENT,
                    "the dashboard needs --web-tls-cert and --web-tls-key outside a local network's profile",
                    null);
        }
        final Path clients =
                clientCa != null || loopback() || home == null ? clientCa : home.resolve("msp/cacerts/ca.pem");
        if (clients == null && !loopback()) {
            throw new InputException(
                    ErrorCode.INVALID_ARGUMENT,
                    "a dashboard exposed on " + host + " needs --web-client-ca: the CA whose certificates may log in",
                    null);
        }
        return Dashboard.start(
                new Dashboard.Settings(
                        host, port, cert, key, clients, root.orgProfile(), root.ownParticipant(), EventText::line),
                gateway,
                () -> indexAt.open(root),
                log);
    }

    private boolean loopback() {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new InputException(ErrorCode.INVALID_ARGUMENT, "--web-host " + host + " is not an address", e);
        }
    }
}
