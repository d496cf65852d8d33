package org.kpcs.chaincode.participant;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.protos.BootstrapRequest;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.ParticipantEntry;
import org.kpcs.protos.ParticipantStatus;
import org.kpcs.protos.ProposalState;
import org.kpcs.protos.StatusProposal;

/**
 * The Plenary's rules for changing a Participant's status. KPCS VI 10: decisions by consensus; here, on the
 * ledger, a proposal by the Chair takes effect once a majority of the Participants active when it was made
 * have approved it.
 */
public final class Plenary {
    private Plenary() {}

    /** A strict majority of the electorate: more than half. */
    public static int majorityOf(final int electorate) {
        if (electorate < 1) {
            throw new IllegalArgumentException("the electorate is empty: no active Participant can decide");
        }
        return electorate / 2 + 1;
    }

    /**
     * Checks that a proposal asks for a real change the Plenary may decide: suspend an ACTIVE Participant,
     * reinstate a SUSPENDED one (KPCS VI 10), or admit an APPLICANT (VI 8-9), which becomes ACTIVE only when its
     * organisation accedes.
     */
    public static void checkProposedStatus(final ParticipantStatus current, final ParticipantStatus proposed) {
        if (proposed != ParticipantStatus.ACTIVE
                && proposed != ParticipantStatus.SUSPENDED
                && proposed != ParticipantStatus.ADMITTED) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "the proposed status must be ACTIVE (reinstate), SUSPENDED (suspend) or ADMITTED (admit an"
                            + " applicant), not " + proposed);
        }
        if (current == ParticipantStatus.WITHDRAWN) {
            throw Refusal.of(
                    ErrorCode.STATUS_NOT_ALLOWED,
                    "the Participant has withdrawn from the Scheme; there is no status left to decide (to come"
                            + " back it applies again)");
        }
        if (current == proposed) {
            throw Refusal.of(
                    ErrorCode.STATUS_UNCHANGED, "the Participant is already " + current + "; nothing to decide");
        }
        final boolean applying = current == ParticipantStatus.APPLICANT || current == ParticipantStatus.ADMITTED;
        if (applying != (proposed == ParticipantStatus.ADMITTED) || current == ParticipantStatus.ADMITTED) {
            throw Refusal.of(
                    ErrorCode.STATUS_NOT_ALLOWED,
                    "a " + current + " cannot be proposed " + proposed + ": the Plenary admits an APPLICANT"
                            + " (ADMITTED), which becomes ACTIVE when it accedes, and suspends or reinstates"
                            + " Participants");
        }
    }

    /** Checks that {@code voter}'s delegate may approve the proposal now: it is still open, then {@link Electorate}. */
    public static void checkApproval(final StatusProposal proposal, final org.kpcs.protos.Participant voter) {
        if (proposal.getState() != ProposalState.OPEN) {
            throw Refusal.of(
                    ErrorCode.PROPOSAL_CLOSED,
                    "proposal " + proposal.getId() + " was already " + proposal.getState() + "; nothing to approve");
        }
        electorateOf(proposal).checkVote("proposal " + proposal.getId(), voter, proposal.getApprovalsList());
    }

    public static boolean isAdopted(final StatusProposal proposal) {
        return electorateOf(proposal).adoptedBy(proposal.getApprovalsList());
    }

    private static Electorate electorateOf(final StatusProposal proposal) {
        return new Electorate(proposal.getElectorateList(), proposal.getRequiredApprovals());
    }

    /** The active Participants' codes, in registry order. */
    public static List<String> activeCodes(final List<org.kpcs.protos.Participant> participants) {
        return participants.stream()
                .filter(p -> p.getStatus() == ParticipantStatus.ACTIVE)
                .map(org.kpcs.protos.Participant::getCode)
                .toList();
    }

    /**
     * The founding Participants: at least two (an exporter and an importer), valid codes, named, each once, and
     * the Chair who bootstraps the registry belongs to one of them.
     */
    public static void checkFounders(final BootstrapRequest request, final String callerMsp) {
        if (request.getParticipantsCount() < 2) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "the scheme needs at least two founding Participants (an exporter and an importer)");
        }
        final Set<String> codes = new HashSet<>();
        final Set<String> msps = new HashSet<>();
        for (final ParticipantEntry entry : request.getParticipantsList()) {
            if (!CountryCodes.isValid(entry.getCode())) {
                throw Refusal.of(
                        ErrorCode.INVALID_ARGUMENT,
                        "'" + entry.getCode() + "' is not an ISO 3166-1 alpha-2 code (or EU)");
            }
            if (entry.getName().isBlank() || entry.getMspId().isBlank()) {
                throw Refusal.of(
                        ErrorCode.INVALID_ARGUMENT, "Participant " + entry.getCode() + " needs a name and an MSP id");
            }
            if (!codes.add(entry.getCode()) || !msps.add(entry.getMspId())) {
                throw Refusal.of(
                        ErrorCode.INVALID_ARGUMENT,
                        "Participant " + entry.getCode() + " (" + entry.getMspId() + ") is listed twice");
            }
        }
        if (!msps.contains(callerMsp)) {
            throw Refusal.of(
                    ErrorCode.WRONG_ORGANISATION,
                    "the Chair bootstrapping the registry must belong to a founding Participant, not " + callerMsp);
        }
    }
}
