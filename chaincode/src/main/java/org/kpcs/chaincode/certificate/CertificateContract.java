package org.kpcs.chaincode.certificate;

import java.time.LocalDate;
import java.util.logging.Logger;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.kpcs.chaincode.industry.SourceBalances;
import org.kpcs.chaincode.ledger.Caller;
import org.kpcs.chaincode.ledger.Dates;
import org.kpcs.chaincode.ledger.KpcsContract;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.ReadsPrivateData;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.ledger.Role;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.chaincode.participant.Participants;
import org.kpcs.protos.AmendCertificateRequest;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.GetCertificateHistoryRequest;
import org.kpcs.protos.GetCertificateRequest;
import org.kpcs.protos.GetCommercialDetailsRequest;
import org.kpcs.protos.IssueCertificateRequest;
import org.kpcs.protos.ListCertificatesRequest;
import org.kpcs.protos.ListDisputedRequest;
import org.kpcs.protos.ListPendingConfirmationRequest;
import org.kpcs.protos.Participant;
import org.kpcs.protos.SourceKind;
import org.kpcs.protos.TradeDirection;
import org.kpcs.protos.VoidCertificateRequest;

/**
 * Kimberley Process Certificates: issuance by the exporting Participant's Exporting Authority (KPCS II, Annex
 * I, Annex II 17-20), amendment and voiding before confirmation, and the public queries.
 */
@Contract(
        name = "Certificates",
        info = @Info(title = "KPCS Certificates", version = "1"),
        transactionSerializer = "org.kpcs.chaincode.ledger.ProtoSerializer")
public final class CertificateContract implements KpcsContract {
    private static final Logger LOG = Logger.getLogger(CertificateContract.class.getName());

    /**
     * The Exporting Authority validates a Certificate for a shipment to another Participant. The request is a
     * {@code IssueCertificateRequest}; the commercial details ({@code CommercialDetails}) travel as transient
     * data under "details" and are kept in the exporting Participant's implicit collection, with only their
     * hash on the public Certificate.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] IssueCertificate(final TransactionContext ctx, final byte[] requestBytes) {
        return Ledger.bytes(
                CertificateIssuance.issue(ctx, Ledger.request(requestBytes, IssueCertificateRequest.parser())));
    }

    /** The issuer amends a Certificate before confirmation; the reason and the changed fields are recorded. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] AmendCertificate(final TransactionContext ctx, final byte[] requestBytes) {
        return Ledger.bytes(
                CertificateAmendment.amend(ctx, Ledger.request(requestBytes, AmendCertificateRequest.parser())));
    }

    /** The issuer voids a Certificate before confirmation, with a reason. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] VoidCertificate(final TransactionContext ctx, final byte[] requestBytes) {
        final VoidCertificateRequest request = Ledger.request(requestBytes, VoidCertificateRequest.parser());
        final String number = request.getNumber();
        final String reason = request.getReason();
        final Ledger ledger = ctx.ledger();
        final CertificateRecords records = CertificateRecords.of(ctx);
        final CertificateView view = records.view(number);
        CertificateRecords.requireIssuer(ctx, view.getCertificate());
        CertificateRules.requireStatus(
                view,
                "voided",
                CertificateStatus.ISSUED,
                CertificateStatus.SEALED_FOR_EXPORT,
                CertificateStatus.IN_TRANSIT,
                CertificateStatus.ARRIVED_AT_IMPORT,
                CertificateStatus.DISPUTED,
                CertificateStatus.EXPIRED);
        if (reason.isBlank()) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "voiding needs a reason, kept in the Certificate's history");
        }
        records.requireNotBeforeLastRecord(view);
        final Certificate voided = view.getCertificate().toBuilder()
                .setVoided(true)
                .setVoidReason(reason.strip())
                .setLastTxId(ledger.txId())
                .build();
        records.update(voided);
        records.closePending(voided);
        final SourceBalances balances = SourceBalances.of(ctx);
        voided.getExporterSourcesList()
                .forEach(draw -> balances.giveBack(draw, SourceKind.CERTIFICATE, voided.getNumber()));
        records.emit(CertificateRecords.event(voided, CertificateStatus.VOID)
                .setVoidedReason(reason.strip())
                .build());
        LOG.info(() -> "voided Certificate " + number + " in tx " + ledger.txId());
        return Ledger.bytes(records.assemble(voided, view.getReceipt(), view.getCustodyList()));
    }

    /** A Certificate with its custody records, the importer's side and its status now. Public. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] GetCertificate(final TransactionContext ctx, final byte[] requestBytes) {
        final GetCertificateRequest request = Ledger.request(requestBytes, GetCertificateRequest.parser());
        return Ledger.bytes(CertificateRecords.of(ctx).view(request.getNumber()));
    }

    /** Every state of the Certificate's records, each with its transaction id and timestamp. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] GetCertificateHistory(final TransactionContext ctx, final byte[] requestBytes) {
        final GetCertificateHistoryRequest request =
                Ledger.request(requestBytes, GetCertificateHistoryRequest.parser());
        return Ledger.bytes(new CertificateHistories(ctx.ledger(), CertificateRecords.of(ctx)).of(request.getNumber()));
    }

    /**
     * Certificates of one Participant, EXPORT or IMPORT, issued between two dates (inclusive), one page at a
     * time.
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] ListCertificates(final TransactionContext ctx, final byte[] requestBytes) {
        final ListCertificatesRequest request = Ledger.request(requestBytes, ListCertificatesRequest.parser());
        Participants.of(ctx).get(request.getParticipant());
        final TradeDirection direction = request.getDirection();
        if (direction != TradeDirection.EXPORT && direction != TradeDirection.IMPORT) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "direction must be EXPORT or IMPORT, not " + direction);
        }
        final LocalDate start = Dates.parse("from", request.getFrom());
        final LocalDate end = Dates.parse("to", request.getTo());
        if (end.isBefore(start)) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT, "the period ends (" + end + ") before it starts (" + start + ")");
        }
        return Ledger.bytes(CertificateRecords.of(ctx)
                .byParticipant(
                        request.getParticipant(),
                        direction.name(),
                        start.toString(),
                        end.toString(),
                        Ledger.pageSize(request.getPageSize()),
                        request.getBookmark()));
    }

    /** Certificates awaiting the given importing Participant's confirmation of receipt. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] ListPendingConfirmation(final TransactionContext ctx, final byte[] requestBytes) {
        final ListPendingConfirmationRequest request =
                Ledger.request(requestBytes, ListPendingConfirmationRequest.parser());
        Participants.of(ctx).get(request.getImporter());
        return Ledger.bytes(CertificateRecords.of(ctx)
                .pending(request.getImporter(), Ledger.pageSize(request.getPageSize()), request.getBookmark()));
    }

    /** Disputed Certificates: a broken seal, a wrong container or details that do not match. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] ListDisputed(final TransactionContext ctx, final byte[] requestBytes) {
        final ListDisputedRequest request = Ledger.request(requestBytes, ListDisputedRequest.parser());
        return Ledger.bytes(
                CertificateRecords.of(ctx).disputed(Ledger.pageSize(request.getPageSize()), request.getBookmark()));
    }

    /**
     * The commercial details, from the caller's own Participant's implicit collection: the exporting and the
     * importing Participant's authorities hold them; nobody else does.
     */
    @ReadsPrivateData
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] GetCommercialDetails(final TransactionContext ctx, final byte[] requestBytes) {
        final String number = Ledger.request(requestBytes, GetCommercialDetailsRequest.parser())
                .getNumber();
        final Caller caller = ctx.caller();
        caller.requireAnyRole(Role.EXPORTING_AUTHORITY, Role.IMPORTING_AUTHORITY, Role.CUSTOMS);
        final Ledger ledger = ctx.ledger();
        final Certificate certificate = CertificateRecords.of(ctx).certificate(number);
        final Participant own = Participants.of(ctx).forMsp(caller.mspId());
        if (!own.getCode().equals(certificate.getExportingParticipant())
                && !own.getCode().equals(certificate.getImportingParticipant())) {
            throw Refusal.of(
                    ErrorCode.DETAILS_NOT_FOUND,
                    "only " + certificate.getExportingParticipant() + " and " + certificate.getImportingParticipant()
                            + " keep the commercial details of " + number);
        }
        return Ledger.bytes(
                ledger.readPrivate(Ledger.implicitCollection(caller.mspId()), number, CommercialDetails.parser())
                        .orElseThrow(() -> Refusal.of(
                                ErrorCode.DETAILS_NOT_FOUND,
                                own.getCode()
                                        + "'s collection holds no details for " + number
                                        + " yet; the importer stores them when it confirms receipt")));
    }
}
