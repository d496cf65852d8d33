package org.kpcs.chaincode.participant;

import org.kpcs.chaincode.ledger.Caller;
import org.kpcs.chaincode.ledger.Keys;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.ledger.Role;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.Participant;
import org.kpcs.protos.Scheme;

/** Scheme-wide settings recorded when the registry is bootstrapped: which organisations are the industry. */
public final class SchemeSettings {
    private SchemeSettings() {}

    public static Scheme read(final Ledger ledger) {
        return ledger.read(Keys.SCHEME, Scheme.parser()).orElse(Scheme.getDefaultInstance());
    }

    /**
     * The caller is the Chair: kp.role=chair, from the Participant that holds the chair (recorded at bootstrap,
     * changed by elections), while that Participant is active. A Participant's own CA cannot make its users the
     * Chair. Every step only the Chair may take checks it here, and only here.
     */
    public static void requireChair(final Ledger ledger, final Caller caller, final Participant callersParticipant) {
        caller.requireRole(Role.CHAIR);
        Participants.active(callersParticipant);
        final String chair = read(ledger).getChairParticipant();
        final String callers = callersParticipant.getCode();
        if (!chair.isEmpty() && !chair.equals(callers)) {
            throw Refusal.of(
                    ErrorCode.WRONG_ORGANISATION,
                    "the Chair is held by " + chair + "; a chair certificate from " + callers
                            + " does not make its holder the Chair (KPCS VI 4)");
        }
    }

    public static boolean isIndustry(final Ledger ledger, final String mspId) {
        return read(ledger).getIndustryMspIdsList().contains(mspId);
    }
}
