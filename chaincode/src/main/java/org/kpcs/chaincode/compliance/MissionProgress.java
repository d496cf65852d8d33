package org.kpcs.chaincode.compliance;

import java.time.LocalDate;
import java.util.Objects;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.participant.Electorate;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.MissionState;
import org.kpcs.protos.Participant;
import org.kpcs.protos.PlenaryApproval;
import org.kpcs.protos.ReviewMission;

/**
 * The steps of a review mission (KPCS VI 13(b), 14, 15), each allowed only after the one before it: recommended by
 * the Chair, decided by the Plenary (VI 13: "upon recommendation by the Chair"; a majority of the Participants
 * active when it was recommended, {@link Electorate}), consented to by the Participant concerned ("with the
 * consent of the Participant concerned"), started, completed, and its report filed within three weeks of
 * completion ({@link ReportDeadline}).
 */
record MissionProgress(ReviewMission mission) {
    MissionProgress {
        Objects.requireNonNull(mission, "mission");
    }

    /** VI 13: a Participant's delegate approves the Chair's recommendation; the majority's approval decides it. */
    ReviewMission approve(final Participant voter, final PlenaryApproval approval, final LocalDate today) {
        require(MissionState.MISSION_PROPOSED, "approve");
        final Electorate electorate = new Electorate(mission.getElectorateList(), mission.getRequiredApprovals());
        electorate.checkVote("mission " + mission.getId(), voter, mission.getApprovalsList());
        final ReviewMission.Builder approved =
                mission.toBuilder().addApprovals(approval).setTxId(approval.getTxId());
        if (electorate.adoptedBy(approved.getApprovalsList())) {
            approved.setState(MissionState.MISSION_DECIDED).setDecidedOn(today.toString());
        }
        return approved.build();
    }

    /**
     * The Chair withdraws its recommendation while the Plenary has not decided it, so that a mission the
     * Participants will not decide does not block another to the same Participant.
     */
    ReviewMission withdraw(final LocalDate today, final String txId) {
        require(MissionState.MISSION_PROPOSED, "withdraw");
        return mission.toBuilder()
                .setState(MissionState.MISSION_WITHDRAWN)
                .setWithdrawnOn(today.toString())
                .setTxId(txId)
                .build();
    }

    /** VI 14: the Participant concerned consents to a mission the Plenary decided, once. */
    ReviewMission consent(final String by, final LocalDate today, final String txId) {
        require(MissionState.MISSION_DECIDED, "consent to");
        return mission.toBuilder()
                .setState(MissionState.MISSION_CONSENTED)
                .setConsentedOn(today.toString())
                .setConsentedBy(by)
                .setTxId(txId)
                .build();
    }

    /** VI 14: a mission starts only with the consent of the Participant concerned. */
    ReviewMission start(final LocalDate today, final String txId) {
        require(MissionState.MISSION_CONSENTED, "start");
        return mission.toBuilder()
                .setState(MissionState.MISSION_IN_PROGRESS)
                .setStartedOn(today.toString())
                .setTxId(txId)
                .build();
    }

    /** Completion starts the three weeks within which the report is due (VI 15). */
    ReviewMission complete(final LocalDate today, final String txId) {
        require(MissionState.MISSION_IN_PROGRESS, "complete");
        return mission.toBuilder()
                .setState(MissionState.MISSION_COMPLETED)
                .setCompletedOn(today.toString())
                .setReportDue(new ReportDeadline(today).due().toString())
                .setTxId(txId)
                .build();
    }

    /** VI 15: the report is filed once, after completion; the ledger shows whether it met its deadline. */
    ReviewMission report(final LocalDate today, final String reportSha256, final String txId) {
        require(MissionState.MISSION_COMPLETED, "file the report of");
        final int late = deadline().daysLate(today);
        return mission.toBuilder()
                .setState(MissionState.MISSION_REPORTED)
                .setReportFiledOn(today.toString())
                .setReportMet(late == 0)
                .setReportDaysLate(late)
                .setReportSha256(reportSha256)
                .setPostingDue(new ReportDeadline(today).due().toString())
                .setTxId(txId)
                .build();
    }

    /**
     * VI 15: the Participant concerned comments on the filed report, once; the comments are due by the posting
     * date, three weeks after the report, and the ledger shows how many days late they came.
     */
    ReviewMission comment(final LocalDate today, final String commentsSha256, final String txId) {
        require(MissionState.MISSION_REPORTED, "comment on the report of");
        if (!mission.getCommentsFiledOn().isEmpty()) {
            throw Refusal.of(
                    ErrorCode.MISSION_STATE,
                    mission.getParticipant() + " already commented on the report of mission " + mission.getId() + " on "
                            + mission.getCommentsFiledOn());
        }
        final ReportDeadline posting = new ReportDeadline(LocalDate.parse(mission.getReportFiledOn()));
        return mission.toBuilder()
                .setCommentsFiledOn(today.toString())
                .setCommentsSha256(commentsSha256)
                .setCommentsDaysLate(posting.daysLate(today))
                .setTxId(txId)
                .build();
    }

    /** The mission as a reader sees it on {@code today}: overdue when completed, unreported and past due. */
    ReviewMission asOf(final LocalDate today) {
        return mission.getState() == MissionState.MISSION_COMPLETED
                        && deadline().overdue(today)
                ? mission.toBuilder().setReportOverdue(true).build()
                : mission;
    }

    /** A mission neither reported nor withdrawn: the Participant cannot be sent another one meanwhile. */
    boolean underWay() {
        return mission.getState() != MissionState.MISSION_REPORTED
                && mission.getState() != MissionState.MISSION_WITHDRAWN;
    }

    private ReportDeadline deadline() {
        return new ReportDeadline(LocalDate.parse(mission.getCompletedOn()));
    }

    private void require(final MissionState wanted, final String step) {
        if (mission.getState() == wanted) {
            return;
        }
        if (mission.getState() == MissionState.MISSION_PROPOSED) {
            throw Refusal.of(
                    ErrorCode.DECISION_REQUIRED,
                    "cannot " + step + " mission " + mission.getId() + ": the Plenary has not decided on it (KPCS VI"
                            + " 13: the Participants decide on review missions upon recommendation by the Chair); it"
                            + " has " + mission.getApprovalsCount() + " of the " + mission.getRequiredApprovals()
                            + " approvals it needs: each Participant's delegate runs `kpcs compliance mission approve "
                            + mission.getId() + "`");
        }
        if (mission.getState() == MissionState.MISSION_DECIDED && wanted != MissionState.MISSION_PROPOSED) {
            throw Refusal.of(
                    ErrorCode.CONSENT_REQUIRED,
                    "cannot " + step + " mission " + mission.getId() + ": " + mission.getParticipant()
                            + " has not consented (KPCS VI 14: review missions need the consent of the Participant"
                            + " concerned); its delegate runs `kpcs compliance mission consent " + mission.getId()
                            + "`");
        }
        throw Refusal.of(
                ErrorCode.MISSION_STATE,
                "cannot " + step + " mission " + mission.getId() + ": it is " + mission.getState() + ", and this step"
                        + " needs it " + wanted);
    }
}
