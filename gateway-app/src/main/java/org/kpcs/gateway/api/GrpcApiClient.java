package org.kpcs.gateway.api;

import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.TlsChannelCredentials;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.kpcs.gateway.client.ConnectionException;
import org.kpcs.gateway.client.PeerChannels;
import org.kpcs.protos.CertificateHistory;
import org.kpcs.protos.CertificatePage;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.GetCertificateHistoryRequest;
import org.kpcs.protos.GetCertificateRequest;
import org.kpcs.protos.KimberleyServiceGrpc;
import org.kpcs.protos.ListCertificatesRequest;
import org.kpcs.protos.ListPendingConfirmationRequest;
import org.kpcs.protos.TradeStatistics;
import org.kpcs.protos.TradeStatisticsRequest;
import org.kpcs.protos.VerificationReport;
import org.kpcs.protos.VerifyStatisticsRequest;

final class GrpcApiClient implements ApiClient {
    /** Verification reads every Certificate of the period from the ledger: it may take a while. */
    private static final long DEADLINE_SECONDS = 300;

    private final String target;
    private final ManagedChannel channel;
    private final KimberleyServiceGrpc.KimberleyServiceBlockingStub stub;

    private GrpcApiClient(final String target, final ManagedChannel channel) {
        this.target = target;
        this.channel = channel;
        this.stub = KimberleyServiceGrpc.newBlockingStub(channel);
    }

    static GrpcApiClient connect(final String target, final Path trustedCa, final Path certificate, final Path key) {
        final ChannelCredentials credentials;
        try {
            credentials = TlsChannelCredentials.newBuilder()
                    .keyManager(certificate.toFile(), key.toFile())
                    .trustManager(trustedCa.toFile())
                    .build();
        } catch (IOException | IllegalArgumentException e) {
            throw new ConnectionException(
                    ErrorCode.BAD_CREDENTIALS,
                    "cannot read the credentials for the service (" + certificate + ", " + key + ", " + trustedCa
                            + "): " + e.getMessage(),
                    e);
        }
        return new GrpcApiClient(
                target, Grpc.newChannelBuilder(target, credentials).build());
    }

    @Override
    public TradeStatistics trade(final String participant, final String period) {
        return call(s -> s.getTradeStatistics(TradeStatisticsRequest.newBuilder()
                .setParticipant(participant)
                .setPeriod(period)
                .build()));
    }

    @Override
    public VerificationReport verify(final String participant, final String period, final TradeStatistics report) {
        final VerifyStatisticsRequest.Builder request =
                VerifyStatisticsRequest.newBuilder().setParticipant(participant).setPeriod(period);
        if (report != null) {
            request.setReport(report);
        }
        return call(s -> s.verifyStatistics(request.build()));
    }

    @Override
    public CertificateView show(final String number) {
        return call(s -> s.getCertificate(
                GetCertificateRequest.newBuilder().setNumber(number).build()));
    }

    @Override
    public CertificateHistory history(final String number) {
        return call(s -> s.getCertificateHistory(
                GetCertificateHistoryRequest.newBuilder().setNumber(number).build()));
    }

    @Override
    public CertificatePage list(final ListCertificatesRequest request) {
        return call(s -> s.listCertificates(request));
    }

    @Override
    public CertificatePage pending(final ListPendingConfirmationRequest request) {
        return call(s -> s.listPendingConfirmation(request));
    }

    private <T> T call(final Function<KimberleyServiceGrpc.KimberleyServiceBlockingStub, T> rpc) {
        try {
            return rpc.apply(stub.withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS));
        } catch (StatusRuntimeException e) {
            throw ApiErrors.fromStatus(e, target);
        }
    }

    @Override
    public void close() {
        channel.shutdown();
        PeerChannels.awaitTermination(channel);
    }
}
