package org.kpcs.chaincode.testing;

import org.kpcs.protos.ApproveStatusChangeRequest;
import org.kpcs.protos.CustodyStepRequest;
import org.kpcs.protos.GetCertificateHistoryRequest;
import org.kpcs.protos.GetCertificateRequest;
import org.kpcs.protos.GetCommercialDetailsRequest;
import org.kpcs.protos.GetParticipantRequest;
import org.kpcs.protos.GetProposalRequest;
import org.kpcs.protos.GetSourceBalanceRequest;
import org.kpcs.protos.ListAttestationsRequest;
import org.kpcs.protos.ListCertificatesRequest;
import org.kpcs.protos.ListDisputedRequest;
import org.kpcs.protos.ListFirmsRequest;
import org.kpcs.protos.ListPendingConfirmationRequest;
import org.kpcs.protos.ParticipantStatus;
import org.kpcs.protos.ProposeStatusChangeRequest;
import org.kpcs.protos.ReconcileFirmYearRequest;
import org.kpcs.protos.RecordAttestationRequest;
import org.kpcs.protos.SanctionFirmRequest;
import org.kpcs.protos.SealShipmentRequest;
import org.kpcs.protos.SourceKind;
import org.kpcs.protos.TraceCertificateRequest;
import org.kpcs.protos.TraceInvoiceRequest;
import org.kpcs.protos.TradeDirection;
import org.kpcs.protos.VerifyDetailsRequest;
import org.kpcs.protos.VoidCertificateRequest;

/** The request messages of the transactions whose tests build them field by field, in the order they read. */
public final class Requests {
    private Requests() {}

    public static GetParticipantRequest getParticipant(final String code) {
        return GetParticipantRequest.newBuilder().setCode(code).build();
    }

    public static ProposeStatusChangeRequest proposeStatusChange(
            final String code, final ParticipantStatus status, final String reason) {
        return ProposeStatusChangeRequest.newBuilder()
                .setParticipantCode(code)
                .setProposedStatus(status)
                .setReason(reason)
                .build();
    }

    public static ApproveStatusChangeRequest approveStatusChange(final String proposalId) {
        return ApproveStatusChangeRequest.newBuilder().setProposalId(proposalId).build();
    }

    public static GetProposalRequest getProposal(final String proposalId) {
        return GetProposalRequest.newBuilder().setProposalId(proposalId).build();
    }

    public static VoidCertificateRequest voidCertificate(final String number, final String reason) {
        return VoidCertificateRequest.newBuilder()
                .setNumber(number)
                .setReason(reason)
                .build();
    }

    public static GetCertificateRequest getCertificate(final String number) {
        return GetCertificateRequest.newBuilder().setNumber(number).build();
    }

    public static GetCertificateHistoryRequest getCertificateHistory(final String number) {
        return GetCertificateHistoryRequest.newBuilder().setNumber(number).build();
    }

    public static GetCommercialDetailsRequest getCommercialDetails(final String number) {
        return GetCommercialDetailsRequest.newBuilder().setNumber(number).build();
    }

    public static ListCertificatesRequest listCertificates(
            final String participant,
            final TradeDirection direction,
            final String from,
            final String to,
            final int pageSize,
            final String bookmark) {
        return ListCertificatesRequest.newBuilder()
                .setParticipant(participant)
                .setDirection(direction)
                .setFrom(from)
                .setTo(to)
                .setPageSize(pageSize)
                .setBookmark(bookmark)
                .build();
    }

    public static ListPendingConfirmationRequest listPendingConfirmation(
            final String importer, final int pageSize, final String bookmark) {
        return ListPendingConfirmationRequest.newBuilder()
                .setImporter(importer)
                .setPageSize(pageSize)
                .setBookmark(bookmark)
                .build();
    }

    public static ListDisputedRequest listDisputed(final int pageSize, final String bookmark) {
        return ListDisputedRequest.newBuilder()
                .setPageSize(pageSize)
                .setBookmark(bookmark)
                .build();
    }

    public static SealShipmentRequest sealShipment(final String number, final String container, final String note) {
        return SealShipmentRequest.newBuilder()
                .setCertificateNumber(number)
                .setContainerId(container)
                .setNote(note)
                .build();
    }

    /** RecordTransit and RecordArrival: the container seen and whether its seal was intact. */
    public static CustodyStepRequest custodyStep(
            final String number, final String container, final boolean sealIntact, final String note) {
        return CustodyStepRequest.newBuilder()
                .setCertificateNumber(number)
                .setContainerId(container)
                .setSealIntact(sealIntact)
                .setNote(note)
                .build();
    }

    public static VerifyDetailsRequest verifyDetails(final String number) {
        return VerifyDetailsRequest.newBuilder().setCertificateNumber(number).build();
    }

    public static SanctionFirmRequest sanctionFirm(final String firmId, final String reason, final String reference) {
        return SanctionFirmRequest.newBuilder()
                .setFirmId(firmId)
                .setReason(reason)
                .setReference(reference)
                .build();
    }

    public static ListFirmsRequest listFirms(final String country, final int pageSize, final String bookmark) {
        return ListFirmsRequest.newBuilder()
                .setCountry(country)
                .setPageSize(pageSize)
                .setBookmark(bookmark)
                .build();
    }

    public static GetSourceBalanceRequest getSourceBalance(final SourceKind kind, final String ref) {
        return GetSourceBalanceRequest.newBuilder().setKind(kind).setRef(ref).build();
    }

    public static TraceInvoiceRequest traceInvoice(final SourceKind kind, final String ref) {
        return TraceInvoiceRequest.newBuilder().setKind(kind).setRef(ref).build();
    }

    public static TraceCertificateRequest traceCertificate(final String number) {
        return TraceCertificateRequest.newBuilder().setCertificateNumber(number).build();
    }

    public static ReconcileFirmYearRequest reconcileFirmYear(final String firmId, final int year) {
        return ReconcileFirmYearRequest.newBuilder()
                .setFirmId(firmId)
                .setYear(year)
                .build();
    }

    public static RecordAttestationRequest recordAttestation(
            final String firmId,
            final int year,
            final String auditFirm,
            final String reportHash,
            final String opinion) {
        return RecordAttestationRequest.newBuilder()
                .setFirmId(firmId)
                .setYear(year)
                .setAuditFirm(auditFirm)
                .setReportHash(reportHash)
                .setOpinion(opinion)
                .build();
    }

    public static ListAttestationsRequest listAttestations(final String firmId) {
        return ListAttestationsRequest.newBuilder().setFirmId(firmId).build();
    }
}
