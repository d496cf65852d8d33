package org.kpcs.gateway.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.kpcs.gateway.api.ApiClient;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.client.KpcsException;
import org.kpcs.gateway.client.PeerChannels;
import org.kpcs.gateway.client.Profiles;
import org.kpcs.gateway.index.LedgerIndex;
import org.kpcs.protos.NetworkProfile;
import org.kpcs.protos.OrgProfile;
import org.kpcs.protos.PeerEndpoint;
import org.kpcs.protos.UserCredentials;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code kpcs}: the Kimberley Process ledger from the command line, through the Fabric gateway. */
@Command(
        name = "kpcs",
        mixinStandardHelpOptions = true,
        version = "kpcs 0.1.0",
        description = "Kimberley Process Certification Scheme ledger client (Hyperledger Fabric gateway).",
        subcommands = {
            ParticipantCommand.class,
            GovernanceCommand.class,
            CertCommand.class,
            CustodyCommand.class,
            FirmCommand.class,
            WarrantyCommand.class,
            EventsCommand.class,
            ServeCommand.class,
            StatsCommand.class,
            ComplianceCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Kpcs {
    @Option(
            names = "--network-home",
            scope = ScopeType.INHERIT,
            description = "Folder of the local network (profiles/, written by network/kpnet up). Default: $KP_NET_HOME"
                    + " or ./.kpnet")
    private Path networkHome;

    @Option(
            names = "--org",
            scope = ScopeType.INHERIT,
            defaultValue = "BW",
            description = "Organisation to act for (BW, AE, IN, WDC, CSO, ...). Default: ${DEFAULT-VALUE}")
    private String org;

    @Option(
            names = "--user",
            scope = ScopeType.INHERIT,
            defaultValue = "admin",
            description = "Enrolled user of that organisation (exporter, importer, customs, delegate, chair, observer,"
                    + " auditor, admin). Default: ${DEFAULT-VALUE}")
    private String user;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Print JSON for scripts instead of text.")
    private boolean json;

    @CommandLine.ArgGroup(exclusive = false, heading = "Another network (instead of a local profile):%n")
    private ExplicitConnection explicit;

    private PeerChannels channels;

    /** Connection to a network without a profile: every credential and the peer given by flags. */
    static final class ExplicitConnection {
        @Option(names = "--msp-id", required = true, description = "MSP ID of the organisation")
        String mspId;

        @Option(names = "--cert", required = true, description = "User's certificate (PEM)")
        Path cert;

        @Option(names = "--key", required = true, description = "User's private key (PEM)")
        Path key;

        @Option(names = "--peer-endpoint", required = true, description = "Peer gateway host:port")
        String peerEndpoint;

        @Option(names = "--tls-cert", required = true, description = "Peer's TLS root certificate (PEM)")
        Path tlsCert;

        @Option(names = "--host-alias", description = "TLS host name of the peer, if not the endpoint's host")
        String hostAlias;

        @Option(names = "--channel", required = true, description = "The channel's name")
        String channel;

        @Option(names = "--chaincode", required = true, description = "The chaincode's name on the channel")
        String chaincode;
    }

    /** gRPC's informational start-up lines are noise on a command line; warnings still show. */
    private static final java.util.logging.Logger GRPC_LOG = java.util.logging.Logger.getLogger("io.grpc");

    public static void main(final String[] args) {
        GRPC_LOG.setLevel(java.util.logging.Level.WARNING);
        System.exit(run(
                args,
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
    }

    /**
     * Runs the CLI; returns the exit code: 0 done, 1 refused by a rule or the network, 2 bad usage or input,
     * 3 connection or credentials.
     */
    public static int run(final String[] args, final PrintWriter out, final PrintWriter err) {
        final Kpcs root = new Kpcs();
        final CommandLine cli = new CommandLine(root);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof KpcsException k) {
                new Output(out, root.json).error(k, err);
                return switch (k.stage()) {
                    case INPUT -> 2;
                    case CONNECTION, INDEX -> 3;
                    default -> 1;
                };
            }
            throw e;
        });
        try (PeerChannels channels = new PeerChannels()) {
            root.channels = channels;
            return cli.execute(args);
        }
    }

    Output output(final CommandLine.Model.CommandSpec spec) {
        return new Output(spec.commandLine().getOut(), json);
    }

    /** Connects as the chosen user; the gRPC channel is shared by every connection this process makes. */
    KpGateway connect() {
        if (explicit != null) {
            final OrgProfile profile = OrgProfile.newBuilder()
                    .setOrg(org)
                    .setMspId(explicit.mspId)
                    .setKind("unknown")
                    .setPeer(PeerEndpoint.newBuilder()
                            .setEndpoint(explicit.peerEndpoint)
                            .setHostAlias(
                                    explicit.hostAlias != null
                                            ? explicit.hostAlias
                                            : explicit.peerEndpoint.split(":")[0])
                            .setTlsRootCert(explicit.tlsCert.toString()))
                    .putUsers(
                            user,
                            UserCredentials.newBuilder()
                                    .setCert(explicit.cert.toString())
                                    .setKey(explicit.key.toString())
                                    .build())
                    .build();
            final NetworkProfile network = NetworkProfile.newBuilder()
                    .setChannel(explicit.channel)
                    .setChaincode(explicit.chaincode)
                    .build();
            return KpGateway.connect(network, profile, user, channels);
        }
        return KpGateway.connect(networkHome(), org, user, channels);
    }

    /** Connects as another user of the chosen organisation (the API's submissions), over the same channel. */
    KpGateway connectAs(final String name) {
        return KpGateway.connect(networkHome(), org, name, channels);
    }

    /** The chosen organisation's profile, read now. */
    OrgProfile profile() {
        return Profiles.org(networkHome(), org);
    }

    /**
     * The organisation's API at {@code target}, with the chosen user's certificate and key, trusting the
     * organisation's TLS CA (or the explicit connection's files).
     */
    ApiClient service(final String target) {
        if (explicit != null) {
            return ApiClient.connect(target, explicit.tlsCert, explicit.cert, explicit.key);
        }
        final OrgProfile profile = profile();
        final UserCredentials credentials = Profiles.user(profile, user);
        return ApiClient.connect(
                target,
                Path.of(profile.getPeer().getTlsRootCert()),
                Path.of(credentials.getCert()),
                Path.of(credentials.getKey()));
    }

    /**
     * The organisation's off-chain index (kpcs serve): {@code url} when given, else the SQLite file in the
     * organisation's folder of the local network; LOGIN for a database server.
     */
    LedgerIndex openIndex(final String url, final LedgerIndex.Login login) {
        final Path home = networkHome();
        final NetworkProfile network = Profiles.network(home);
        final OrgProfile profile = Profiles.org(home, org);
        final String jdbcUrl = url != null
                ? url
                : LedgerIndex.sqliteUrl(
                        home.resolve("orgs").resolve(profile.getOrg()).resolve("index/ledger-index.db"));
        return LedgerIndex.open(
                jdbcUrl,
                login,
                new LedgerIndex.Owner(profile.getMspId(), network.getChannel(), network.getChaincode()));
    }

    /** The chosen organisation's profile (without its users' credentials), as the local network wrote it. */
    OrgProfile orgProfile() {
        if (explicit != null) {
            return OrgProfile.newBuilder()
                    .setOrg(org)
                    .setMspId(explicit.mspId)
                    .setKind("unknown")
                    .build();
        }
        return Profiles.org(networkHome(), org).toBuilder().clearUsers().build();
    }

    /** The organisation's folder in the local network (its peer's TLS material, its index), or null for another network. */
    Path orgHome() {
        return explicit != null
                ? null
                : networkHome()
                        .resolve("orgs")
                        .resolve(Profiles.org(networkHome(), org).getOrg());
    }

    /** The Participant code of the chosen organisation, or empty for the industry and observers. */
    String ownParticipant() {
        final OrgProfile profile = Profiles.org(networkHome(), org);
        return "participant".equals(profile.getKind()) ? profile.getOrg() : "";
    }

    private Path networkHome() {
        if (networkHome != null) {
            return networkHome;
        }
        final String env = System.getenv("KP_NET_HOME");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(".kpnet");
    }
}
