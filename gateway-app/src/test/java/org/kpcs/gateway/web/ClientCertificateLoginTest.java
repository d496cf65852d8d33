package org.kpcs.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpcs.gateway.api.TestPki;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.index.LedgerIndex;
import org.kpcs.protos.OrgProfile;

/**
 * Login by client certificate where the dashboard is exposed: a member of the organisation (a certificate of its
 * CA) gets the pages; a client with no certificate, or one of another organisation's CA, is refused in the TLS
 * handshake, before any page.
 */
class ClientCertificateLoginTest {
    @TempDir
    Path dir;

    @Test
    void only_a_certificate_of_the_organisations_ca_logs_in() throws Exception {
        final TestPki bw = new TestPki(dir, "bw");
        final TestPki ae = new TestPki(dir, "ae");
        final Path[] server = bw.server("dashboard");
        final Dashboard.Settings settings = new Dashboard.Settings(
                "127.0.0.1",
                0,
                server[0],
                server[1],
                bw.caFile(),
                OrgProfile.newBuilder().setMspId("BWMSP").build(),
                "BW",
                Object::toString);
        try (Dashboard dashboard =
                Dashboard.start(settings, mock(KpGateway.class), () -> mock(LedgerIndex.class), line -> {})) {
            final Path[] member = bw.client("delegate", "delegate");
            final HttpResponse<String> page = get(dashboard, TlsFiles.context(member[0], member[1], bw.caFile()));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<html");

            assertThatThrownBy(() -> get(dashboard, TestPki.trusting(bw.caFile())))
                    .isInstanceOf(IOException.class);
            final Path[] stranger = ae.client("delegate", "delegate");
            assertThatThrownBy(() -> get(dashboard, TlsFiles.context(stranger[0], stranger[1], bw.caFile())))
                    .isInstanceOf(IOException.class);
        }
    }

    private static HttpResponse<String> get(final Dashboard dashboard, final SSLContext tls) throws Exception {
        final HttpClient client = HttpClient.newBuilder()
                .sslContext(tls)
                .connectTimeout(Duration.ofSeconds(20))
                .build();
        return client.send(
                HttpRequest.newBuilder(URI.create(dashboard.address() + "index.html"))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
