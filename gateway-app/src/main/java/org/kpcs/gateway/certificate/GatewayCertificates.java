package org.kpcs.gateway.certificate;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.registry.Registry;
import org.kpcs.protos.AmendCertificateRequest;
import org.kpcs.protos.CertificateHistory;
import org.kpcs.protos.CertificatePage;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.ConfirmImportRequest;
import org.kpcs.protos.CustodyStepRequest;
import org.kpcs.protos.DetailsVerification;
import org.kpcs.protos.GetCertificateHistoryRequest;
import org.kpcs.protos.GetCertificateRequest;
import org.kpcs.protos.GetCommercialDetailsRequest;
import org.kpcs.protos.IssueCertificateRequest;
import org.kpcs.protos.ListCertificatesRequest;
import org.kpcs.protos.ListDisputedRequest;
import org.kpcs.protos.ListPendingConfirmationRequest;
import org.kpcs.protos.SealShipmentRequest;
import org.kpcs.protos.TradeDirection;
import org.kpcs.protos.VerifyDetailsRequest;
import org.kpcs.protos.VoidCertificateRequest;

/** Certificates through the Fabric gateway. */
final class GatewayCertificates implements Certificates {
    private static final String CERTIFICATE_CONTRACT = "Certificates";
    private static final String CUSTODY_CONTRACT = "Custody";
    private static final String IMPORT_CONTRACT = "Imports";
    private static final String DETAILS = "details";

    private final KpGateway gateway;
    private final Registry registry;

    GatewayCertificates(final KpGateway gateway) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.registry = Registry.of(gateway);
    }

    @Override
    public CertificateView issue(final IssueCertificateRequest request, final CommercialDetails details) {
        final String importerMsp =
                registry.show(request.getImportingParticipant()).getMspId();
        return gateway.submit(
                KpGateway.Submission.of(CERTIFICATE_CONTRACT, "IssueCertificate", request)
                        .withTransient(Map.of(DETAILS, details.toByteArray()))
                        .withEndorsingOrganizations(List.of(gateway.mspId(), importerMsp)),
                CertificateView.parser());
    }

    @Override
    public CertificateView amend(final AmendCertificateRequest request, final CommercialDetails newDetails) {
        KpGateway.Submission amendment = KpGateway.Submission.of(CERTIFICATE_CONTRACT, "AmendCertificate", request);
        if (newDetails != null) {
            amendment = amendment
                    .withTransient(Map.of(DETAILS, newDetails.toByteArray()))
                    .withEndorsingOrganizations(partiesOf(show(request.getNumber())));
        }
        return gateway.submit(amendment, CertificateView.parser());
    }

    @Override
    public CertificateView voidCertificate(final String number, final String reason) {
        return gateway.submit(
                CERTIFICATE_CONTRACT,
                "VoidCertificate",
                VoidCertificateRequest.newBuilder()
                        .setNumber(number)
                        .setReason(reason)
                        .build(),
                CertificateView.parser());
    }

    @Override
    public CertificateView show(final String number) {
        return gateway.evaluate(
                CERTIFICATE_CONTRACT,
                "GetCertificate",
                GetCertificateRequest.newBuilder().setNumber(number).build(),
                CertificateView.parser());
    }

    @Override
    public CertificateHistory history(final String number) {
        return gateway.evaluate(
                CERTIFICATE_CONTRACT,
                "GetCertificateHistory",
                GetCertificateHistoryRequest.newBuilder().setNumber(number).build(),
                CertificateHistory.parser());
    }

    @Override
    public CertificatePage list(
            final String participant,
            final TradeDirection direction,
            final String from,
            final String to,
            final int pageSize,
            final String bookmark) {
        return gateway.evaluate(
                CERTIFICATE_CONTRACT,
                "ListCertificates",
                ListCertificatesRequest.newBuilder()
                        .setParticipant(participant)
                        .setDirection(direction)
                        .setFrom(from)
                        .setTo(to)
                        .setPageSize(pageSize)
                        .setBookmark(bookmark == null ? "" : bookmark)
                        .build(),
                CertificatePage.parser());
    }

    @Override
    public CertificatePage pending(final String importer, final int pageSize, final String bookmark) {
        return gateway.evaluate(
                CERTIFICATE_CONTRACT,
                "ListPendingConfirmation",
                ListPendingConfirmationRequest.newBuilder()
                        .setImporter(importer)
                        .setPageSize(pageSize)
                        .setBookmark(bookmark == null ? "" : bookmark)
                        .build(),
                CertificatePage.parser());
    }

    @Override
    public CertificatePage disputed(final int pageSize, final String bookmark) {
        return gateway.evaluate(
                CERTIFICATE_CONTRACT,
                "ListDisputed",
                ListDisputedRequest.newBuilder()
                        .setPageSize(pageSize)
                        .setBookmark(bookmark == null ? "" : bookmark)
                        .build(),
                CertificatePage.parser());
    }

    @Override
    public CommercialDetails details(final String number) {
        return gateway.evaluate(
                CERTIFICATE_CONTRACT,
                "GetCommercialDetails",
                GetCommercialDetailsRequest.newBuilder().setNumber(number).build(),
                CommercialDetails.parser());
    }

    @Override
    public CertificateView seal(final String number, final String containerId, final String note) {
        return gateway.submit(
                CUSTODY_CONTRACT,
                "SealShipment",
                SealShipmentRequest.newBuilder()
                        .setCertificateNumber(number)
                        .setContainerId(containerId)
                        .setNote(note)
                        .build(),
                CertificateView.parser());
    }

    @Override
    public CertificateView transit(
            final String number, final String containerId, final boolean sealIntact, final String note) {
        return gateway.submit(
                CUSTODY_CONTRACT,
                "RecordTransit",
                step(number, containerId, sealIntact, note),
                CertificateView.parser());
    }

    @Override
    public CertificateView arrive(
            final String number, final String containerId, final boolean sealIntact, final String note) {
        return arrive(number, containerId, sealIntact, note, List.of());
    }

    @Override
    public CertificateView arrive(
            final String number,
            final String containerId,
            final boolean sealIntact,
            final String note,
            final List<String> endorsers) {
        return gateway.submit(
                KpGateway.Submission.of(CUSTODY_CONTRACT, "RecordArrival", step(number, containerId, sealIntact, note))
                        .withEndorsingOrganizations(endorsers),
                CertificateView.parser());
    }

    @Override
    public CertificateView confirm(final ConfirmImportRequest request, final CommercialDetails received) {
        return confirm(request, received, null);
    }

    @Override
    public CertificateView confirm(
            final ConfirmImportRequest request, final CommercialDetails received, final List<String> endorsers) {
        final List<String> orgs = endorsers != null ? endorsers : partiesOf(show(request.getCertificateNumber()));
        return gateway.submit(
                KpGateway.Submission.of(IMPORT_CONTRACT, "ConfirmImport", request)
                        .withTransient(Map.of(DETAILS, received.toByteArray()))
                        .withEndorsingOrganizations(orgs),
                CertificateView.parser());
    }

    @Override
    public DetailsVerification verify(final String number, final CommercialDetails presented) {
        return gateway.evaluate(
                KpGateway.Submission.of(
                                IMPORT_CONTRACT,
                                "VerifyDetails",
                                VerifyDetailsRequest.newBuilder()
                                        .setCertificateNumber(number)
                                        .build())
                        .withTransient(Map.of(DETAILS, presented.toByteArray())),
                DetailsVerification.parser());
    }

    private static CustodyStepRequest step(
            final String number, final String containerId, final boolean sealIntact, final String note) {
        return CustodyStepRequest.newBuilder()
                .setCertificateNumber(number)
                .setContainerId(containerId)
                .setSealIntact(sealIntact)
                .setNote(note)
                .build();
    }

    /**
     * The organisations of the Certificate's exporting and importing Participants, whose implicit collections
     * hold its details: one read of the registry for both.
     */
    private List<String> partiesOf(final CertificateView view) {
        final List<String> codes = List.of(
                view.getCertificate().getExportingParticipant(),
                view.getCertificate().getImportingParticipant());
        return registry.list().getParticipantsList().stream()
                .filter(p -> codes.contains(p.getCode()))
                .map(org.kpcs.protos.Participant::getMspId)
                .toList();
    }
}
