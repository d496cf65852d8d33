package org.kpcs.chaincode.participant;

import java.util.List;
import java.util.Objects;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.Participant;
import org.kpcs.protos.ParticipantStatus;
import org.kpcs.protos.PlenaryApproval;

/**
 * Who decides one of the Plenary's decisions and how many approvals adopt it (KPCS VI 10: decisions by consensus;
 * on the ledger, a majority). The electorate is fixed when the decision is put to the Plenary: the Participants
 * active then, in registry order; {@code required} is a strict majority of them ({@link Plenary#majorityOf}).
 * Status decisions, Chair elections and review missions (VI 13) are all decided this way.
 */
public record Electorate(List<String> codes, int required) {
    public Electorate {
        codes = List.copyOf(Objects.requireNonNull(codes, "codes"));
    }

    /** The Participants active in {@code registry} now, and the majority of them. */
    static Electorate activeIn(final List<Participant> registry) {
        final List<String> active = Plenary.activeCodes(registry);
        return new Electorate(active, Plenary.majorityOf(active.size()));
    }

    /** The same Participants deciding by consensus (VI 17: modifications of the Scheme): every one approves. */
    public Electorate consensus() {
        return new Electorate(codes, codes.size());
    }

    /**
     * Checks that {@code voter}'s delegate may approve {@code decision} (named in refusals, e.g. "proposal 1a2b")
     * given the approvals already recorded: it was in the electorate, has not approved yet, and has not withdrawn
     * since (a withdrawn Participant no longer decides, even on what was put while it took part).
     */
    public void checkVote(final String decision, final Participant voter, final List<PlenaryApproval> approvals) {
        final String code = voter.getCode();
        if (!codes.contains(code)) {
            throw Refusal.of(
                    ErrorCode.NOT_IN_ELECTORATE,
                    "only the Participants active when " + decision + " was put to the Plenary ("
                            + String.join(", ", codes) + ") decide it; " + code + " is not among them");
        }
        if (approvals.stream().anyMatch(a -> a.getParticipantCode().equals(code))) {
            throw Refusal.of(ErrorCode.DUPLICATE_APPROVAL, code + " has already approved " + decision);
        }
        if (voter.getStatus() == ParticipantStatus.WITHDRAWN) {
            throw Refusal.of(
                    ErrorCode.PARTICIPANT_NOT_ACTIVE,
                    code + " has withdrawn from the Scheme; it no longer takes part in the Plenary's decisions");
        }
    }

    /** Whether {@code approvals} reach the majority. */
    public boolean adoptedBy(final List<PlenaryApproval> approvals) {
        return approvals.size() >= required;
    }
}
