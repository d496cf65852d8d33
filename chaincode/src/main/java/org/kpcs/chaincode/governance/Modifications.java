package org.kpcs.chaincode.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.kpcs.chaincode.ledger.Caller;
import org.kpcs.chaincode.ledger.Dates;
import org.kpcs.chaincode.ledger.Keys;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.ledger.Role;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.chaincode.participant.Applications;
import org.kpcs.chaincode.participant.Electorate;
import org.kpcs.chaincode.participant.Participants;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.ModificationProposal;
import org.kpcs.protos.Participant;
import org.kpcs.protos.PlenaryApproval;
import org.kpcs.protos.PlenaryMeeting;
import org.kpcs.protos.ProposeModificationRequest;

/**
 * Proposals to modify the Scheme (KPCS VI 17-19): any Participant proposes, in writing, to the Chair, at least
 * ninety days before the next Plenary; recording it circulates it to every Participant and Observer (an event)
 * and places it on that Plenary's agenda; at that meeting every Participant's approval adopts it (VI 17, by
 * consensus).
 */
final class Modifications {
    private final TransactionContext ctx;
    private final Ledger ledger;

    private Modifications(final TransactionContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.ledger = ctx.ledger();
    }

    static Modifications of(final TransactionContext ctx) {
        return ctx.repository(Modifications.class, Modifications::new);
    }

    /** The proposals on one Plenary's agenda, or on every Plenary's when {@code plenaryDate} is empty. */
    List<ModificationProposal> on(final String plenaryDate) {
        if (!plenaryDate.isEmpty()) {
            Dates.parse("Plenary date", plenaryDate);
            return ledger.readAll(Keys.MODIFICATION, ModificationProposal.parser(), plenaryDate);
        }
        return ledger.readAll(Keys.MODIFICATION, ModificationProposal.parser());
    }

    /**
     * The Chair moved the next Plenary from {@code from} to {@code to}: the proposals on its agenda move with it.
     * Each came in time for the date then recorded (VI 18), so none is dropped; its days before the Plenary now
     * count to the new date, and it is marked short notice when they fall under ninety. Returns how many moved.
     */
    int moveAgenda(final String from, final String to) {
        final List<ModificationProposal> agenda = on(from);
        for (final ModificationProposal proposal : agenda) {
            final int days = PlenaryCalendar.daysBefore(LocalDate.parse(proposal.getProposedOn()), to);
            ledger.delete(Keys.modification(from, proposal.getId()));
            ledger.write(
                    Keys.modification(to, proposal.getId()),
                    proposal.toBuilder()
                            .setPlenaryDate(to)
                            .setDaysBeforePlenary(days)
                            .setFirstPlenaryDate(
                                    proposal.getFirstPlenaryDate().isEmpty() ? from : proposal.getFirstPlenaryDate())
                            .setShortNotice(!PlenaryCalendar.inTime(days))
                            .build());
        }
        return agenda.size();
    }

    /**
     * VI 17: "This document may be modified by consensus of the Participants." At the Plenary whose agenda the
     * proposal is on (from the meeting's day on), a Participant's delegate approves it; the Participants active
     * when the first approval came make the electorate, and the approval of the last of them adopts it.
     */
    ModificationProposal approve(final String id) {
        final ModificationProposal proposal = on("").stream()
                .filter(p -> p.getId().equals(id))
                .findFirst()
                .orElseThrow(() -> Refusal.of(
                        ErrorCode.MODIFICATION_NOT_FOUND,
                        "no proposed modification '" + id + "'; `kpcs governance modifications` lists them"));
        final Caller caller = ctx.caller();
        caller.requireRole(Role.DELEGATE);
        final Participants participants = Participants.of(ctx);
        final Participant voter = participants.forMsp(caller.mspId());
        final LocalDate today = Dates.of(ledger.txTime());
        if (proposal.getAdopted()) {
            throw Refusal.of(
                    ErrorCode.PROPOSAL_CLOSED,
                    "the modification '" + proposal.getTitle() + "' was adopted on " + proposal.getAdoptedOn());
        }
        if (today.isBefore(LocalDate.parse(proposal.getPlenaryDate()))) {
            throw Refusal.of(
                    ErrorCode.PLENARY_NOT_YET,
                    "the Plenary decides this modification at its meeting of " + proposal.getPlenaryDate()
                            + " (KPCS VI 17, 19); approve it from that day on");
        }
        final Electorate electorate = proposal.getElectorateCount() == 0
                ? participants.electorate().consensus()
                : new Electorate(proposal.getElectorateList(), proposal.getElectorateCount());
        electorate.checkVote("modification " + id, voter, proposal.getApprovalsList());
        final ModificationProposal.Builder approved = proposal.toBuilder()
                .clearElectorate()
                .addAllElectorate(electorate.codes())
                .addApprovals(PlenaryApproval.newBuilder()
                        .setParticipantCode(voter.getCode())
                        .setApprovedAt(ledger.txTimestamp())
                        .setTxId(ledger.txId()));
        if (electorate.adoptedBy(approved.getApprovalsList())) {
            approved.setAdopted(true).setAdoptedOn(today.toString());
        }
        final ModificationProposal saved = approved.build();
        ledger.write(Keys.modification(saved.getPlenaryDate(), saved.getId()), saved);
        return saved;
    }

    /** An active Participant's delegate proposes a modification, with its title and its text's SHA-256. */
    ModificationProposal propose(final ProposeModificationRequest request) {
        final Caller caller = ctx.caller();
        final Participants participants = Participants.of(ctx);
        participants.requireAuthorityOf(caller, request.getParticipant(), Role.DELEGATE);
        participants.requireActive(request.getParticipant());
        if (request.getTitle().isBlank()) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "a proposed modification needs a title for the agenda");
        }
        Applications.checkHash("proposal document hash", request.getDocumentSha256());
        final LocalDate today = Dates.of(ledger.txTime());
        final PlenaryMeeting next = PlenaryCalendar.of(ctx).requireNext();
        final int days = PlenaryCalendar.checkNotice(today, next);
        final ModificationProposal proposal = ModificationProposal.newBuilder()
                .setId(ledger.txId())
                .setParticipant(request.getParticipant())
                .setProposedBy(caller.id())
                .setTitle(request.getTitle().strip())
                .setDocumentSha256(request.getDocumentSha256())
                .setProposedOn(today.toString())
                .setPlenaryDate(next.getDate())
                .setDaysBeforePlenary(days)
                .setProposedAt(ledger.txTimestamp())
                .build();
        ledger.write(Keys.modification(next.getDate(), proposal.getId()), proposal);
        return proposal;
    }
}
