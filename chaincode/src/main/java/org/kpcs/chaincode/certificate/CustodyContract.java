package org.kpcs.chaincode.certificate;

import java.util.List;
import java.util.logging.Logger;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;
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
        ctx.caller().requireAnyRole(Role.CUSTOMS, Role.EXPORTING_AUTHORITY);
        final CertificateRecords records = CertificateRecords.of(ctx);
        final CertificateView view = records.view(number);
        final Certificate certificate = view.getCertificate();
        final Participant exporter = Participants.of(ctx)
                .requireAuthorityOf(
                        ctx.caller(), certificate.getExportingParticipant(), Role.CUSTOMS, Role.EXPORTING_AUTHORITY);
        checkStep(ctx, view, "sealed", CertificateStatus.ISSUED);
        if (!certificate.getContainerId().equals(containerId)) {
            throw Refusal.of(
                    ErrorCode.CONTAINER_MISMATCH,
                    "Certificate " + number + " names container " + certificate.getContainerId() + ", not "
                            + containerId + "; seal the container on the Certificate, or amend it first");
        }
        final CustodyRecord record = record(ctx, exporter, certificate, CustodyEvent.SEALED, containerId)
                .setSealIntact(true)
                .setNote(request.getNote().strip())
                .build();
        records.append(record);
        records.emit(CertificateRecords.event(certificate, CertificateStatus.SEALED_FOR_EXPORT)
                .setCustody(record)
                .build());
        LOG.info(() -> "sealed container " + containerId + " of Certificate " + number + " in tx "
                + ctx.ledger().txId());
        return Ledger.bytes(records.viewAfter(view, view.getReceipt(), record));
    }

    /**
     * The customs of a Participant whose territory the shipment crosses record whether the container is the
     * one on the Certificate and its seal intact (Section III(d): it leaves as it entered).
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] RecordTransit(final TransactionContext ctx, final byte[] requestBytes) {
        final CustodyStepRequest request = Ledger.request(requestBytes, CustodyStepRequest.parser());
        ctx.caller().requireRole(Role.CUSTOMS);
        final CertificateRecords records = CertificateRecords.of(ctx);
        final CertificateView view = records.view(request.getCertificateNumber());
        final Certificate certificate = view.getCertificate();
        final Participants participants = Participants.of(ctx);
        final Participant transit =
                participants.requireActive(participants.forMsp(ctx.caller().mspId()));
        if (!certificate.getTransitParticipantsList().contains(transit.getCode())) {
            throw Refusal.of(
                    ErrorCode.WRONG_ORGANISATION,
                    transit.getCode() + " is not a declared transit Participant of Certificate "
                            + certificate.getNumber() + " (declared: " + certificate.getTransitParticipantsList()
                            + "); only the Participants the exporter named when issuing it record transit (KPCS III(d))");
        }
        checkStep(ctx, view, "recorded in transit", CertificateStatus.SEALED_FOR_EXPORT, CertificateStatus.IN_TRANSIT);
        final List<String> problems =
                CertificateRules.sealProblems(certificate, request.getContainerId(), request.getSealIntact());
        final CustodyRecord record = inspected(ctx, transit, certificate, CustodyEvent.TRANSIT, request, problems);
        if (problems.isEmpty()) {
            records.emit(CertificateRecords.event(certificate, CertificateStatus.IN_TRANSIT)
                    .setCustody(record)
                    .build());
        } else {
            records.dispute(certificate, problems, transit.getCode());
        }
        log("transit of Certificate " + certificate.getNumber() + " through " + transit.getCode(), problems, ctx);
        return Ledger.bytes(records.viewAfter(view, view.getReceipt(), record));
    }

    /**
     * The Importing Authority (or the importing Participant's customs) records the shipment's arrival after
     * inspecting the container and its seal (Annex II 22).
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] RecordArrival(final TransactionContext ctx, final byte[] requestBytes) {
        final CustodyStepRequest request = Ledger.request(requestBytes, CustodyStepRequest.parser());
        ctx.caller().requireAnyRole(Role.IMPORTING_AUTHORITY, Role.CUSTOMS);
        final CertificateRecords records = CertificateRecords.of(ctx);
        final CertificateView view = records.view(request.getCertificateNumber());
        final Certificate certificate = view.getCertificate();
        final Participant importer = Participants.of(ctx)
                .requireAuthorityOf(
                        ctx.caller(), certificate.getImportingParticipant(), Role.IMPORTING_AUTHORITY, Role.CUSTOMS);
        checkStep(ctx, view, "received", CertificateStatus.SEALED_FOR_EXPORT, CertificateStatus.IN_TRANSIT);
        final List<String> problems =
                CertificateRules.sealProblems(certificate, request.getContainerId(), request.getSealIntact());
        final CustodyRecord record = inspected(ctx, importer, certificate, CustodyEvent.ARRIVED, request, problems);
        final Ledger ledger = ctx.ledger();
        final ImportReceipt.Builder receipt = view.getReceipt().toBuilder()
                .setArrived(true)
                .setArrivedAt(ledger.txTimestamp())
                .setLastTxId(ledger.txId());
        if (!problems.isEmpty()) {
            receipt.setDisputed(true).addAllDisputeReasons(problems).setDisputedAt(ledger.txTimestamp());
        }
        final ImportReceipt written = receipt.build();
        records.update(written);
        if (problems.isEmpty()) {
            records.emit(CertificateRecords.event(certificate, CertificateStatus.ARRIVED_AT_IMPORT)
                    .setCustody(record)
                    .build());
        } else {
            records.dispute(certificate, problems, importer.getCode());
        }
        log("arrival of Certificate " + certificate.getNumber() + " in " + importer.getCode(), problems, ctx);
        return Ledger.bytes(records.viewAfter(view, written, record));
    }

    /**
     * What every custody step checks once the caller's Participant is known: the Certificate's status allows the
     * step, both Participants are active (KPCS III(c)), and the step is not dated before the last one recorded.
     */
    private static void checkStep(
            final TransactionContext ctx,
            final CertificateView view,
            final String what,
            final CertificateStatus... allowed) {
        CertificateRules.requireStatus(view, what, allowed);
        final Certificate certificate = view.getCertificate();
        Participants.of(ctx)
                .requireTradeBetween(certificate.getExportingParticipant(), certificate.getImportingParticipant());
        CertificateRecords.of(ctx).requireNotBeforeLastRecord(view);
    }

    /** A step that inspected the container: recorded, with a discrepancy if the container or its seal was wrong. */
    private static CustodyRecord inspected(
            final TransactionContext ctx,
            final Participant participant,
            final Certificate certificate,
            final CustodyEvent event,
            final CustodyStepRequest request,
            final List<String> problems) {
        final CustodyRecord record = record(ctx, participant, certificate, event, request.getContainerId())
                .setSealIntact(request.getSealIntact())
                .setDiscrepancy(!problems.isEmpty())
                .setNote(request.getNote().strip())
                .build();
        CertificateRecords.of(ctx).append(record);
        return record;
    }

    private static CustodyRecord.Builder record(
            final TransactionContext ctx,
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
                .setRecordedBy(ctx.caller().id())
                .setContainerId(containerId.strip())
                .setRecordedAt(ctx.ledger().txTimestamp())
                .setTxId(ctx.ledger().txId());
    }

    private static void log(final String step, final List<String> problems, final TransactionContext ctx) {
        LOG.info(() -> step + ": " + (problems.isEmpty() ? "intact" : problems) + " in tx "
                + ctx.ledger().txId());
    }
}
