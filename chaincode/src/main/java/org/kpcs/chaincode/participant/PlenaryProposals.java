package org.kpcs.chaincode.participant;

import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import org.kpcs.chaincode.ledger.Caller;
import org.kpcs.chaincode.ledger.Keys;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.ledger.Role;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.Participant;
import org.kpcs.protos.ParticipantEvent;
import org.kpcs.protos.ProposalState;
import org.kpcs.protos.StatusChangeProposed;
import org.kpcs.protos.StatusProposal;

/**
 * Opening a proposal to the Plenary (KPCS VI 5): only the Chair proposes, with a reason; one proposal is open
 * per subject; the electorate is fixed now, the Participants active, and a majority of it must approve
 * ({@link Electorate}). Status decisions and the Chair's election open their proposals here.
 */
final class PlenaryProposals {
    private static final Logger LOG = Logger.getLogger(PlenaryProposals.class.getName());

    private final Ledger ledger;
    private final List<Participant> registry;
    private final Participant chairs;
    private final Caller caller;

    private PlenaryProposals(
            final Ledger ledger, final List<Participant> registry, final Participant chairs, final Caller caller) {
        this.ledger = ledger;
        this.registry = registry;
        this.chairs = chairs;
        this.caller = caller;
    }

    /** The caller is the Chair (kp.role=chair of the Participant holding the chair, itself active). */
    static PlenaryProposals byTheChair(final TransactionContext ctx) {
        final Caller caller = ctx.caller();
        caller.requireRole(Role.CHAIR);
        final List<Participant> registry = Participants.of(ctx).all();
        final Participant chairs = Participants.forMsp(registry, caller.mspId());
        SchemeSettings.requireChair(ctx.ledger(), caller, chairs);
        return new PlenaryProposals(ctx.ledger(), registry, chairs, caller);
    }

    /**
     * Opens {@code draft} (its subject and what it proposes already set) in the open-proposal slot {@code slot},
     * writes it, and circulates it in an event.
     */
    StatusProposal open(final String slot, final StatusProposal.Builder draft, final String reason) {
        Objects.requireNonNull(draft, "draft");
        if (reason.isBlank()) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "a proposal needs a reason for the Plenary's record");
        }
        final String openKey = Keys.openProposal(slot);
        if (ledger.exists(openKey)) {
            throw Refusal.of(
                    ErrorCode.PROPOSAL_ALREADY_OPEN,
                    (ChairElections.OPEN_SLOT.equals(slot) ? "an election of the Chair" : "Participant " + slot)
                            + " already has an open proposal; approve or wait for it first (`kpcs participant proposals`)");
        }
        final Electorate electorate = Electorate.activeIn(registry);
        final StatusProposal proposal = draft.setId(ledger.txId())
                .setReason(reason.strip())
                .setProposedByParticipant(chairs.getCode())
                .setProposedBy(caller.id())
                .setProposedAt(ledger.txTimestamp())
                .setState(ProposalState.OPEN)
                .addAllElectorate(electorate.codes())
                .setRequiredApprovals(electorate.required())
                .build();
        ledger.write(Keys.proposal(proposal.getId()), proposal);
        ledger.write(openKey, proposal.toBuilder().clearApprovals().build());
        ledger.emit(
                ParticipantRegistry.EVENT,
                ParticipantEvent.newBuilder()
                        .setProposed(StatusChangeProposed.newBuilder()
                                .setProposalId(proposal.getId())
                                .setParticipantCode(proposal.getParticipantCode())
                                .setProposedStatus(proposal.getProposedStatus())
                                .setChairYear(proposal.getChairYear())
                                .setRequiredApprovals(proposal.getRequiredApprovals()))
                        .build());
        LOG.info(() -> "Chair (" + chairs.getCode() + ") proposed " + proposal.getParticipantCode() + " -> "
                + (ChairElections.isElection(proposal)
                        ? "Chair for " + proposal.getChairYear()
                        : proposal.getProposedStatus().toString())
                + ", proposal " + proposal.getId() + ", needs " + proposal.getRequiredApprovals() + " approvals");
        return proposal;
    }

    /** The open-proposal slot an adopted proposal frees. */
    static String slotOf(final StatusProposal proposal) {
        return ChairElections.isElection(proposal) ? ChairElections.OPEN_SLOT : proposal.getParticipantCode();
    }
}
