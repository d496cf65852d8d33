package org.kpcs.chaincode.statistics;

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
import org.kpcs.chaincode.participant.Participants;
import org.kpcs.chaincode.participant.SchemeSettings;
import org.kpcs.protos.ChairNotice;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.NotifyChairRequest;
import org.kpcs.protos.ReportKind;

/**
 * Annex III (c): "In the event that a Participant is unable to publish these statistics it should notify the Chair
 * immediately." The notice is a public record: the Chair and every Participant read it, and so may the interested
 * parties for whom the statistics are made available (Annex III (e)).
 */
final class ChairNotices {
    private final TransactionContext ctx;
    private final Ledger ledger;

    private ChairNotices(final TransactionContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.ledger = ctx.ledger();
    }

    static ChairNotices of(final TransactionContext ctx) {
        return ctx.repository(ChairNotices.class, ChairNotices::new);
    }

    List<ChairNotice> of(final String participant, final String period) {
        return ledger.readAll(Keys.CHAIR_NOTICE, ChairNotice.parser(), participant).stream()
                .filter(n -> period.isEmpty() || n.getPeriod().equals(period))
                .toList();
    }

    /**
     * Records the notice. Only the Participant's own delegate gives it (Section V(b): through the Chair); the
     * half-year must have begun, and the reason is required so that the Chair can act on it.
     */
    ChairNotice notify(final NotifyChairRequest request) {
        final Caller caller = ctx.caller();
        Participants.of(ctx).requireAuthorityOf(caller, request.getParticipant(), Role.DELEGATE);
        final ReportingPeriod period = ReportingPeriod.of(ReportKind.PRODUCTION, request.getPeriod());
        final LocalDate today = Dates.of(ledger.txTime());
        period.requireBegun(today);
        if (request.getReason().isBlank()) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT, "tell the Chair why the statistics cannot be published (--reason)");
        }
        final ChairNotice notice = ChairNotice.newBuilder()
                .setParticipant(request.getParticipant())
                .setPeriod(period.label())
                .setReason(request.getReason().strip())
                .setChair(SchemeSettings.read(ledger).getChairParticipant())
                .setNotifiedOn(today.toString())
                .setDue(period.due().toString())
                .setNotifiedBy(caller.id())
                .setNotifiedAt(ledger.txTimestamp())
                .setTxId(ledger.txId())
                .build();
        ledger.write(
                Keys.chairNotice(request.getParticipant(), period.label(), notice.getNotifiedAt(), ledger.txId()),
                notice);
        return notice;
    }
}
