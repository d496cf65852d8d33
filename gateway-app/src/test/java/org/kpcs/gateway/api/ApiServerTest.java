package org.kpcs.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.TlsChannelCredentials;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpcs.gateway.client.ConnectionException;
import org.kpcs.gateway.client.EndorsementException;
import org.kpcs.gateway.client.InputException;
import org.kpcs.protos.ApiError;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.CertificatePage;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.KimberleyServiceGrpc;
import org.kpcs.protos.SealShipmentRequest;
import org.kpcs.protos.TradeDirection;
import org.kpcs.protos.VerificationReport;

/** The API on a real gRPC server in this JVM, over mutual TLS with certificates of a test CA. */
class ApiServerTest {
    private static final CertificateView SEALED = CertificateView.newBuilder()
            .setCertificate(Certificate.newBuilder().setNumber("BW-1"))
            .setStatus(CertificateStatus.SEALED_FOR_EXPORT)
            .build();

    @TempDir
    Path dir;

    private TestPki bw;
    private FakeBackend backend;
    private ApiServer server;
    private final List<String> logged = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        bw = new TestPki(dir, "bw");
        final Path[] tls = bw.server("api0");
        backend = new FakeBackend();
        server = ApiServer.start(
                new ApiServer.Config("127.0.0.1", 0, tls[0], tls[1], bw.caFile()), backend, logged::add);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_lookup_is_answered_over_mutual_tls() throws Exception {
        when(backend.ledger.show("BW-1")).thenReturn(SEALED);
        try (ApiClient api = client(bw, "customs-system", "customs")) {
            assertThat(api.show("BW-1")).isEqualTo(SEALED);
        }
    }

    @Test
    void a_chaincode_refusal_is_a_status_with_the_shared_code() throws Exception {
        when(backend.ledger.show("BW-9"))
                .thenThrow(new EndorsementException(ErrorCode.CERTIFICATE_NOT_FOUND, "no Certificate BW-9", null));
        final StatusRuntimeException e = catchThrowableOfType(
                StatusRuntimeException.class,
                () -> withStub(
                        bw,
                        "customs-system",
                        "customs",
                        s -> s.getCertificate(org.kpcs.protos.GetCertificateRequest.newBuilder()
                                .setNumber("BW-9")
                                .build())));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(e.getStatus().getDescription()).isEqualTo("CERTIFICATE_NOT_FOUND: no Certificate BW-9");
        assertThat(e.getTrailers().get(ApiErrors.KEY))
                .isEqualTo(ApiError.newBuilder()
                        .setCode(ErrorCode.CERTIFICATE_NOT_FOUND)
                        .setStage("ENDORSEMENT")
                        .build());
        // the CLI's client turns it back into the chaincode's refusal
        try (ApiClient api = client(bw, "customs-system", "customs")) {
            final EndorsementException back = catchThrowableOfType(EndorsementException.class, () -> api.show("BW-9"));
            assertThat(back.code()).isEqualTo(ErrorCode.CERTIFICATE_NOT_FOUND);
            assertThat(back.getMessage()).isEqualTo("no Certificate BW-9");
        }
    }

    @Test
    void a_malformed_period_is_refused_before_the_index_is_read() throws Exception {
        try (ApiClient api = client(bw, "statistics-office", "")) {
            final InputException e = catchThrowableOfType(InputException.class, () -> api.trade("BW", "2026-Q5"));
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
            assertThat(e.getMessage()).contains("2026-Q5");
        }
        assertThat(backend.indexReads).isEmpty();
    }

    @Test
    void statistics_come_from_the_index_and_verify_checks_them_against_the_ledger() throws Exception {
        when(backend.ledger.list(
                        anyString(), any(TradeDirection.class), anyString(), anyString(), anyInt(), anyString()))
                .thenReturn(CertificatePage.getDefaultInstance());
        when(backend.ledger.disputed(anyInt(), anyString())).thenReturn(CertificatePage.getDefaultInstance());
        try (ApiClient api = client(bw, "statistics-office", "")) {
            assertThat(api.trade("bw", "2026-q4").getExportsList()).containsExactly(FakeBackend.EXPORT);
            final VerificationReport report = api.verify("BW", "2026-Q4", null);
            assertThat(report.getChecked()).isEqualTo("index");
            // the index counts one export the (empty) ledger does not have
            assertThat(report.getDifferencesList()).singleElement().satisfies(d -> {
                assertThat(d.getCertificatesReported()).isEqualTo(1);
                assertThat(d.getCertificatesOnLedger()).isZero();
            });
            final InputException wrong = catchThrowableOfType(
                    InputException.class, () -> api.verify("BW", "2026-Q3", api.trade("BW", "2026-Q4")));
            assertThat(wrong.getMessage()).contains("the report is BW 2026-Q4, not BW 2026-Q3");
        }
        assertThat(backend.indexReads).containsExactly("BW 2026-Q4", "BW 2026-Q4", "BW 2026-Q4");
    }

    @Test
    void a_submission_goes_as_the_organisation_user_with_the_callers_role() throws Exception {
        when(backend.submitter.seal("BW-1", "C-1", "")).thenReturn(SEALED);
        final CertificateView sealed = withStub(bw, "customs-system", "customs", s -> s.sealShipment(seal()));
        assertThat(sealed).isEqualTo(SEALED);
        assertThat(backend.callers).containsExactly(new Caller("customs-system", "customs"));
        assertThat(logged)
                .anySatisfy(l -> assertThat(l)
                        .contains(
                                "SealShipment BW-1 by customs-system (kp.role=customs) as customs: SEALED_FOR_EXPORT"));
    }

    @Test
    void a_caller_without_a_role_may_read_but_not_submit() throws Exception {
        when(backend.ledger.show("BW-1")).thenReturn(SEALED);
        final CertificateView read = withStub(
                bw,
                "statistics-office",
                "",
                s -> s.getCertificate(org.kpcs.protos.GetCertificateRequest.newBuilder()
                        .setNumber("BW-1")
                        .build()));
        assertThat(read).isEqualTo(SEALED);
        final StatusRuntimeException e = catchThrowableOfType(
                StatusRuntimeException.class, () -> withStub(bw, "statistics-office", "", s -> s.sealShipment(seal())));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(e.getTrailers().get(ApiErrors.KEY).getCode()).isEqualTo(ErrorCode.ROLE_REQUIRED);
        assertThat(e.getStatus().getDescription()).contains("carries no kp.role");
        verifyNoInteractions(backend.submitter);
    }

    @Test
    void a_client_of_another_ca_is_refused_at_the_handshake() throws Exception {
        final TestPki ae = new TestPki(dir, "ae");
        final Path[] stranger = ae.client("customs", "customs");
        try (ApiClient api = ApiClient.connect("127.0.0.1:" + server.port(), bw.caFile(), stranger[0], stranger[1])) {
            final ConnectionException e = catchThrowableOfType(ConnectionException.class, () -> api.show("BW-1"));
            assertThat(e.code()).isEqualTo(ErrorCode.UNAVAILABLE);
            assertThat(e.getMessage()).contains("is your certificate from its organisation's CA?");
        }
        verifyNoInteractions(backend.ledger, backend.submitter);
        assertThat(backend.callers).isEmpty();
    }

    @Test
    void closing_the_server_closes_its_backend() {
        server.close();
        assertThat(backend.closed).isTrue();
    }

    private static SealShipmentRequest seal() {
        return SealShipmentRequest.newBuilder()
                .setCertificateNumber("BW-1")
                .setContainerId("C-1")
                .build();
    }

    private ApiClient client(final TestPki ca, final String cn, final String role) throws Exception {
        final Path[] files = ca.client(cn, role);
        return ApiClient.connect("127.0.0.1:" + server.port(), bw.caFile(), files[0], files[1]);
    }

    /** A call with the generated stub, as a national system makes it. */
    private <T> T withStub(
            final TestPki ca,
            final String cn,
            final String role,
            final java.util.function.Function<KimberleyServiceGrpc.KimberleyServiceBlockingStub, T> call)
            throws Exception {
        final Path[] files = ca.client(cn, role);
        final ManagedChannel channel = Grpc.newChannelBuilder(
                        "127.0.0.1:" + server.port(),
                        TlsChannelCredentials.newBuilder()
                                .keyManager(files[0].toFile(), files[1].toFile())
                                .trustManager(bw.caFile().toFile())
                                .build())
                .build();
        try {
            return call.apply(KimberleyServiceGrpc.newBlockingStub(channel));
        } finally {
            channel.shutdownNow();
        }
    }
}
