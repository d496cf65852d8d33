package org.kpcs.chaincode.compliance;

import org.kpcs.chaincode.ledger.Caller;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.ledger.Role;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.chaincode.participant.Participants;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.Participant;
import org.kpcs.protos.ParticipantStatus;

/**
 * KPCS VI 15, 16: compliance matters are discussed among the Participants, through the Chair. Who may take part:
 * a Participant's delegate, or the Chair, of a Participant in the scheme (active or suspended; an applicant is
 * not yet one). The industry, observers and a Participant's other authorities are refused.
 */
record ParticipantsOnly(Participant participant, boolean chair) {
    /** The caller's Participant, refused unless the caller is its delegate or the Chair. */
    static ParticipantsOnly caller(final TransactionContext ctx) {
        final Caller caller = ctx.caller();
        final boolean chair = caller.has(Role.CHAIR);
        if (!chair && !caller.has(Role.DELEGATE)) {
            throw refused(caller);
        }
        final Participant participant = Participants.of(ctx).all().stream()
                .filter(p -> p.getMspId().equals(caller.mspId()))
                .filter(ParticipantsOnly::inScheme)
                .findFirst()
                .orElseThrow(() -> refused(caller));
        if (chair) {
            Participants.of(ctx).requireChair(caller, participant);
        }
        return new ParticipantsOnly(participant, chair);
    }

    /** A Participant in the scheme: active, or suspended (it can still be the subject of a concern or mission). */
    static boolean inScheme(final Participant participant) {
        return participant.getStatus() == ParticipantStatus.ACTIVE
                || participant.getStatus() == ParticipantStatus.SUSPENDED;
    }

    /** {@code participant} must be in the scheme to be the subject of a concern or a mission. */
    static Participant subject(final Participant participant) {
        if (!inScheme(participant)) {
            throw Refusal.of(
                    ErrorCode.PARTICIPANT_NOT_ACTIVE,
                    participant.getCode() + " is " + participant.getStatus()
                            + ", not a Participant: concerns and review missions are about Participants");
        }
        return participant;
    }

    String code() {
        return participant.getCode();
    }

    private static RuntimeException refused(final Caller caller) {
        return Refusal.of(
                ErrorCode.PARTICIPANTS_ONLY,
                "compliance matters are confidential to the Participants (KPCS VI 15, 16): only a Participant's"
                        + " delegate or the Chair takes part; the caller from " + caller.mspId() + " has "
                        + caller.role().map(Role::attributeValue).orElse("no role"));
    }
}
