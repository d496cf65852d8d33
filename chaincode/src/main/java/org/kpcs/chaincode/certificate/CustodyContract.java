package org.kpcs.chaincode.certificate;

import java.util.List;
import java.util.logging.Logger;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.kpcs.chaincode.ledger.Caller;
import org.kpcs.chaincode.ledger.KpcsContract;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.ledger.Role;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.chaincode.participant.Participants;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.CustodyEvent;
import org.kpcs.protos.CustodyRecord;
import org.kpcs.protos.CustodyStepRequest;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.ImportReceipt;
import org.kpcs.protos.Participant;
import org.kpcs.protos.SealShipmentRequest;

/**
 * Custody of the sealed container: sealing at export (KPCS IV(c), Annex II 19), transit through a
 * Participant's territory, which it must leave as it entered (Section III(d)), and arrival and inspection by
 * the Importing Authority (Annex II 22). A broken seal or a different container disputes the Certificate.
 */
@Contract(
        name = "Custody",
        info = @Info(title = "KPCS custody of sealed containers", version = "1"),
        transactionSerializer = "org.kpcs.chaincode.ledger.ProtoSerializer")
public final class CustodyContract implements KpcsContract {
    private static final Logger LOG = Logger.getLogger(CustodyContract.class.getName());

    /** The exporting Participant's customs or Exporting Authority seals the container named on the Certificate. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] SealShipment(final TransactionContext ctx, final byte[] requestBytes) {
        final SealShipmentRequest request = Ledger.request(requestBytes, SealShipmentRequest.parser());
        final String number = request.getCertificateNumber();
        final String containerId = request.getContainerId();
        final String note = request.getNote();
        ctx.caller().requireAnyRole(Role.CUSTOMS, Role.EXPORTING_AUTHORITY);
        final Ledger ledger = ctx.ledger();
        final CertificateRecords records = CertificateRecords.of(ctx);
        final CertificateView view = records.view(number);
        final Certificate certificate = view.getCertificate();
        final Caller caller = ctx.caller();
        final Participant exporter = Participants.of(ctx)
                .requireAuthorityOf(
                        caller, certificate.getExportingParticipant(), Role.CUSTOMS, Role.EXPORTING_AUTHORITY);
        CertificateRules.requireStatus(view, "sealed", CertificateStatus.ISSUED);
        Participants.of(ctx)
                .requireTradeBetween(certificate.getExportingParticipant(), certificate.getImportingParticipant());
        records.requireNotBeforeLastRecord(view);
        if (!certificate.getContainerId().equals(containerId)) {
            throw Refusal.of(
                    ErrorCode.CONTAINER_MISMATCH,
                    "Certificate " + number + " names container "
                            + certificate.getContainerId() + ", not " + containerId
                            + "; seal the container on the Certificate, or amend it first");
        }
        final CustodyRecord record = record(ledger, caller, exporter, certificate, CustodyEvent.SEALED, containerId)
                .setSealIntact(true)
                .setNote(note.strip())
                .build();
        records.append(record);
        records.emit(CertificateRecords.event(certificate, CertificateStatus.SEALED_FOR_EXPORT)
                .setCustody(record)
                .build());
        LOG.info(() -> "sealed container " + containerId + " of Certificate " + number + " in tx " + ledger.txId());
        return Ledger.bytes(records.viewAfter(view, view.getReceipt(), record));
    }

    /**
     * The customs of a Participant whose territory the shipment crosses record whether the container is the
     * one on the Certificate and its seal intact (Section III(d): it leaves as it entered).
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] RecordTransit(final TransactionContext ctx, final byte[] requestBytes) {
        final CustodyStepRequest request = Ledger.request(requestBytes, CustodyStepRequest.parser());
        final String number = request.getCertificateNumber();
        final String containerId = request.getContainerId();
        final String note = request.getNote();
        final Caller caller = ctx.caller();
        caller.requireRole(Role.CUSTOMS);
        final Ledger ledger = ctx.ledger();
        final CertificateRecords records = CertificateRecords.of(ctx);
        final CertificateView view = records.view(number);
        final Certificate certificate = view.getCertificate();
        final Participants participants = Participants.of(ctx);
        final Participant transit = Participants.requireActive(participants.forMsp(caller.mspId()));
        if (!certificate.getTransitParticipantsList().contains(transit.getCode())) {
            throw Refusal.of(
                    ErrorCode.WRONG_ORGANISATION,
                    transit.getCode() + " is not a declared transit Participant of"
                            + " Certificate " + number + " (declared: " + certificate.getTransitParticipantsList()
                            + "); only the Participants the exporter named when issuing it record transit (KPCS III(d))");
        }

        CertificateRules.requireStatus(
                view, "recorded in transit", CertificateStatus.SEALED_FOR_EXPORT, CertificateStatus.IN_TRANSIT);
        Participants.of(ctx)
                .requireTradeBetween(certificate.getExportingParticipant(), certificate.getImportingParticipant());
        records.requireNotBeforeLastRecord(view);
        final boolean intact = request.getSealIntact();
        final List<String> problems = CertificateRules.sealProblems(certificate, containerId, intact);
        final CustodyRecord record = record(ledger, caller, transit, certificate, CustodyEvent.TRANSIT, containerId)
                .setSealIntact(intact)
                .setDiscrepancy(!problems.isEmpty())
                .setNote(note.strip())
                .build();
        records.append(record);
        if (problems.isEmpty()) {
            records.emit(CertificateRecords.event(certificate, CertificateStatus.IN_TRANSIT)
                    .setCustody(record)
                    .build());
        } else {
            records.dispute(certificate, problems, transit.getCode());
        }
        LOG.info(() -> "transit of Certificate " + number + " through " + transit.getCode() + ": "
                + (problems.isEmpty() ? "intact" : problems) + " in tx " + ledger.txId());
        return Ledger.bytes(records.viewAfter(view, view.getReceipt(), record));
    }

    /**
     * The Importing Authority (or the importing Participant's customs) records the shipment's arrival after
     * inspecting the container and its seal (Annex II 22).
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] RecordArrival(final TransactionContext ctx, final byte[] requestBytes) {
        final CustodyStepRequest request = Ledger.request(requestBytes, CustodyStepRequest.parser());
        final String number = request.getCertificateNumber();
        final String containerId = request.getContainerId();
        final String note = request.getNote();
        ctx.caller().requireAnyRole(Role.IMPORTING_AUTHORITY, Role.CUSTOMS);
        final Ledger ledger = ctx.ledger();
        final CertificateRecords records = CertificateRecords.of(ctx);
        final CertificateView view = records.view(number);
        final Certificate certificate = view.getCertificate();
        final Caller caller = ctx.caller();
        final Participant importer = Participants.of(ctx)
                .requireAuthorityOf(
                        caller, certificate.getImportingParticipant(), Role.IMPORTING_AUTHORITY, Role.CUSTOMS);
        CertificateRules.requireStatus(
                view, "received", CertificateStatus.SEALED_FOR_EXPORT, CertificateStatus.IN_TRANSIT);
        Participants.of(ctx)
                .requireTradeBetween(certificate.getExportingParticipant(), certificate.getImportingParticipant());
        records.requireNotBeforeLastRecord(view);
        final boolean intact = request.getSealIntact();
        final List<String> problems = CertificateRules.sealProblems(certificate, containerId, intact);
        final CustodyRecord record = record(ledger, caller, importer, certificate, CustodyEvent.ARRIVED, containerId)
                .setSealIntact(intact)
                .setDiscrepancy(!problems.isEmpty())
                .setNote(note.strip())
                .build();
        records.append(record);
        final ImportReceipt.Builder receipt = view.getReceipt().toBuilder()
                .setArrived(true)
                .setArrivedAt(ledger.txTimestamp())
                .setLastTxId(ledger.txId());
        final ImportReceipt written;
        if (problems.isEmpty()) {
            written = receipt.build();
            records.update(written);
            records.emit(CertificateRecords.event(certificate, CertificateStatus.ARRIVED_AT_IMPORT)
                    .setCustody(record)
                    .build());
        } else {
            written = receipt.setDisputed(true)
                    .addAllDisputeReasons(problems)
                    .setDisputedAt(ledger.txTimestamp())
                    .build();
            records.update(written);
            records.dispute(certificate, problems, importer.getCode());
        }
        LOG.info(() -> "arrival of Certificate " + number + " in " + importer.getCode() + ": "
                + (problems.isEmpty() ? "intact" : problems) + " in tx " + ledger.txId());
        return Ledger.bytes(records.viewAfter(view, written, record));
    }

    private static CustodyRecord.Builder record(
            final Ledger ledger,
            final Caller caller,
            final Participant participant,
            final Certificate certificate,
            final CustodyEvent event,
            final String containerId) {
        if (containerId.isBlank()) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "the container id seen on the container is required");
        }
        return CustodyRecord.newBuilder()
                .setCertificateNumber(certificate.getNumber())
                .setEvent(event)
                .setParticipant(participant.getCode())
                .setRecordedBy(caller.id())
                .setContainerId(containerId.strip())
                .setRecordedAt(ledger.txTimestamp())
                .setTxId(ledger.txId());
    }
}
