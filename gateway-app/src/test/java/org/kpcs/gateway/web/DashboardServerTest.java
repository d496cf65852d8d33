package org.kpcs.gateway.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kpcs.gateway.client.InputException;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.index.LedgerIndex;
import org.kpcs.protos.OrgProfile;

/** Starting the dashboard: a port already taken is refused saying what to do, before anything is read. */
class DashboardServerTest {
    @Test
    void a_port_in_use_is_refused_with_what_to_do() throws Exception {
        final KpGateway gateway = mock(KpGateway.class);
        final LedgerIndex index = mock(LedgerIndex.class);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            final Dashboard.Settings settings = new Dashboard.Settings(
                    "127.0.0.1",
                    taken.getLocalPort(),
                    Path.of("server.crt"),
                    Path.of("server.key"),
                    null,
                    OrgProfile.newBuilder().setMspId("BWMSP").build(),
                    "BW",
                    Object::toString);
            assertThatThrownBy(() -> Dashboard.start(settings, gateway, () -> index, line -> {}))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .hasMessageContaining("give a free --web-port");
        }
        verifyNoInteractions(gateway, index);
    }
}
