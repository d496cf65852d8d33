package org.kpcs.chaincode.certificate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.kpcs.chaincode.industry.SourceBalances;
import org.kpcs.chaincode.industry.WarrantyContract;
import org.kpcs.chaincode.ledger.Caller;
import org.kpcs.chaincode.ledger.KpcsContract;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.ReadsPrivateData;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.ledger.Role;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.chaincode.participant.Participants;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.ConfirmImportRequest;
import org.kpcs.protos.DetailsVerification;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.ImportConfirmation;
import org.kpcs.protos.ImportReceipt;
import org.kpcs.protos.Participant;
import org.kpcs.protos.SourceBalance;
import org.kpcs.protos.SourceKind;
import org.kpcs.protos.VerifyDetailsRequest;

/**
 * Confirmation of receipt by the importing Participant's Importing Authority (KPCS III(b), Annex II 23-25):
 * once only, checked against the Certificate; a mismatch disputes the Certificate instead of passing.
 */
@Contract(
        name = "Imports",
        info = @Info(title = "KPCS import confirmation", version = "1"),
        transactionSerializer = "org.kpcs.chaincode.ledger.ProtoSerializer")
public final class ImportContract implements KpcsContract {
    private static final Logger LOG = Logger.getLogger(ImportContract.class.getName());

    /**
     * Confirms receipt. The request ({@code ConfirmImportRequest}) gives the parcels, carats and date of
     * receipt found on inspection; the commercial details received with the shipment travel as transient
     * data "details" and are checked against the Certificate's hash, then kept in the importing Participant's
     * implicit collection. Any mismatch disputes the Certificate and tells the Chair and the exporter.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] ConfirmImport(final TransactionContext ctx, final byte[] requestBytes) {
        final ConfirmImportRequest request = Ledger.request(requestBytes, ConfirmImportRequest.parser());
        final Ledger ledger = ctx.ledger();
        final CertificateRecords records = CertificateRecords.of(ctx);
        final CertificateView view = records.view(request.getCertificateNumber());
        final Certificate certificate = view.getCertificate();
        final Caller caller = ctx.caller();
        final Participants participants = Participants.of(ctx);
        final Participant importer = participants.requireAuthorityOf(
                caller, certificate.getImportingParticipant(), Role.IMPORTING_AUTHORITY);
        CertificateRecords.requireStatus(view, "confirmed", CertificateStatus.ARRIVED_AT_IMPORT);
        // KPCS III(c): no import from a non-Participant or a suspended one
        CustodyContract.requireBothActive(ctx, certificate);
        records.requireNotBeforeLastRecord(view);
        final LocalDate received = CertificateRules.parseDate("date of receipt", request.getDateOfReceipt());
        final LocalDate arrived = CertificateRules.dateOf(
                java.time.Instant.ofEpochSecond(view.getReceipt().getArrivedAt().getSeconds()));
        if (received.isBefore(arrived) || received.isAfter(CertificateRules.dateOf(ledger.txTime()))) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "date of receipt " + received + " must lie between the recorded" + " arrival (" + arrived
                            + ") and today");
        }
        final CommercialDetails details = CertificateContract.details(ledger);
        final boolean detailsMatch = CertificateRules.hash(details).equals(certificate.getCommercialDetailsHash());
        final List<String> mismatches = new ArrayList<>();
        if (detailsMatch) {
            // the firms named were checked at issuance; one sanctioned since then disputes the import
            mismatches.addAll(CertificateContract.firmProblems(
                    ctx, details, certificate.getExportingParticipant(), certificate.getImportingParticipant()));
        }
        if (request.getNumberOfParcels() != certificate.getNumberOfParcels()) {
            mismatches.add("parcels: the Certificate says " + certificate.getNumberOfParcels() + ", "
                    + request.getNumberOfParcels() + " received");
        }
        if (request.getCaratWeightMilli() != certificate.getCaratWeightMilli()) {
            mismatches.add("carat weight: the Certificate says " + Carats.format(certificate.getCaratWeightMilli())
                    + ", " + Carats.format(request.getCaratWeightMilli()) + " received");
        }
        if (!detailsMatch) {
            mismatches.add("the importer's and exporter's details, value or invoice received do not match the"
                    + " Certificate's hash");
        }
        final ImportConfirmation confirmation = ImportConfirmation.newBuilder()
                .setCertificateNumber(certificate.getNumber())
                .setNumberOfParcels(request.getNumberOfParcels())
                .setCaratWeightMilli(request.getCaratWeightMilli())
                .setDateOfReceipt(received.toString())
                .setDetailsMatch(detailsMatch)
                .setConfirmedBy(caller.id())
                .setConfirmedAt(ledger.txTimestamp())
                .setTxId(ledger.txId())
                .build();
        // the importer keeps what it received, as evidence whether it matched or not
        ledger.writePrivate(Ledger.implicitCollection(importer.getMspId()), certificate.getNumber(), details);
        final ImportReceipt.Builder receipt = view.getReceipt().toBuilder().setLastTxId(ledger.txId());
        final ImportReceipt written;
        if (mismatches.isEmpty()) {
            written = receipt.setConfirmed(true).setConfirmation(confirmation).build();
            records.update(written);
            records.closePending(certificate);
            openSource(ctx, certificate, details, received);
            records.emit(CertificateContract.event(certificate, CertificateStatus.CONFIRMED)
                    .setConfirmed(confirmation)
                    .build());
            LOG.info(() -> "import of Certificate " + certificate.getNumber() + " confirmed by " + importer.getCode()
                    + " in tx " + ledger.txId());
        } else {
            written = receipt.setDisputed(true)
                    .setConfirmation(confirmation)
                    .addAllDisputeReasons(mismatches)
                    .setDisputedAt(ledger.txTimestamp())
                    .build();
            records.update(written);
            CustodyContract.dispute(records, certificate, mismatches, importer.getCode());
        }
        return Ledger.bytes(records.viewAfter(view, written, null));
    }

    /**
     * A confirmed import by a registered firm becomes that firm's first source in the chain of warranties: it
     * may warrant up to the certificate's carats (KPCS IV, industry self-regulation).
     */
    private static void openSource(
            final TransactionContext ctx,
            final Certificate certificate,
            final CommercialDetails details,
            final LocalDate received) {
        final String firm = details.getImporter().getFirmId();
        if (firm.isEmpty()) {
            return;
        }
        SourceBalances.of(ctx)
                .open(SourceBalance.newBuilder()
                        .setKind(SourceKind.CERTIFICATE)
                        .setRef(certificate.getNumber())
                        .setOwnerFirm(firm)
                        .setReceivedMilli(certificate.getCaratWeightMilli())
                        .setRemainingMilli(certificate.getCaratWeightMilli())
                        .setAcquiredOn(received.toString())
                        .setOrigin(certificate.getOrigin())
                        .addAllMixedOrigins(certificate.getMixedOriginsList())
                        .build());
        ctx.ledger()
                .write(
                        WarrantyContract.INDEX_CERT_IN + firm + "~" + received + "~" + certificate.getNumber(),
                        certificate.getNumber());
    }

    /**
     * The Importing Authority checks the details it received against the Certificate's hash, without
     * recording anything.
     */
    @ReadsPrivateData
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] VerifyDetails(final TransactionContext ctx, final byte[] requestBytes) {
        final String number =
                Ledger.request(requestBytes, VerifyDetailsRequest.parser()).getCertificateNumber();
        final Ledger ledger = ctx.ledger();
        final Certificate certificate = CertificateRecords.of(ctx).certificate(number);
        Participants.of(ctx)
                .requireAuthorityOf(
                        ctx.caller(), certificate.getImportingParticipant(), Role.IMPORTING_AUTHORITY, Role.CUSTOMS);
        final String presented = CertificateRules.hash(CertificateContract.details(ledger));
        return Ledger.bytes(DetailsVerification.newBuilder()
                .setCertificateNumber(number)
                .setExpectedHash(certificate.getCommercialDetailsHash())
                .setPresentedHash(presented)
                .setMatches(presented.equals(certificate.getCommercialDetailsHash()))
                .build());
    }
}
