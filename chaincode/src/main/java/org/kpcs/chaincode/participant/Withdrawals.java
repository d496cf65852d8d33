package org.kpcs.chaincode.participant;

import java.time.LocalDate;
import java.util.List;
import org.kpcs.chaincode.ledger.Dates;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.Participant;
import org.kpcs.protos.ParticipantStatus;
import org.kpcs.protos.RecordWithdrawalRequest;

/**
 * The rules of a Participant's withdrawal. Participation is voluntary (KPCS VI 8: open to all willing and able);
 * a Participant leaves by notifying the Chair, as it joined (VI 9). Once WITHDRAWN it is no longer a
 * Participant: no rough diamond may go to or come from it (III(c)); its past records stay on the ledger.
 */
public final class Withdrawals {
    private Withdrawals() {}

    /**
     * Checks that {@code participant} may withdraw now: it is a Participant (ACTIVE or SUSPENDED), it does not
     * hold the Chair, at least two active Participants remain, and the notification's date is not in the future.
     */
    public static void check(
            final RecordWithdrawalRequest request,
            final Participant participant,
            final List<Participant> registry,
            final String chairParticipant,
            final LocalDate today) {
        switch (participant.getStatus()) {
            case ACTIVE, SUSPENDED -> {}
            case WITHDRAWN ->
                throw Refusal.of(
                        ErrorCode.STATUS_UNCHANGED,
                        participant.getCode() + " has already withdrawn; nothing to record");
            default ->
                throw Refusal.of(
                        ErrorCode.STATUS_NOT_ALLOWED,
                        participant.getCode() + " is " + participant.getStatus() + ", not a Participant: only a"
                                + " Participant (ACTIVE or SUSPENDED) withdraws");
        }
        if (participant.getCode().equals(chairParticipant)) {
            throw Refusal.of(
                    ErrorCode.HOLDS_THE_CHAIR,
                    participant.getCode() + " holds the Chair (KPCS VI 4); the Plenary elects another Chair before"
                            + " it withdraws");
        }
        final long remaining = registry.stream()
                .filter(p -> p.getStatus() == ParticipantStatus.ACTIVE)
                .filter(p -> !p.getCode().equals(participant.getCode()))
                .count();
        if (remaining < 2) {
            throw Refusal.of(
                    ErrorCode.TOO_FEW_PARTICIPANTS,
                    "after " + participant.getCode() + " withdrew only " + remaining + " active Participant(s) would"
                            + " remain; the Scheme needs at least two (an exporter and an importer)");
        }
        final LocalDate notified = Dates.parse("notified on", request.getNotifiedOn());
        if (notified.isAfter(today)) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "the notification is dated " + notified + ", after today (" + today + ")");
        }
    }
}
