package org.kpcs.chaincode.participant;

import java.util.List;
import java.util.logging.Logger;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.kpcs.chaincode.ledger.Caller;
import org.kpcs.chaincode.ledger.Dates;
import org.kpcs.chaincode.ledger.KpcsContract;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.ledger.Role;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.protos.Application;
import org.kpcs.protos.ApplicationCirculated;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.Participant;
import org.kpcs.protos.ParticipantAcceded;
import org.kpcs.protos.ParticipantEvent;
import org.kpcs.protos.ParticipantStatus;
import org.kpcs.protos.ParticipantWithdrew;
import org.kpcs.protos.RecordAccessionRequest;
import org.kpcs.protos.RecordApplicationRequest;
import org.kpcs.protos.RecordWithdrawalRequest;
import org.kpcs.protos.Withdrawal;

/**
 * Admission of a new Participant (KPCS VI 8-9): the Chair records and circulates an applicant's notification;
 * the Plenary decides to admit it by the registry's decision rule (a proposal to ADMITTED, approved by a
 * majority of the active Participants); once its organisation is on the channel, its delegate records its
 * accession and it is ACTIVE. A Participant leaves the same way it came: its delegate records its withdrawal.
 */
@Contract(
        name = "Admission",
        info = @Info(title = "KPCS admission of Participants", version = "1"),
        transactionSerializer = "org.kpcs.chaincode.ledger.ProtoSerializer")
public final class AdmissionContract implements KpcsContract {
    private static final Logger LOG = Logger.getLogger(AdmissionContract.class.getName());

    /**
     * The Chair records an applicant's notification (KPCS VI 9) with its designated authorities and laws (V(a));
     * the event circulates it to every Participant. The record is an APPLICANT: no trade with it (III(c)).
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] RecordApplication(final TransactionContext ctx, final byte[] requestBytes) {
        final RecordApplicationRequest request = Ledger.request(requestBytes, RecordApplicationRequest.parser());
        final Caller caller = ctx.caller();
        caller.requireRole(Role.CHAIR);
        final Ledger ledger = ctx.ledger();
        final Participants participants = Participants.of(ctx);
        final List<Participant> registry = participants.all();
        final Participant chairs = Participants.forMsp(registry, caller.mspId());
        SchemeSettings.requireChair(ledger, caller, chairs);
        final boolean inTime = Applications.check(request, Dates.of(ledger.txTime()));
        Applications.checkNew(registry, request.getCode(), request.getMspId());
        if (SchemeSettings.isIndustry(ledger, request.getMspId())) {
            throw Refusal.of(
                    ErrorCode.WRONG_ORGANISATION,
                    request.getMspId() + " is the industry's organisation; an applicant needs its own");
        }
        final Participant applicant = Participant.newBuilder()
                .setCode(request.getCode())
                .setName(request.getName().strip())
                .setMspId(request.getMspId())
                .setStatus(ParticipantStatus.APPLICANT)
                .addAllAuthorities(request.getAuthoritiesList())
                .addAllLawHashes(request.getLawHashesList())
                .setCertificateFeaturesHash(request.getCertificateFeaturesHash())
                .setRegisteredAt(ledger.txTimestamp())
                .setUpdatedAt(ledger.txTimestamp())
                .setLastTxId(ledger.txId())
                .setApplication(Application.newBuilder()
                        .setNotifiedOn(request.getNotifiedOn())
                        .setCirculatedAt(ledger.txTimestamp())
                        .setCirculatedWithinMonth(inTime)
                        .setLawsSynopsis(request.getLawsSynopsis().strip())
                        .setRecordedBy(caller.id()))
                .build();
        participants.save(applicant);
        participants.bindToMajority(List.of(applicant), registry);
        ledger.emit(
                ParticipantRegistry.EVENT,
                ParticipantEvent.newBuilder()
                        .setApplicationCirculated(ApplicationCirculated.newBuilder()
                                .setCode(applicant.getCode())
                                .setName(applicant.getName())
                                .setMspId(applicant.getMspId())
                                .setNotifiedOn(request.getNotifiedOn())
                                .setCirculatedWithinMonth(inTime))
                        .build());
        LOG.info(() -> "the Chair (" + chairs.getCode() + ") circulated the application of " + applicant.getCode()
                + " (" + applicant.getMspId() + ", notified " + request.getNotifiedOn() + ", within a month: " + inTime
                + ") in tx " + ledger.txId());
        return Ledger.bytes(applicant);
    }

    /**
     * An admitted Participant's delegate records its accession: the transaction comes from its own
     * organisation, which proves that organisation is on the channel. It is ACTIVE from now on, and counts
     * towards the majority that every registry record needs (KPCS VI 10).
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] RecordAccession(final TransactionContext ctx, final byte[] requestBytes) {
        final String code =
                Ledger.request(requestBytes, RecordAccessionRequest.parser()).getCode();
        final Caller caller = ctx.caller();
        caller.requireRole(Role.DELEGATE);
        final Ledger ledger = ctx.ledger();
        final Participants participants = Participants.of(ctx);
        final Participant record = participants.get(code);
        if (!record.getMspId().equals(caller.mspId())) {
            throw Refusal.of(
                    ErrorCode.WRONG_ORGANISATION,
                    "only " + code + "'s own organisation (" + record.getMspId() + "), on the channel, records its"
                            + " accession; the caller belongs to " + caller.mspId());
        }
        switch (record.getStatus()) {
            case ADMITTED -> {}
            case APPLICANT ->
                throw Refusal.of(
                        ErrorCode.NOT_ADMITTED,
                        code + " is an applicant the Plenary has not admitted: the Chair proposes ADMITTED"
                                + " (`kpcs participant propose-status " + code + " ADMITTED`) and a majority approves");
            default ->
                throw Refusal.of(
                        ErrorCode.STATUS_UNCHANGED, code + " is already a Participant (" + record.getStatus() + ")");
        }
        final Participant.Builder changed = record.toBuilder()
                .setStatus(ParticipantStatus.ACTIVE)
                .setUpdatedAt(ledger.txTimestamp())
                .setLastTxId(ledger.txId());
        changed.getApplicationBuilder().setAccededAt(ledger.txTimestamp()).setAccededBy(caller.id());
        final Participant active = changed.build();
        participants.save(active);
        participants.bindToMajorityWith(active);
        ledger.emit(
                ParticipantRegistry.EVENT,
                ParticipantEvent.newBuilder()
                        .setAcceded(ParticipantAcceded.newBuilder()
                                .setCode(code)
                                .setMspId(active.getMspId())
                                .setProposalId(active.getLastDecisionId()))
                        .build());
        LOG.info(() -> "Participant " + code + " (" + active.getMspId() + ") acceded in tx " + ledger.txId()
                + "; every registry record now needs a majority of the active Participants, this one included");
        return Ledger.bytes(active);
    }

    /**
     * A Participant's delegate records its withdrawal, notified to the Chair ({@link Withdrawals}): it is
     * WITHDRAWN, trade with it is refused from this transaction on (KPCS III(c)), and the registry's records need
     * a majority of the Participants that remain.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] RecordWithdrawal(final TransactionContext ctx, final byte[] requestBytes) {
        final RecordWithdrawalRequest request = Ledger.request(requestBytes, RecordWithdrawalRequest.parser());
        final Caller caller = ctx.caller();
        final Ledger ledger = ctx.ledger();
        final Participants participants = Participants.of(ctx);
        final Participant record = participants.requireAuthorityOf(caller, request.getCode(), Role.DELEGATE);
        Withdrawals.check(
                request,
                record,
                participants.all(),
                SchemeSettings.read(ledger).getChairParticipant(),
                Dates.of(ledger.txTime()));
        final Participant withdrawn = record.toBuilder()
                .setStatus(ParticipantStatus.WITHDRAWN)
                .setUpdatedAt(ledger.txTimestamp())
                .setLastTxId(ledger.txId())
                .setWithdrawal(Withdrawal.newBuilder()
                        .setNotifiedOn(request.getNotifiedOn())
                        .setReason(request.getReason().strip())
                        .setRecordedAt(ledger.txTimestamp())
                        .setRecordedBy(caller.id()))
                .build();
        participants.save(withdrawn);
        participants.bindToMajorityWith(withdrawn);
        ledger.emit(
                ParticipantRegistry.EVENT,
                ParticipantEvent.newBuilder()
                        .setWithdrew(ParticipantWithdrew.newBuilder()
                                .setCode(withdrawn.getCode())
                                .setMspId(withdrawn.getMspId())
                                .setNotifiedOn(request.getNotifiedOn()))
                        .build());
        LOG.info(() -> "Participant " + withdrawn.getCode() + " (" + withdrawn.getMspId() + ") withdrew (notified "
                + request.getNotifiedOn() + ") in tx " + ledger.txId()
                + "; no trade with it from now on, and the registry needs a majority of those that remain");
        return Ledger.bytes(withdrawn);
    }
}
