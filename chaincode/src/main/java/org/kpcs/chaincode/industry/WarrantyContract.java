package org.kpcs.chaincode.industry;

import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.kpcs.chaincode.ledger.KpcsContract;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.protos.AttestationList;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.GetSourceBalanceRequest;
import org.kpcs.protos.GetWarrantyRequest;
import org.kpcs.protos.IssueWarrantyRequest;
import org.kpcs.protos.ListAttestationsRequest;
import org.kpcs.protos.ReconcileFirmYearRequest;
import org.kpcs.protos.RecordAttestationRequest;
import org.kpcs.protos.RecordTransformationRequest;
import org.kpcs.protos.SourceKind;
import org.kpcs.protos.TraceCertificateRequest;
import org.kpcs.protos.TraceInvoiceRequest;

/**
 * The industry's chain of warranties (KPCS IV, "Principles of Industry Self-Regulation"): warranty invoices
 * that draw on their sources' balances, cutting and polishing, tracing, annual reconciliation and
 * independent auditors' attestations.
 */
@Contract(
        name = "Warranties",
        info = @Info(title = "KPCS industry system of warranties", version = "1"),
        transactionSerializer = "org.kpcs.chaincode.ledger.ProtoSerializer")
public final class WarrantyContract implements KpcsContract {
    /**
     * The selling firm records a warranty invoice: it draws the invoiced carats from the sources under which it
     * acquired them, and the buyer gets a new source with those carats.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] IssueWarranty(final TransactionContext ctx, final byte[] requestBytes) {
        return Ledger.bytes(Warranties.of(ctx).issue(Ledger.request(requestBytes, IssueWarrantyRequest.parser())));
    }

    /** A firm records cutting and polishing: rough drawn from its sources yields no more polished carats. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] RecordTransformation(final TransactionContext ctx, final byte[] requestBytes) {
        return Ledger.bytes(
                Transformations.of(ctx).record(Ledger.request(requestBytes, RecordTransformationRequest.parser())));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] GetWarranty(final TransactionContext ctx, final byte[] requestBytes) {
        return Ledger.bytes(Warranties.of(ctx)
                .get(Ledger.request(requestBytes, GetWarrantyRequest.parser()).getInvoiceId()));
    }

    /** A source's balance: how many carats its owner has left to warrant. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] GetSourceBalance(final TransactionContext ctx, final byte[] requestBytes) {
        final GetSourceBalanceRequest request = Ledger.request(requestBytes, GetSourceBalanceRequest.parser());
        final SourceKind kind = WarrantyRules.checkKind(request.getKind());
        return Ledger.bytes(SourceBalances.of(ctx)
                .find(kind, request.getRef())
                .orElseThrow(() -> Refusal.of(ErrorCode.SOURCE_NOT_FOUND, "no " + kind + " " + request.getRef())));
    }

    /** Backward: from an invoice (or a transformation) to the KP Certificates and countries of origin. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] TraceInvoice(final TransactionContext ctx, final byte[] requestBytes) {
        final TraceInvoiceRequest request = Ledger.request(requestBytes, TraceInvoiceRequest.parser());
        final SourceKind rootKind = request.getKind() == SourceKind.SOURCE_KIND_UNSPECIFIED
                ? SourceKind.INVOICE
                : WarrantyRules.checkKind(request.getKind());
        if (rootKind == SourceKind.CERTIFICATE) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "a certificate is where a trace ends; use TraceCertificate to follow it forward");
        }
        return Ledger.bytes(new Tracer(ctx.ledger()).backward(rootKind, request.getRef()));
    }

    /** Forward: from a KP Certificate to every invoice and transformation that drew on it. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] TraceCertificate(final TransactionContext ctx, final byte[] requestBytes) {
        final TraceCertificateRequest request = Ledger.request(requestBytes, TraceCertificateRequest.parser());
        return Ledger.bytes(new Tracer(ctx.ledger()).forward(request.getCertificateNumber()));
    }

    /** A firm's year: warranties received against issued, carats in and out, sources still held. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] ReconcileFirmYear(final TransactionContext ctx, final byte[] requestBytes) {
        final ReconcileFirmYearRequest request = Ledger.request(requestBytes, ReconcileFirmYearRequest.parser());
        return Ledger.bytes(new FirmYears(ctx).reconcile(request.getFirmId(), request.getYear()));
    }

    /** An independent auditor attests a firm's year (KPCS IV: warranties verified by independent auditors). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] RecordAttestation(final TransactionContext ctx, final byte[] requestBytes) {
        return Ledger.bytes(
                Attestations.of(ctx).record(Ledger.request(requestBytes, RecordAttestationRequest.parser())));
    }

    /** The attested years of a firm. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] ListAttestations(final TransactionContext ctx, final byte[] requestBytes) {
        final String firmId =
                Ledger.request(requestBytes, ListAttestationsRequest.parser()).getFirmId();
        Firms.of(ctx).get(firmId);
        return Ledger.bytes(AttestationList.newBuilder()
                .addAllAttestations(Attestations.of(ctx).of(firmId))
                .build());
    }
}
