package org.kpcs.gateway.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.client.OrgProfile;
import org.kpcs.gateway.client.PeerChannels;

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

    static OrgProfile org(final String code) {
        return OrgProfile.load(home(), code);
    }

    static KpGateway as(final String org, final String user) {
        return KpGateway.connect(org(org), user, CHANNELS);
    }
}
