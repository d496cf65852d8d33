package org.kpcs.gateway.industry;

import java.util.Objects;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.client.Responses;
import org.kpcs.protos.Attestation;
import org.kpcs.protos.AttestationList;
import org.kpcs.protos.CertificateUse;
import org.kpcs.protos.Firm;
import org.kpcs.protos.FirmPage;
import org.kpcs.protos.FirmYearReconciliation;
import org.kpcs.protos.GetFirmRequest;
import org.kpcs.protos.GetSourceBalanceRequest;
import org.kpcs.protos.GetWarrantyRequest;
import org.kpcs.protos.IssueWarrantyRequest;
import org.kpcs.protos.ListAttestationsRequest;
import org.kpcs.protos.ListFirmsRequest;
import org.kpcs.protos.ReconcileFirmYearRequest;
import org.kpcs.protos.RecordAttestationRequest;
import org.kpcs.protos.RecordTransformationRequest;
import org.kpcs.protos.RegisterFirmRequest;
import org.kpcs.protos.SanctionFirmRequest;
import org.kpcs.protos.SourceBalance;
import org.kpcs.protos.SourceKind;
import org.kpcs.protos.TraceCertificateRequest;
import org.kpcs.protos.TraceInvoiceRequest;
import org.kpcs.protos.Transformation;
import org.kpcs.protos.Warranty;
import org.kpcs.protos.WarrantyTrace;

/**
 * The industry's self-regulation (KPCS IV, Annex II 6, 13-16) as a client calls it: licensed firms and
 * sanctions, warranty invoices, cutting and polishing, tracing, reconciliation and audit.
 */
public final class Industry {
    private static final String FIRMS = "Firms";
    private static final String WARRANTIES = "Warranties";

    private final KpGateway gateway;

    public Industry(final KpGateway gateway) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
    }

    public Firm registerFirm(final RegisterFirmRequest request) {
        return Responses.parse(gateway.submit(KpGateway.Submission.of(FIRMS, "RegisterFirm", request)), Firm.parser());
    }

    public Firm sanction(final String firmId, final String reason, final String reference) {
        return Responses.parse(
                gateway.submit(
                        FIRMS,
                        "SanctionFirm",
                        SanctionFirmRequest.newBuilder()
                                .setFirmId(firmId)
                                .setReason(reason)
                                .setReference(reference)
                                .build()),
                Firm.parser());
    }

    public Firm firm(final String firmId) {
        return Responses.parse(
                gateway.evaluate(
                        FIRMS,
                        "GetFirm",
                        GetFirmRequest.newBuilder().setFirmId(firmId).build()),
                Firm.parser());
    }

    public FirmPage firms(final String country, final int pageSize, final String bookmark) {
        return Responses.parse(
                gateway.evaluate(
                        FIRMS,
                        "ListFirms",
                        ListFirmsRequest.newBuilder()
                                .setCountry(country)
                                .setPageSize(pageSize)
                                .setBookmark(bookmark == null ? "" : bookmark)
                                .build()),
                FirmPage.parser());
    }

    public Warranty issueWarranty(final IssueWarrantyRequest request) {
        return Responses.parse(
                gateway.submit(KpGateway.Submission.of(WARRANTIES, "IssueWarranty", request)), Warranty.parser());
    }

    public Transformation transform(final RecordTransformationRequest request) {
        return Responses.parse(
                gateway.submit(KpGateway.Submission.of(WARRANTIES, "RecordTransformation", request)),
                Transformation.parser());
    }

    public Warranty warranty(final String invoiceId) {
        return Responses.parse(
                gateway.evaluate(
                        WARRANTIES,
                        "GetWarranty",
                        GetWarrantyRequest.newBuilder().setInvoiceId(invoiceId).build()),
                Warranty.parser());
    }

    public SourceBalance balance(final SourceKind kind, final String ref) {
        return Responses.parse(
                gateway.evaluate(
                        WARRANTIES,
                        "GetSourceBalance",
                        GetSourceBalanceRequest.newBuilder()
                                .setKind(kind)
                                .setRef(ref)
                                .build()),
                SourceBalance.parser());
    }

    /** Backward from an invoice (or a transformation) to the KP Certificates and countries of origin. */
    public WarrantyTrace trace(final SourceKind kind, final String ref) {
        return Responses.parse(
                gateway.evaluate(
                        WARRANTIES,
                        "TraceInvoice",
                        TraceInvoiceRequest.newBuilder()
                                .setKind(kind)
                                .setRef(ref)
                                .build()),
                WarrantyTrace.parser());
    }

    /** Forward from a KP Certificate to every invoice that drew on it. */
    public CertificateUse traceCertificate(final String number) {
        return Responses.parse(
                gateway.evaluate(
                        WARRANTIES,
                        "TraceCertificate",
                        TraceCertificateRequest.newBuilder()
                                .setCertificateNumber(number)
                                .build()),
                CertificateUse.parser());
    }

    public FirmYearReconciliation reconcile(final String firmId, final int year) {
        return Responses.parse(
                gateway.evaluate(
                        WARRANTIES,
                        "ReconcileFirmYear",
                        ReconcileFirmYearRequest.newBuilder()
                                .setFirmId(firmId)
                                .setYear(year)
                                .build()),
                FirmYearReconciliation.parser());
    }

    public Attestation attest(
            final String firmId,
            final int year,
            final String auditFirm,
            final String reportHash,
            final String opinion) {
        return Responses.parse(
                gateway.submit(
                        WARRANTIES,
                        "RecordAttestation",
                        RecordAttestationRequest.newBuilder()
                                .setFirmId(firmId)
                                .setYear(year)
                                .setAuditFirm(auditFirm)
                                .setReportHash(reportHash)
                                .setOpinion(opinion)
                                .build()),
                Attestation.parser());
    }

    public AttestationList attestations(final String firmId) {
        return Responses.parse(
                gateway.evaluate(
                        WARRANTIES,
                        "ListAttestations",
                        ListAttestationsRequest.newBuilder().setFirmId(firmId).build()),
                AttestationList.parser());
    }
}
