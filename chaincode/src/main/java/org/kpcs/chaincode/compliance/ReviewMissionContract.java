package org.kpcs.chaincode.compliance;

import java.util.logging.Logger;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.kpcs.chaincode.ledger.KpcsContract;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.ReadsPrivateData;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.protos.ComplianceEvent;
import org.kpcs.protos.FileMissionReportRequest;
import org.kpcs.protos.GetMissionRequest;
import org.kpcs.protos.ListMissionsRequest;
import org.kpcs.protos.MissionList;
import org.kpcs.protos.MissionStepRequest;
import org.kpcs.protos.ProposeMissionRequest;
import org.kpcs.protos.ReviewMission;

/**
 * Review missions (KPCS Section VI 13(b), 14, 15): recommended by the Chair, decided by a majority of the
 * Participants, started only with the consent of the Participant concerned, completed, and reported within
 * three weeks. The public record shows each step and whether the report met its deadline; terms of reference
 * and report stay with the Participants. Rules: {@link ReviewMissions}, {@link MissionProgress},
 * {@link ReportDeadline}.
 */
@Contract(
        name = "ReviewMission",
        info = @Info(title = "KPCS review missions", version = "1"),
        transactionSerializer = "org.kpcs.chaincode.ledger.ProtoSerializer")
public final class ReviewMissionContract implements KpcsContract {
    private static final Logger LOG = Logger.getLogger(ReviewMissionContract.class.getName());

    /** The Chair recommends a mission to the Plenary; its terms of reference in transient "confidential". */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] ProposeMission(final TransactionContext ctx, final byte[] requestBytes) {
        final ProposeMissionRequest request = Ledger.request(requestBytes, ProposeMissionRequest.parser());
        return recorded(ctx, ReviewMissions.of(ctx).propose(request.getParticipant()));
    }

    /** A Participant's delegate approves the Chair's recommendation; a majority decides the mission (VI 13). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] ApproveMission(final TransactionContext ctx, final byte[] requestBytes) {
        return recorded(ctx, ReviewMissions.of(ctx).approve(missionId(requestBytes)));
    }

    /** The Chair withdraws a recommendation the Plenary has not decided. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] WithdrawMission(final TransactionContext ctx, final byte[] requestBytes) {
        return recorded(ctx, ReviewMissions.of(ctx).withdraw(missionId(requestBytes)));
    }

    /** The Participant concerned consents, by its delegate (VI 14). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] ConsentToMission(final TransactionContext ctx, final byte[] requestBytes) {
        return recorded(ctx, ReviewMissions.of(ctx).consent(missionId(requestBytes)));
    }

    /** The Chair starts a consented mission. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] StartMission(final TransactionContext ctx, final byte[] requestBytes) {
        return recorded(ctx, ReviewMissions.of(ctx).start(missionId(requestBytes)));
    }

    /** The Chair records the mission's completion: the report is due three weeks later (VI 15). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] CompleteMission(final TransactionContext ctx, final byte[] requestBytes) {
        return recorded(ctx, ReviewMissions.of(ctx).complete(missionId(requestBytes)));
    }

    /** The Chair files the report (transient "confidential"); the ledger marks the deadline met or missed. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] FileMissionReport(final TransactionContext ctx, final byte[] requestBytes) {
        final FileMissionReportRequest request = Ledger.request(requestBytes, FileMissionReportRequest.parser());
        return recorded(ctx, ReviewMissions.of(ctx).report(request.getMissionId()));
    }

    /** The Participant concerned comments on the report (transient "confidential"), by its delegate (VI 15). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] CommentOnMissionReport(final TransactionContext ctx, final byte[] requestBytes) {
        final FileMissionReportRequest request = Ledger.request(requestBytes, FileMissionReportRequest.parser());
        return recorded(ctx, ReviewMissions.of(ctx).comment(request.getMissionId()));
    }

    /** A mission's public record. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] GetMission(final TransactionContext ctx, final byte[] requestBytes) {
        final GetMissionRequest request = Ledger.request(requestBytes, GetMissionRequest.parser());
        return Ledger.bytes(ReviewMissions.of(ctx).current(request.getMissionId()));
    }

    /** A mission with its terms of reference and report: a Participant's delegate or the Chair only. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    @ReadsPrivateData
    public byte[] ReadMissionFile(final TransactionContext ctx, final byte[] requestBytes) {
        final GetMissionRequest request = Ledger.request(requestBytes, GetMissionRequest.parser());
        return Ledger.bytes(ReviewMissions.of(ctx).view(request.getMissionId()));
    }

    /** Public: every mission, or those to one Participant. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] ListMissions(final TransactionContext ctx, final byte[] requestBytes) {
        final ListMissionsRequest request = Ledger.request(requestBytes, ListMissionsRequest.parser());
        return Ledger.bytes(MissionList.newBuilder()
                .addAllMissions(ReviewMissions.of(ctx).list(request.getParticipant()))
                .build());
    }

    private static String missionId(final byte[] requestBytes) {
        return Ledger.request(requestBytes, MissionStepRequest.parser()).getMissionId();
    }

    private static byte[] recorded(final TransactionContext ctx, final ReviewMission mission) {
        ctx.ledger()
                .emit(
                        ComplianceContract.EVENT,
                        ComplianceEvent.newBuilder().setMission(mission).build());
        LOG.info(() -> "review mission " + mission.getId() + " to " + mission.getParticipant() + ": "
                + mission.getState()
                + (mission.getApprovalsCount() > 0 && mission.getConsentedOn().isEmpty()
                        ? " (" + mission.getApprovalsCount() + " of " + mission.getRequiredApprovals()
                                + " approvals the Plenary's decision needs)"
                        : "")
                + (mission.getReportFiledOn().isEmpty()
                        ? ""
                        : mission.getReportMet()
                                ? ", report on time"
                                : ", report " + mission.getReportDaysLate() + " day(s) late"));
        return Ledger.bytes(mission);
    }
}
