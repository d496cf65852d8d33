package org.kpcs.chaincode.certificate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.kpcs.chaincode.industry.Firms;
import org.kpcs.chaincode.industry.SourceBalances;
import org.kpcs.chaincode.ledger.Caller;
import org.kpcs.chaincode.ledger.KpcsContract;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.ReadsPrivateData;
import org.kpcs.chaincode.ledger.Role;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.chaincode.participant.Participants;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.ConfirmImportRequest;
import org.kpcs.protos.DetailsVerification;
import org.kpcs.protos.ImportConfirmation;
import org.kpcs.protos.ImportReceipt;
import org.kpcs.protos.Participant;
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
        CertificateRules.requireStatus(view, "confirmed", CertificateStatus.ARRIVED_AT_IMPORT);
        // KPCS III(c): no import from a non-Participant or a suspended one
        Participants.of(ctx)
                .requireTradeBetween(certificate.getExportingParticipant(), certificate.getImportingParticipant());
        records.requireNotBeforeLastRecord(view);
        final LocalDate received =
                CertificateRules.checkReceiptDate(request.getDateOfReceipt(), view.getReceipt(), ledger.txTime());
        final CommercialDetails details = PresentedDetails.require(ledger);
        final boolean detailsMatch = CertificateRules.hash(details).equals(certificate.getCommercialDetailsHash());
        final List<String> mismatches = new ArrayList<>();
        if (detailsMatch) {
            // the firms named were checked at issuance; one sanctioned since then disputes the import
            mismatches.addAll(Firms.of(ctx)
                    .problemsNamedIn(
                            details, certificate.getExportingParticipant(), certificate.getImportingParticipant()));
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
            if (!details.getImporter().getFirmId().isEmpty()) {
                // KPCS IV: the importing firm may now warrant up to the certificate's carats
                SourceBalances.of(ctx)
                        .openImport(certificate, details.getImporter().getFirmId(), received);
            }
            records.emit(CertificateRecords.event(certificate, CertificateStatus.CONFIRMED)
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
            records.dispute(certificate, mismatches, importer.getCode());
        }
        return Ledger.bytes(records.viewAfter(view, written, null));
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
        final String presented = CertificateRules.hash(PresentedDetails.require(ledger));
        return Ledger.bytes(DetailsVerification.newBuilder()
                .setCertificateNumber(number)
                .setExpectedHash(certificate.getCommercialDetailsHash())
                .setPresentedHash(presented)
                .setMatches(presented.equals(certificate.getCommercialDetailsHash()))
                .build());
    }
}
