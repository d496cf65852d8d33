package org.kpcs.chaincode.participant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.kpcs.chaincode.ledger.Caller;
import org.kpcs.chaincode.ledger.Keys;
import org.kpcs.chaincode.ledger.KpcsContract;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.ledger.Role;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.protos.ApproveStatusChangeRequest;
import org.kpcs.protos.BootstrapRequest;
import org.kpcs.protos.ChairHandOver;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.GetParticipantRequest;
import org.kpcs.protos.GetProposalRequest;
import org.kpcs.protos.ListOpenProposalsRequest;
import org.kpcs.protos.ListParticipantsRequest;
import org.kpcs.protos.Participant;
import org.kpcs.protos.ParticipantEntry;
import org.kpcs.protos.ParticipantEvent;
import org.kpcs.protos.ParticipantList;
import org.kpcs.protos.ParticipantRegistered;
import org.kpcs.protos.ParticipantStatus;
import org.kpcs.protos.ParticipantStatusChanged;
import org.kpcs.protos.PlenaryApproval;
import org.kpcs.protos.ProposalState;
import org.kpcs.protos.ProposeStatusChangeRequest;
import org.kpcs.protos.Scheme;
import org.kpcs.protos.StatusChangeApproved;
import org.kpcs.protos.StatusProposal;
import org.kpcs.protos.StatusProposalList;

/**
 * The Participant registry (KPCS Section VI): who is in the scheme, and the Plenary's decisions to suspend or
 * reinstate a Participant. Results are protobuf bytes ({@code kpcs.v1} messages).
 */
@Contract(
        name = "ParticipantRegistry",
        info = @Info(title = "KPCS Participant registry", version = "1"),
        transactionSerializer = "org.kpcs.chaincode.ledger.ProtoSerializer")
@Default
public final class ParticipantRegistry implements KpcsContract {
    /** Chaincode event name; the payload is a {@code ParticipantEvent}. */
    public static final String EVENT = "ParticipantEvent";

    private static final Logger LOG = Logger.getLogger(ParticipantRegistry.class.getName());

    /**
     * Registers the founding Participants when the chaincode is first deployed. Idempotent: once the registry
     * holds Participants, a repeated call with the same list changes nothing.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] Bootstrap(final TransactionContext ctx, final byte[] requestBytes) {
        final BootstrapRequest request = Ledger.request(requestBytes, BootstrapRequest.parser());
        final Caller caller = ctx.caller();
        caller.requireRole(Role.CHAIR);
        Plenary.checkFounders(request, caller.mspId());
        final Ledger ledger = ctx.ledger();
        final Participants participants = Participants.of(ctx);
        final List<Participant> existing = participants.all();
        if (!existing.isEmpty()) {
            final Set<String> known = new HashSet<>();
            existing.forEach(p -> known.add(p.getCode()));
            final boolean same = request.getParticipantsList().stream().allMatch(e -> known.contains(e.getCode()));
            if (!same) {
                throw Refusal.of(
                        ErrorCode.ALREADY_BOOTSTRAPPED,
                        "the registry already holds " + known
                                + "; new Participants are admitted by the Plenary, not by bootstrap");
            }
            return Ledger.bytes(
                    ParticipantList.newBuilder().addAllParticipants(existing).build());
        }
        final List<Participant> founders = new ArrayList<>();
        for (final ParticipantEntry entry : request.getParticipantsList()) {
            founders.add(Participant.newBuilder()
                    .setCode(entry.getCode())
                    .setName(entry.getName())
                    .setMspId(entry.getMspId())
                    .setStatus(ParticipantStatus.ACTIVE)
                    .setRegisteredAt(ledger.txTimestamp())
                    .setUpdatedAt(ledger.txTimestamp())
                    .setLastTxId(ledger.txId())
                    .build());
        }
        founders.forEach(participants::save);
        participants.bindToMajority(founders);
        ledger.write(
                Keys.SCHEME,
                Scheme.newBuilder()
                        .addAllIndustryMspIds(request.getIndustryMspIdsList())
                        .setChairParticipant(
                                Participants.forMsp(founders, caller.mspId()).getCode())
                        .build());
        ledger.emit(
                EVENT,
                ParticipantEvent.newBuilder()
                        .setRegistered(ParticipantRegistered.newBuilder()
                                .addAllCodes(founders.stream()
                                        .map(Participant::getCode)
                                        .toList()))
                        .build());
        LOG.info(() -> "registered founding Participants "
                + founders.stream().map(Participant::getCode).toList() + " in tx " + ledger.txId());
        return Ledger.bytes(
                ParticipantList.newBuilder().addAllParticipants(founders).build());
    }

    /** Every registered Participant, active or suspended. Readable by every member, observers included. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] ListParticipants(final TransactionContext ctx, final byte[] requestBytes) {
        Ledger.request(requestBytes, ListParticipantsRequest.parser());
        final List<Participant> all = Participants.of(ctx).all();
        return Ledger.bytes(ParticipantList.newBuilder().addAllParticipants(all).build());
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] GetParticipant(final TransactionContext ctx, final byte[] requestBytes) {
        final GetParticipantRequest request = Ledger.request(requestBytes, GetParticipantRequest.parser());
        return Ledger.bytes(Participants.of(ctx).get(request.getCode()));
    }

    /**
     * The Chair proposes to suspend or reinstate a Participant (KPCS VI 10), or to admit an applicant (VI 8-9).
     * Nothing changes until a majority of the active Participants has approved.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] ProposeStatusChange(final TransactionContext ctx, final byte[] requestBytes) {
        final ProposeStatusChangeRequest request = Ledger.request(requestBytes, ProposeStatusChangeRequest.parser());
        final PlenaryProposals chair = PlenaryProposals.byTheChair(ctx);
        final Participant subject = Participants.of(ctx).get(request.getParticipantCode());
        Plenary.checkProposedStatus(subject.getStatus(), request.getProposedStatus());
        return Ledger.bytes(chair.open(
                subject.getCode(),
                StatusProposal.newBuilder()
                        .setParticipantCode(subject.getCode())
                        .setProposedStatus(request.getProposedStatus()),
                request.getReason()));
    }

    /**
     * A Participant's delegate approves a proposal on its behalf. The approval that reaches the majority
     * applies the change; writing the Participant's record then needs the endorsement of a majority of the
     * active Participants' peers (key-level endorsement).
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] ApproveStatusChange(final TransactionContext ctx, final byte[] requestBytes) {
        final String proposalId = Ledger.request(requestBytes, ApproveStatusChangeRequest.parser())
                .getProposalId();
        final Caller caller = ctx.caller();
        caller.requireRole(Role.DELEGATE);
        final Ledger ledger = ctx.ledger();
        final Participants participants = Participants.of(ctx);
        final Participant voter = participants.forMsp(caller.mspId());
        final String proposalKey = Keys.proposal(proposalId);
        StatusProposal proposal = ledger.read(proposalKey, StatusProposal.parser())
                .orElseThrow(() -> Refusal.of(
                        ErrorCode.PROPOSAL_NOT_FOUND,
                        "no status proposal " + proposalId + "; `kpcs participant proposals` lists the open ones"));
        Plenary.checkApproval(proposal, voter);
        proposal = proposal.toBuilder()
                .addApprovals(PlenaryApproval.newBuilder()
                        .setParticipantCode(voter.getCode())
                        .setApprovedAt(ledger.txTimestamp())
                        .setTxId(ledger.txId()))
                .build();
        final ParticipantEvent event;
        if (Plenary.isAdopted(proposal)) {
            proposal = proposal.toBuilder()
                    .setState(ProposalState.ADOPTED)
                    .setAdoptedAt(ledger.txTimestamp())
                    .build();
            event = ChairElections.isElection(proposal)
                    ? electChair(ledger, participants, proposal)
                    : changeStatus(ledger, participants, proposal);
            ledger.delete(Keys.openProposal(PlenaryProposals.slotOf(proposal)));
        } else {
            event = ParticipantEvent.newBuilder()
                    .setApproved(StatusChangeApproved.newBuilder()
                            .setProposalId(proposal.getId())
                            .setApprovedBy(voter.getCode())
                            .setApprovals(proposal.getApprovalsCount())
                            .setRequiredApprovals(proposal.getRequiredApprovals()))
                    .build();
        }
        ledger.write(proposalKey, proposal);
        ledger.emit(EVENT, event);
        return Ledger.bytes(proposal);
    }

    private static ParticipantEvent changeStatus(
            final Ledger ledger, final Participants participants, final StatusProposal adopted) {
        final Participant current = participants.get(adopted.getParticipantCode());
        // still a change the Plenary may decide: the Participant may have withdrawn since the proposal
        Plenary.checkProposedStatus(current.getStatus(), adopted.getProposedStatus());
        final Participant.Builder decided = current.toBuilder()
                .setStatus(adopted.getProposedStatus())
                .setUpdatedAt(ledger.txTimestamp())
                .setLastTxId(ledger.txId())
                .setLastDecisionId(adopted.getId());
        if (adopted.getProposedStatus() == ParticipantStatus.ADMITTED) {
            decided.getApplicationBuilder().setAdmittedAt(ledger.txTimestamp());
        }
        final Participant changed = decided.build();
        participants.save(changed);
        participants.bindToMajorityWith(changed);
        LOG.info(() -> "proposal " + adopted.getId() + " adopted: Participant " + changed.getCode() + " is now "
                + changed.getStatus());
        return ParticipantEvent.newBuilder()
                .setStatusChanged(ParticipantStatusChanged.newBuilder()
                        .setParticipantCode(changed.getCode())
                        .setStatus(changed.getStatus())
                        .setProposalId(adopted.getId()))
                .build();
    }

    private static ParticipantEvent electChair(
            final Ledger ledger, final Participants participants, final StatusProposal adopted) {
        final ChairHandOver handOver = ChairElections.handOver(ledger, participants, adopted);
        LOG.info(() -> "election " + adopted.getId() + " adopted: the chair passes from "
                + handOver.getFromParticipant() + " to " + handOver.getToParticipant() + " for "
                + handOver.getYear() + "; only " + handOver.getToParticipant() + "'s chair user acts as Chair now");
        return ParticipantEvent.newBuilder().setChairHandedOver(handOver).build();
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] GetProposal(final TransactionContext ctx, final byte[] requestBytes) {
        final String proposalId =
                Ledger.request(requestBytes, GetProposalRequest.parser()).getProposalId();
        final Ledger ledger = ctx.ledger();
        return Ledger.bytes(ledger.read(Keys.proposal(proposalId), StatusProposal.parser())
                .orElseThrow(() -> Refusal.of(ErrorCode.PROPOSAL_NOT_FOUND, "no status proposal " + proposalId)));
    }

    /** Open proposals, at most one per Participant: bounded by the size of the registry. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] ListOpenProposals(final TransactionContext ctx, final byte[] requestBytes) {
        Ledger.request(requestBytes, ListOpenProposalsRequest.parser());
        final Ledger ledger = ctx.ledger();
        final StatusProposalList.Builder list = StatusProposalList.newBuilder();
        for (final StatusProposal open : ledger.readAll(Keys.OPEN_PROPOSAL, StatusProposal.parser())) {
            list.addProposals(ledger.read(Keys.proposal(open.getId()), StatusProposal.parser())
                    .orElse(open));
        }
        return Ledger.bytes(list.build());
    }
}
