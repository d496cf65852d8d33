package org.kpcs.gateway.industry;

import org.kpcs.gateway.client.KpGateway;
import org.kpcs.protos.Attestation;
import org.kpcs.protos.AttestationList;
import org.kpcs.protos.CertificateUse;
import org.kpcs.protos.Firm;
import org.kpcs.protos.FirmPage;
import org.kpcs.protos.FirmYearReconciliation;
import org.kpcs.protos.IssueWarrantyRequest;
import org.kpcs.protos.RecordTransformationRequest;
import org.kpcs.protos.RegisterFirmRequest;
import org.kpcs.protos.SourceBalance;
import org.kpcs.protos.SourceKind;
import org.kpcs.protos.Transformation;
import org.kpcs.protos.Warranty;
import org.kpcs.protos.WarrantyTrace;

/** The industry's self-regulation (KPCS IV, Annex II 6, 13-16), as a client calls it: firms and sanctions, warranty invoices, cutting and polishing, tracing, reconciliation and audit. */
public interface Industry {
    /** The industry over a connection. */
    static Industry of(final KpGateway gateway) {
        return new GatewayIndustry(gateway);
    }

    Firm registerFirm(RegisterFirmRequest request);

    Firm sanction(String firmId, String reason, String reference);

    Firm firm(String firmId);

    FirmPage firms(String country, int pageSize, String bookmark);

    Warranty issueWarranty(IssueWarrantyRequest request);

    Transformation transform(RecordTransformationRequest request);

    Warranty warranty(String invoiceId);

    SourceBalance balance(SourceKind kind, String ref);

    /** Backward from an invoice (or a transformation) to the KP Certificates and countries of origin. */
    WarrantyTrace trace(SourceKind kind, String ref);

    /** Forward from a KP Certificate to every invoice that drew on it. */
    CertificateUse traceCertificate(String number);

    FirmYearReconciliation reconcile(String firmId, int year);

    Attestation attest(String firmId, int year, String auditFirm, String reportHash, String opinion);

    AttestationList attestations(String firmId);
}
