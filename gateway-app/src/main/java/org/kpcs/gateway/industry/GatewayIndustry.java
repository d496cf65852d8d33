package org.kpcs.gateway.industry;

import java.util.Objects;
import org.kpcs.gateway.client.KpGateway;
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

/** Industry through the Fabric gateway. */
final class GatewayIndustry implements Industry {
    private static final String FIRMS = "Firms";
    private static final String WARRANTIES = "Warranties";

    private final KpGateway gateway;

    GatewayIndustry(final KpGateway gateway) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
    }

    @Override
    public Firm registerFirm(final RegisterFirmRequest request) {
        return gateway.submit(KpGateway.Submission.of(FIRMS, "RegisterFirm", request), Firm.parser());
    }

    @Override
    public Firm sanction(final String firmId, final String reason, final String reference) {
        return gateway.submit(
                FIRMS,
                "SanctionFirm",
                SanctionFirmRequest.newBuilder()
                        .setFirmId(firmId)
                        .setReason(reason)
                        .setReference(reference)
                        .build(),
                Firm.parser());
    }

    @Override
    public Firm firm(final String firmId) {
        return gateway.evaluate(
                FIRMS, "GetFirm", GetFirmRequest.newBuilder().setFirmId(firmId).build(), Firm.parser());
    }

    @Override
    public FirmPage firms(final String country, final int pageSize, final String bookmark) {
        return gateway.evaluate(
                FIRMS,
                "ListFirms",
                ListFirmsRequest.newBuilder()
                        .setCountry(country)
                        .setPageSize(pageSize)
                        .setBookmark(bookmark == null ? "" : bookmark)
                        .build(),
                FirmPage.parser());
    }

    @Override
    public Warranty issueWarranty(final IssueWarrantyRequest request) {
        return gateway.submit(KpGateway.Submission.of(WARRANTIES, "IssueWarranty", request), Warranty.parser());
    }

    @Override
    public Transformation transform(final RecordTransformationRequest request) {
        return gateway.submit(
                KpGateway.Submission.of(WARRANTIES, "RecordTransformation", request), Transformation.parser());
    }

    @Override
    public Warranty warranty(final String invoiceId) {
        return gateway.evaluate(
                WARRANTIES,
                "GetWarranty",
                GetWarrantyRequest.newBuilder().setInvoiceId(invoiceId).build(),
                Warranty.parser());
    }

    @Override
    public SourceBalance balance(final SourceKind kind, final String ref) {
        return gateway.evaluate(
                WARRANTIES,
                "GetSourceBalance",
                GetSourceBalanceRequest.newBuilder().setKind(kind).setRef(ref).build(),
                SourceBalance.parser());
    }

    @Override
    public WarrantyTrace trace(final SourceKind kind, final String ref) {
        return gateway.evaluate(
                WARRANTIES,
                "TraceInvoice",
                TraceInvoiceRequest.newBuilder().setKind(kind).setRef(ref).build(),
                WarrantyTrace.parser());
    }

    @Override
    public CertificateUse traceCertificate(final String number) {
        return gateway.evaluate(
                WARRANTIES,
                "TraceCertificate",
                TraceCertificateRequest.newBuilder()
                        .setCertificateNumber(number)
                        .build(),
                CertificateUse.parser());
    }

    @Override
    public FirmYearReconciliation reconcile(final String firmId, final int year) {
        return gateway.evaluate(
                WARRANTIES,
                "ReconcileFirmYear",
                ReconcileFirmYearRequest.newBuilder()
                        .setFirmId(firmId)
                        .setYear(year)
                        .build(),
                FirmYearReconciliation.parser());
    }

    @Override
    public Attestation attest(
            final String firmId,
            final int year,
            final String auditFirm,
            final String reportHash,
            final String opinion) {
        return gateway.submit(
                WARRANTIES,
                "RecordAttestation",
                RecordAttestationRequest.newBuilder()
                        .setFirmId(firmId)
                        .setYear(year)
                        .setAuditFirm(auditFirm)
                        .setReportHash(reportHash)
                        .setOpinion(opinion)
                        .build(),
                Attestation.parser());
    }

    @Override
    public AttestationList attestations(final String firmId) {
        return gateway.evaluate(
                WARRANTIES,
                "ListAttestations",
                ListAttestationsRequest.newBuilder().setFirmId(firmId).build(),
                AttestationList.parser());
    }
}
