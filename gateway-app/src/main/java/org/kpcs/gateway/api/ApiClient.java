package org.kpcs.gateway.api;

import java.nio.file.Path;
import org.kpcs.protos.CertificateHistory;
import org.kpcs.protos.CertificatePage;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.ListCertificatesRequest;
import org.kpcs.protos.ListPendingConfirmationRequest;
import org.kpcs.protos.TradeStatistics;
import org.kpcs.protos.VerificationReport;

/**
 * The queries of the CLI (--service HOST:PORT) through an organisation's API instead of a gateway connection;
 * refusals arrive as the same {@link org.kpcs.gateway.client.KpcsException} types, with the same codes.
 */
public interface ApiClient extends AutoCloseable {
    /**
     * Connects to {@code target} (host:port) with mutual TLS: {@code certificate} and {@code key} are the
     * caller's (from its organisation's CA), {@code trustedCa} the CA that issued the service's TLS certificate.
     */
    static ApiClient connect(final String target, final Path trustedCa, final Path certificate, final Path key) {
        return GrpcApiClient.connect(target, trustedCa, certificate, key);
    }

    TradeStatistics trade(String participant, String period);

    /** Verification of the service's index figures, or of {@code report} when not null. */
    VerificationReport verify(String participant, String period, TradeStatistics report);

    CertificateView show(String number);

    CertificateHistory history(String number);

    /** One page of a Participant's Certificates by direction and dates (as {@code kpcs cert list}). */
    CertificatePage list(ListCertificatesRequest request);

    /** One page of the Certificates awaiting an importer's confirmation (as {@code kpcs cert pending}). */
    CertificatePage pending(ListPendingConfirmationRequest request);

    @Override
    void close();
}
