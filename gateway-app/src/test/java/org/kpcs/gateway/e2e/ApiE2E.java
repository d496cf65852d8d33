package org.kpcs.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.protobuf.util.JsonFormat;
import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.TlsChannelCredentials;
import io.grpc.protobuf.ProtoUtils;
import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.kpcs.gateway.client.Profiles;
import org.kpcs.gateway.stats.Period;
import org.kpcs.protos.ApiError;
import org.kpcs.protos.CertificatePage;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.CustodyEvent;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.GetCertificateHistoryRequest;
import org.kpcs.protos.GetCertificateRequest;
import org.kpcs.protos.IssueCertificateSubmission;
import org.kpcs.protos.KimberleyServiceGrpc;
import org.kpcs.protos.OrgProfile;
import org.kpcs.protos.SealShipmentRequest;
import org.kpcs.protos.StatisticsLine;
import org.kpcs.protos.TradeStatistics;
import org.kpcs.protos.TradeStatisticsRequest;
import org.kpcs.protos.UserCredentials;
import org.kpcs.protos.VerificationReport;
import org.kpcs.protos.VerifyStatisticsRequest;

/**
 * The API for national systems on the real network: Botswana's service (run by network/kpnet) called from the
 * generated client over mutual TLS, as BW's exporting authority, customs and delegate, and refused to AE's.
 */
class ApiE2E {
    private static final OrgProfile BW = Profiles.org(LocalNetwork.home(), "BW");
    private static final ApiError.Builder NO_ERROR = ApiError.newBuilder();

    @AfterAll
    static void closeChannels() {
        LocalNetwork.CHANNELS.close();
    }

    @Test
    void a_certificate_is_issued_sealed_read_and_counted_through_the_api() throws Exception {
        final String number =
                "BW-API-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        final Period quarter = Period.quarterOf(java.time.LocalDate.parse(Trades.TODAY));
        final TradeStatistics before = call("BW", "delegate", s -> s.getTradeStatistics(trade(quarter)));

        final CertificateView issued = call(
                "BW",
                "exporter",
                s -> s.issueCertificate(IssueCertificateSubmission.newBuilder()
                        .setRequest(Trades.certificate(number, "AE", 1_500))
                        .setDetails(Trades.details(number, ""))
                        .build()));
        assertThat(issued.getStatus()).isEqualTo(CertificateStatus.ISSUED);
        final CertificateView sealed = call("BW", "customs", s -> s.sealShipment(seal(number)));
        assertThat(sealed.getStatus()).isEqualTo(CertificateStatus.SEALED_FOR_EXPORT);

        final CertificateView read = call(
                "BW",
                "delegate",
                s -> s.getCertificate(
                        GetCertificateRequest.newBuilder().setNumber(number).build()));
        assertThat(read.getCustodyList()).singleElement().satisfies(c -> {
            assertThat(c.getEvent()).isEqualTo(CustodyEvent.SEALED);
            assertThat(c.getParticipant()).isEqualTo("BW");
        });
        assertThat(call(
                                "BW",
                                "delegate",
                                s -> s.getCertificateHistory(GetCertificateHistoryRequest.newBuilder()
                                        .setNumber(number)
                                        .build()))
                        .getEntriesCount())
                .isGreaterThanOrEqualTo(2);

        // the service's index counts the new export, with BW's own value, once it has followed the blocks
        NetworkNodes.await(
                "BW's service to index " + number,
                Duration.ofSeconds(60),
                () -> exportsToAe(call("BW", "delegate", s -> s.getTradeStatistics(trade(quarter))))
                                .getCertificates()
                        == exportsToAe(before).getCertificates() + 1);
        final TradeStatistics after = call("BW", "delegate", s -> s.getTradeStatistics(trade(quarter)));
        assertThat(after.getValuesIncluded()).isTrue();
        assertThat(exportsToAe(after).getCaratWeightMilli())
                .isEqualTo(exportsToAe(before).getCaratWeightMilli() + 1_500);
        final VerificationReport verified = call(
                "BW",
                "delegate",
                s -> s.verifyStatistics(VerifyStatisticsRequest.newBuilder()
                        .setParticipant("BW")
                        .setPeriod(quarter.label())
                        .build()));
        assertThat(verified.getChecked()).isEqualTo("index");
        assertThat(verified.getDifferencesList()).isEmpty();
        measure(number, quarter);

        // the CLI's --service asks the same API
        final CertificateView.Builder shown = CertificateView.newBuilder();
        JsonFormat.parser()
                .ignoringUnknownFields()
                .merge(
                        ServeProcess.kpcs(
                                "--org",
                                "BW",
                                "--user",
                                "delegate",
                                "--json",
                                "cert",
                                "show",
                                number,
                                "--service",
                                BW.getServiceEndpoint()),
                        shown);
        assertThat(shown.build()).isEqualTo(read);

        // cert list and cert pending: every page through the API equals the same page through the gateway
        final List<String> exports =
                List.of("cert", "list", "--participant", "BW", "--from", Trades.TODAY, "--to", Trades.TODAY);
        assertThat(everyPage(exports, true))
                .isEqualTo(everyPage(exports, false))
                .contains(number);
        final List<String> pending = List.of("cert", "pending", "--importer", "AE");
        assertThat(everyPage(pending, true))
                .isEqualTo(everyPage(pending, false))
                .contains(number);
    }

    /** Every Certificate number a listing command prints, page by page, through BW's API or the gateway. */
    private static List<String> everyPage(final List<String> command, final boolean service) throws Exception {
        final List<String> numbers = new ArrayList<>();
        String bookmark = "";
        int fetched;
        do {
            final List<String> args = new ArrayList<>(List.of("--org", "BW", "--user", "delegate", "--json"));
            args.addAll(command);
            args.addAll(List.of("--page-size", "100", "--bookmark", bookmark));
            if (service) {
                args.addAll(List.of("--service", BW.getServiceEndpoint()));
            }
            final CertificatePage.Builder page = CertificatePage.newBuilder();
            JsonFormat.parser().ignoringUnknownFields().merge(ServeProcess.kpcs(args.toArray(String[]::new)), page);
            page.getCertificatesList()
                    .forEach(c -> numbers.add(c.getCertificate().getNumber()));
            bookmark = page.getBookmark();
            fetched = page.getFetched();
        } while (!bookmark.isEmpty() && fetched > 0);
        return numbers;
    }

    @Test
    void refusals_carry_a_status_and_the_shared_error_code() {
        // the delegate's role may not seal: the chaincode refuses, the API says so with the rule's code
        final StatusRuntimeException role = refused("BW", "delegate", s -> s.sealShipment(seal("BW-API-NONE")));
        assertThat(role.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(error(role))
                .isEqualTo(ApiError.newBuilder()
                        .setCode(ErrorCode.ROLE_REQUIRED)
                        .setStage("ENDORSEMENT")
                        .build());
        assertThat(role.getStatus().getDescription()).startsWith("ROLE_REQUIRED: ");

        final StatusRuntimeException missing = refused(
                "BW",
                "customs",
                s -> s.getCertificate(GetCertificateRequest.newBuilder()
                        .setNumber("BW-API-NONE")
                        .build()));
        assertThat(missing.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(error(missing).getCode()).isEqualTo(ErrorCode.CERTIFICATE_NOT_FOUND);

        final StatusRuntimeException period = refused(
                "BW",
                "customs",
                s -> s.getTradeStatistics(TradeStatisticsRequest.newBuilder()
                        .setParticipant("BW")
                        .setPeriod("2026-Q7")
                        .build()));
        assertThat(period.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(error(period).getCode()).isEqualTo(ErrorCode.INVALID_ARGUMENT);

        // AE's importing authority is no client of BW's service: refused at the TLS handshake, before any call
        final StatusRuntimeException stranger = refused(
                "AE",
                "importer",
                s -> s.getCertificate(GetCertificateRequest.newBuilder()
                        .setNumber("BW-API-NONE")
                        .build()));
        assertThat(stranger.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(error(stranger)).isEqualTo(NO_ERROR.build());
    }

    private static StatisticsLine exportsToAe(final TradeStatistics stats) {
        return stats.getExportsList().stream()
                .filter(l -> l.getPartner().equals("AE")
                        && l.getOrigin().equals("BW")
                        && l.getHsCode().equals("7102.10"))
                .findFirst()
                .orElse(StatisticsLine.getDefaultInstance());
    }

    private static TradeStatisticsRequest trade(final Period quarter) {
        return TradeStatisticsRequest.newBuilder()
                .setParticipant("BW")
                .setPeriod(quarter.label())
                .build();
    }

    private static SealShipmentRequest seal(final String number) {
        return SealShipmentRequest.newBuilder()
                .setCertificateNumber(number)
                .setContainerId("SEAL-" + number)
                .build();
    }

    private static ApiError error(final StatusRuntimeException e) {
        final ApiError error = e.getTrailers() == null
                ? null
                : e.getTrailers().get(ProtoUtils.keyForProto(ApiError.getDefaultInstance()));
        return error == null ? NO_ERROR.build() : error;
    }

    private static StatusRuntimeException refused(
            final String org,
            final String user,
            final Function<KimberleyServiceGrpc.KimberleyServiceBlockingStub, ?> rpc) {
        return catchThrowableOfType(StatusRuntimeException.class, () -> call(org, user, rpc));
    }

    /**
     * One call to BW's API with the generated blocking stub, as USER of ORG: that user's enrolment certificate
     * and key over mutual TLS, trusting BW's TLS CA.
     */
    private static <T> T call(
            final String org,
            final String user,
            final Function<KimberleyServiceGrpc.KimberleyServiceBlockingStub, T> rpc) {
        final ManagedChannel channel = channel(org, user);
        try {
            return rpc.apply(KimberleyServiceGrpc.newBlockingStub(channel)
                    .withDeadlineAfter(2, java.util.concurrent.TimeUnit.MINUTES));
        } finally {
            channel.shutdownNow();
        }
    }

    /** A channel to BW's API with that user's enrolment certificate and key, trusting BW's TLS CA. */
    private static ManagedChannel channel(final String org, final String user) {
        assertThat(BW.getServiceEndpoint())
                .as("BW's API endpoint in its profile (KP_SERVICE=on)")
                .isNotEmpty();
        final UserCredentials credentials = Profiles.user(Profiles.org(LocalNetwork.home(), org), user);
        try {
            return Grpc.newChannelBuilder(
                            BW.getServiceEndpoint(),
                            TlsChannelCredentials.newBuilder()
                                    .keyManager(new File(credentials.getCert()), new File(credentials.getKey()))
                                    .trustManager(new File(BW.getPeer().getTlsRootCert()))
                                    .build())
                    .build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Prints the latency of look-ups and statistics over one channel (measured, not asserted). */
    private static void measure(final String number, final Period quarter) {
        final ManagedChannel channel = channel("BW", "customs");
        try {
            final KimberleyServiceGrpc.KimberleyServiceBlockingStub bw = KimberleyServiceGrpc.newBlockingStub(channel);
            final long[] lookups = new long[20];
            final long[] stats = new long[20];
            for (int i = 0; i < lookups.length; i++) {
                long start = System.nanoTime();
                bw.getCertificate(
                        GetCertificateRequest.newBuilder().setNumber(number).build());
                lookups[i] = (System.nanoTime() - start) / 1_000_000;
                start = System.nanoTime();
                bw.getTradeStatistics(trade(quarter));
                stats[i] = (System.nanoTime() - start) / 1_000_000;
            }
            java.util.Arrays.sort(lookups);
            java.util.Arrays.sort(stats);
            System.out.printf(
                    "ApiE2E: 20 calls over one channel: GetCertificate median %d ms (max %d), GetTradeStatistics"
                            + " median %d ms (max %d)%n",
                    lookups[10], lookups[19], stats[10], stats[19]);
        } finally {
            channel.shutdownNow();
        }
    }
}
