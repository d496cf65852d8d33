package org.kpcs.chaincode.governance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.kpcs.chaincode.ledger.Caller;
import org.kpcs.chaincode.ledger.Dates;
import org.kpcs.chaincode.ledger.Keys;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.chaincode.participant.Participants;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.Participant;
import org.kpcs.protos.PlenaryMeeting;
import org.kpcs.protos.SchedulePlenaryRequest;

/**
 * The next Plenary meeting (KPCS VI 1: "Participants and Observers are to meet in Plenary annually"), recorded by
 * the Chair who presides over it (VI 4), and the ninety days before it by which proposals to modify the Scheme
 * reach the Chair (VI 18).
 */
final class PlenaryCalendar {
    /** KPCS VI 18: "at least ninety days before the next Plenary meeting". */
    static final int NOTICE_DAYS = 90;

    private final TransactionContext ctx;
    private final Ledger ledger;

    private PlenaryCalendar(final TransactionContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.ledger = ctx.ledger();
    }

    static PlenaryCalendar of(final TransactionContext ctx) {
        return ctx.repository(PlenaryCalendar.class, PlenaryCalendar::new);
    }

    /**
     * The Chair records (or moves) the date and venue of the next Plenary; the date is after today. Moving a
     * meeting still to come moves its agenda with it ({@link Modifications#moveAgenda}).
     */
    PlenaryMeeting schedule(final SchedulePlenaryRequest request) {
        final Caller caller = ctx.caller();
        final Participant chairs = Participants.of(ctx).requireChair(caller);
        final LocalDate date = Dates.parse("Plenary date", request.getDate());
        final LocalDate today = Dates.of(ledger.txTime());
        if (!date.isAfter(today)) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT, "the next Plenary is after today (" + today + "), not on " + date);
        }
        if (request.getVenue().isBlank()) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "name the Plenary's venue (KPCS VI 3)");
        }
        final PlenaryMeeting.Builder meeting = PlenaryMeeting.newBuilder()
                .setDate(date.toString())
                .setVenue(request.getVenue().strip())
                .setRecordedByParticipant(chairs.getCode())
                .setRecordedBy(caller.id())
                .setRecordedAt(ledger.txTimestamp())
                .setTxId(ledger.txId());
        final Optional<PlenaryMeeting> before = next();
        if (before.isPresent() && !before.get().getDate().equals(meeting.getDate())) {
            final String from = before.get().getDate();
            meeting.setMovedFrom(from).setProposalsMoved(Modifications.of(ctx).moveAgenda(from, meeting.getDate()));
        }
        final PlenaryMeeting recorded = meeting.build();
        ledger.write(Keys.PLENARY, recorded);
        return recorded;
    }

    /** The next Plenary, if the Chair has recorded one that is still to come. */
    Optional<PlenaryMeeting> next() {
        final LocalDate today = Dates.of(ledger.txTime());
        return ledger.read(Keys.PLENARY, PlenaryMeeting.parser())
                .filter(m -> LocalDate.parse(m.getDate()).isAfter(today));
    }

    /** As {@link #next()}, refused when there is none. */
    PlenaryMeeting requireNext() {
        return next().orElseThrow(() -> Refusal.of(
                ErrorCode.NO_PLENARY_SCHEDULED,
                "no next Plenary is recorded; the Chair records its date first (`kpcs governance schedule-plenary`)"));
    }

    /**
     * KPCS VI 18: a proposal to modify the Scheme reaches the Chair at least ninety days before the next Plenary.
     * Returns the days left before it; refuses a later proposal (it is not carried over to a following Plenary
     * whose date the ledger does not know yet: the Participant proposes it again once the Chair records it).
     */
    static int checkNotice(final LocalDate today, final PlenaryMeeting next) {
        final LocalDate plenary = LocalDate.parse(next.getDate());
        final int days = daysBefore(today, plenary.toString());
        if (!inTime(days)) {
            throw Refusal.of(
                    ErrorCode.MODIFICATION_TOO_LATE,
                    "the next Plenary is on " + plenary + ", " + days + " days from today (" + today + "); KPCS VI 18"
                            + " wants proposals at least " + NOTICE_DAYS + " days before it (by "
                            + plenary.minusDays(NOTICE_DAYS) + "); propose it for the following Plenary once the"
                            + " Chair has recorded that one's date");
        }
        return days;
    }

    /** The days from {@code day} to the Plenary of {@code plenaryDate}. */
    static int daysBefore(final LocalDate day, final String plenaryDate) {
        return (int) ChronoUnit.DAYS.between(day, LocalDate.parse(plenaryDate));
    }

    /** VI 18: ninety days' notice or more. */
    static boolean inTime(final int daysBefore) {
        return daysBefore >= NOTICE_DAYS;
    }
}
