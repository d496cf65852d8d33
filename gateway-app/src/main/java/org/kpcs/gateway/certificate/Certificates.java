package org.kpcs.gateway.certificate;

import java.util.List;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.protos.AmendCertificateRequest;
import org.kpcs.protos.CertificateHistory;
import org.kpcs.protos.CertificatePage;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.ConfirmImportRequest;
import org.kpcs.protos.DetailsVerification;
import org.kpcs.protos.IssueCertificateRequest;
import org.kpcs.protos.TradeDirection;

/** Certificates, custody and import confirmation (KPCS II, III, IV(c), Annex I, Annex II 17-25), as a client calls them. */
public interface Certificates {
    /** The certificates over a connection. */
    static Certificates of(final KpGateway gateway) {
        return new GatewayCertificates(gateway);
    }

    /** Issues a Certificate; the details go as transient data, endorsed by the exporter and the importer. */
    CertificateView issue(IssueCertificateRequest request, CommercialDetails details);

    CertificateView amend(AmendCertificateRequest request, CommercialDetails newDetails);

    CertificateView voidCertificate(String number, String reason);

    CertificateView show(String number);

    CertificateHistory history(String number);

    CertificatePage list(
            String participant, TradeDirection direction, String from, String to, int pageSize, String bookmark);

    CertificatePage pending(String importer, int pageSize, String bookmark);

    CertificatePage disputed(int pageSize, String bookmark);

    /** The details from the caller's own Participant's collection (exporter, or importer after confirmation). */
    CommercialDetails details(String number);

    CertificateView seal(String number, String containerId, String note);

    CertificateView transit(String number, String containerId, boolean sealIntact, String note);

    CertificateView arrive(String number, String containerId, boolean sealIntact, String note);

    /**
     * As {@link #arrive}, endorsed by the given organisations only; an arrival not endorsed by the importing
     * Participant's peer fails validation (key-level endorsement on the import receipt).
     */
    CertificateView arrive(String number, String containerId, boolean sealIntact, String note, List<String> endorsers);

    /** Confirms receipt, endorsed by the importing and the exporting Participant: the loop closes at both. */
    CertificateView confirm(ConfirmImportRequest request, CommercialDetails received);

    /** As {@link #confirm}, endorsed by the given organisations only (to show key-level endorsement at work). */
    CertificateView confirm(ConfirmImportRequest request, CommercialDetails received, List<String> endorsers);

    DetailsVerification verify(String number, CommercialDetails presented);
}
