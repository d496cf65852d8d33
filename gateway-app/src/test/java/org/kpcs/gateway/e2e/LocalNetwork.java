package org.kpcs.gateway.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.client.PeerChannels;
import org.kpcs.gateway.client.Profiles;
import org.kpcs.protos.NetworkProfile;

/**
 * The real local Fabric network that scripts/test.sh brings up (network/kpnet up + deploy) before the
 * end-to-end tests and takes down after them. One gRPC channel per peer, shared by every test.
 */
final class LocalNetwork {
    static final PeerChannels CHANNELS = new PeerChannels();

    private LocalNetwork() {}

    static Path home() {
        final String env = System.getenv("KP_NET_HOME");
        final Path home = env != null && !env.isBlank()
                ? Path.of(env)
                : Path.of(System.getProperty("kpcs.root", ".")).resolve(".kpnet");
        if (!Files.isDirectory(home.resolve("profiles"))) {
            throw new IllegalStateException(
                    "no running network at " + home
                            + ": the end-to-end tests need `network/kpnet up && network/kpnet deploy` (scripts/test.sh does it)");
        }
        return home;
    }

    /** The network's profile (network.json): channel, Participants, organisations with a peer, ordering nodes. */
    static NetworkProfile profile() {
        return Profiles.network(home());
    }

    static KpGateway as(final String org, final String user) {
        return KpGateway.connect(home(), org, user, CHANNELS);
    }

    /** Enrols a user with Fabric CA through the network script (idempotent), e.g. a firm user in WDC. */
    static void enroll(final String org, final String user, final String role, final String firm) {
        final Kpnet result = kpnet("enroll", org, user, role, firm);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("kpnet enroll " + org + " " + user + " failed: " + result.output());
        }
    }

    /** What network/kpnet printed (stdout and stderr) and its exit code. */
    record Kpnet(int exitCode, String output) {}

    /** Runs network/kpnet with the test's environment (the same KP_NET_HOME and ports). */
    static Kpnet kpnet(final String... args) {
        final Path root = Path.of(System.getProperty("kpcs.root", "."));
        final java.util.List<String> command = new java.util.ArrayList<>();
        command.add(root.resolve("network/kpnet").toString());
        command.addAll(java.util.List.of(args));
        try {
            final Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            final String output =
                    new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return new Kpnet(process.waitFor(), output);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
