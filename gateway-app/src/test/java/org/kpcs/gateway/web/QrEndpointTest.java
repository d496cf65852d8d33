package org.kpcs.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kpcs.gateway.print.CertificatePrints;

/** {@code /api/check-qr}: a payload that is no printed Certificate's is refused with 400, the ledger unread. */
class QrEndpointTest {
    private final CertificatePrints prints = mock(CertificatePrints.class);
    private HttpServer server;

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        new QrEndpoint(prints).addTo(server);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void a_payload_of_another_kind_answers_400_saying_what_a_payload_begins_with() throws Exception {
        final HttpResponse<String> answer = check("https://example.org/not-a-certificate");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body())
                .contains("is not the QR code of a printed Kimberley Process Certificate")
                .contains("begins with KPC1:")
                .contains("\"code\":\"QR_PAYLOAD\"");
        verifyNoInteractions(prints);
    }

    @Test
    void a_short_record_hash_answers_400_naming_the_field() throws Exception {
        final HttpResponse<String> answer = check("KPC1:BW-1:ABC:" + "0".repeat(64));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("record hash (SHA-256)").contains("64 hexadecimal digits");
        verifyNoInteractions(prints);
    }

    @Test
    void a_missing_payload_answers_400_saying_it_is_empty() throws Exception {
        final HttpResponse<String> answer = check("");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("the QR payload is empty");
        verifyNoInteractions(prints);
    }

    private HttpResponse<String> check(final String payload) throws Exception {
        final URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/check-qr?payload="
                + URLEncoder.encode(payload, StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
