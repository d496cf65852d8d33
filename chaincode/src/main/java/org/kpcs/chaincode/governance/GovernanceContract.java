package org.kpcs.chaincode.governance;

import java.util.logging.Logger;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.kpcs.chaincode.ledger.KpcsContract;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.chaincode.participant.Participants;
import org.kpcs.protos.ApproveModificationRequest;
import org.kpcs.protos.FileNotificationRequest;
import org.kpcs.protos.GetNotificationRequest;
import org.kpcs.protos.GetPlenaryRequest;
import org.kpcs.protos.GovernanceEvent;
import org.kpcs.protos.ListModificationsRequest;
import org.kpcs.protos.ListNotificationsRequest;
import org.kpcs.protos.ModificationList;
import org.kpcs.protos.ModificationProposal;
import org.kpcs.protos.Notification;
import org.kpcs.protos.NotificationList;
import org.kpcs.protos.PlenaryMeeting;
import org.kpcs.protos.ProposeModificationRequest;
import org.kpcs.protos.SchedulePlenaryRequest;

/**
 * What Participants notify through the Chair (KPCS III(d), V(a)) and the Plenary's calendar with proposals to
 * modify the Scheme (VI 1, 17-19). Everything here is public. The rules live in {@link Notifications}, {@link
 * PlenaryCalendar} and {@link Modifications}.
 */
@Contract(
        name = "Governance",
        info = @Info(title = "KPCS notifications and the Plenary's calendar", version = "1"),
        transactionSerializer = "org.kpcs.chaincode.ledger.ProtoSerializer")
public final class GovernanceContract implements KpcsContract {
    /** Chaincode event name; the payload is a {@code GovernanceEvent}. */
    public static final String EVENT = "GovernanceEvent";

    private static final Logger LOG = Logger.getLogger(GovernanceContract.class.getName());

    /** A Participant's delegate files a new version of its notification (authorities, laws, Certificate). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] FileNotification(final TransactionContext ctx, final byte[] requestBytes) {
        final Notification filed =
                Notifications.of(ctx).file(Ledger.request(requestBytes, FileNotificationRequest.parser()));
        ctx.ledger()
                .emit(
                        EVENT,
                        GovernanceEvent.newBuilder().setNotificationFiled(filed).build());
        LOG.info(() -> filed.getParticipant() + " filed version " + filed.getVersion() + " of its notification ("
                + filed.getAuthoritiesCount() + " authorities, " + filed.getLawHashesCount() + " law documents)");
        return Ledger.bytes(filed);
    }

    /** One version of a Participant's notification, the current one unless a version is named. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] GetNotification(final TransactionContext ctx, final byte[] requestBytes) {
        final GetNotificationRequest request = Ledger.request(requestBytes, GetNotificationRequest.parser());
        final String code = Participants.of(ctx).get(request.getParticipant()).getCode();
        return Ledger.bytes(Notifications.of(ctx).get(code, request.getVersion()));
    }

    /** Every version of a Participant's notification, oldest first. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] ListNotifications(final TransactionContext ctx, final byte[] requestBytes) {
        final ListNotificationsRequest request = Ledger.request(requestBytes, ListNotificationsRequest.parser());
        final String code = Participants.of(ctx).get(request.getParticipant()).getCode();
        return Ledger.bytes(NotificationList.newBuilder()
                .addAllNotifications(Notifications.of(ctx).of(code))
                .build());
    }

    /** The Chair records the date and venue of the next Plenary. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] SchedulePlenary(final TransactionContext ctx, final byte[] requestBytes) {
        final PlenaryMeeting meeting =
                PlenaryCalendar.of(ctx).schedule(Ledger.request(requestBytes, SchedulePlenaryRequest.parser()));
        ctx.ledger()
                .emit(
                        EVENT,
                        GovernanceEvent.newBuilder()
                                .setPlenaryScheduled(meeting)
                                .build());
        LOG.info(() -> "the Chair (" + meeting.getRecordedByParticipant() + ") recorded the next Plenary: "
                + meeting.getDate() + " at " + meeting.getVenue());
        return Ledger.bytes(meeting);
    }

    /** The next Plenary, if one is recorded and still to come. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] GetPlenary(final TransactionContext ctx, final byte[] requestBytes) {
        Ledger.request(requestBytes, GetPlenaryRequest.parser());
        return Ledger.bytes(PlenaryCalendar.of(ctx).requireNext());
    }

    /** A Participant proposes to modify the Scheme, at least ninety days before the next Plenary. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] ProposeModification(final TransactionContext ctx, final byte[] requestBytes) {
        final ModificationProposal proposal =
                Modifications.of(ctx).propose(Ledger.request(requestBytes, ProposeModificationRequest.parser()));
        ctx.ledger()
                .emit(
                        EVENT,
                        GovernanceEvent.newBuilder()
                                .setModificationProposed(proposal)
                                .build());
        LOG.info(() -> proposal.getParticipant() + " proposed a modification of the Scheme (" + proposal.getTitle()
                + ") for the Plenary of " + proposal.getPlenaryDate() + ", " + proposal.getDaysBeforePlenary()
                + " days before it");
        return Ledger.bytes(proposal);
    }

    /** At the Plenary, a Participant's delegate approves a proposed modification; all of them adopt it (VI 17). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] ApproveModification(final TransactionContext ctx, final byte[] requestBytes) {
        final ApproveModificationRequest request = Ledger.request(requestBytes, ApproveModificationRequest.parser());
        final ModificationProposal proposal = Modifications.of(ctx).approve(request.getModificationId());
        ctx.ledger()
                .emit(
                        EVENT,
                        GovernanceEvent.newBuilder()
                                .setModificationApproved(proposal)
                                .build());
        LOG.info(() -> "modification " + proposal.getId() + " (" + proposal.getTitle() + "): "
                + proposal.getApprovalsCount() + " of " + proposal.getElectorateCount() + " Participants approved"
                + (proposal.getAdopted() ? "; adopted by consensus" : ""));
        return Ledger.bytes(proposal);
    }

    /** The proposed modifications on one Plenary's agenda, or on every Plenary's. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] ListModifications(final TransactionContext ctx, final byte[] requestBytes) {
        final ListModificationsRequest request = Ledger.request(requestBytes, ListModificationsRequest.parser());
        return Ledger.bytes(ModificationList.newBuilder()
                .addAllProposals(Modifications.of(ctx).on(request.getPlenaryDate()))
                .build());
    }
}
