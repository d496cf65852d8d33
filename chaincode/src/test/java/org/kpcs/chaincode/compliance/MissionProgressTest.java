package org.kpcs.chaincode.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.junit.jupiter.api.Test;
import org.kpcs.protos.MissionState;
import org.kpcs.protos.Participant;
import org.kpcs.protos.ParticipantStatus;
import org.kpcs.protos.PlenaryApproval;
import org.kpcs.protos.ReviewMission;

/**
 * KPCS VI 13-15: each step of a review mission follows the one before; nothing happens before the Plenary's
 * decision, and nothing starts without consent.
 */
class MissionProgressTest {
    private static final LocalDate DAY = LocalDate.parse("2026-03-02");
    private static final ReviewMission PROPOSED = ReviewMission.newBuilder()
            .setId("RM-IN-20260302-tx000001")
            .setParticipant("IN")
            .setState(MissionState.MISSION_PROPOSED)
            .addAllElectorate(List.of("BW", "AE", "IN"))
            .setRequiredApprovals(2)
            .build();
    private static final ReviewMission DECIDED =
            PROPOSED.toBuilder().setState(MissionState.MISSION_DECIDED).build();

    private static String refusal(final Runnable step) {
        try {
            step.run();
        } catch (ChaincodeException e) {
            return e.getMessage().substring(0, e.getMessage().indexOf(':'));
        }
        throw new AssertionError("the step was not refused");
    }

    private static Participant active(final String code) {
        return Participant.newBuilder()
                .setCode(code)
                .setStatus(ParticipantStatus.ACTIVE)
                .build();
    }

    private static PlenaryApproval by(final String code) {
        return PlenaryApproval.newBuilder()
                .setParticipantCode(code)
                .setTxId("tx-" + code)
                .build();
    }

    @Test
    void without_the_plenarys_decision_nothing_else_happens() {
        final MissionProgress proposed = new MissionProgress(PROPOSED);
        assertThat(refusal(() -> proposed.consent("delegate@IN", DAY, "tx"))).isEqualTo("DECISION_REQUIRED");
        assertThat(refusal(() -> proposed.start(DAY, "tx"))).isEqualTo("DECISION_REQUIRED");
        assertThat(refusal(() -> proposed.report(DAY, "ab", "tx"))).isEqualTo("DECISION_REQUIRED");
    }

    @Test
    void the_second_of_three_approvals_decides_and_a_decided_mission_takes_no_more() {
        final ReviewMission once = new MissionProgress(PROPOSED).approve(active("AE"), by("AE"), DAY);
        assertThat(once.getState()).isEqualTo(MissionState.MISSION_PROPOSED);
        assertThat(refusal(() -> new MissionProgress(once).approve(active("AE"), by("AE"), DAY)))
                .isEqualTo("DUPLICATE_APPROVAL");
        assertThat(refusal(() -> new MissionProgress(once).approve(active("ZA"), by("ZA"), DAY)))
                .isEqualTo("NOT_IN_ELECTORATE");
        final ReviewMission decided = new MissionProgress(once).approve(active("IN"), by("IN"), DAY);
        assertThat(decided.getState()).isEqualTo(MissionState.MISSION_DECIDED);
        assertThat(decided.getDecidedOn()).isEqualTo("2026-03-02");
        assertThat(decided.getTxId()).isEqualTo("tx-IN");
        assertThat(refusal(() -> new MissionProgress(decided).approve(active("BW"), by("BW"), DAY)))
                .isEqualTo("MISSION_STATE");
    }

    @Test
    void without_consent_nothing_starts_completes_or_reports() {
        final MissionProgress decided = new MissionProgress(DECIDED);
        assertThat(refusal(() -> decided.start(DAY, "tx"))).isEqualTo("CONSENT_REQUIRED");
        assertThat(refusal(() -> decided.complete(DAY, "tx"))).isEqualTo("CONSENT_REQUIRED");
        assertThat(refusal(() -> decided.report(DAY, "ab", "tx"))).isEqualTo("CONSENT_REQUIRED");
    }

    @Test
    void each_step_needs_the_one_before_and_happens_once() {
        final ReviewMission consented = new MissionProgress(DECIDED).consent("delegate@IN", DAY, "tx1");
        assertThat(consented.getState()).isEqualTo(MissionState.MISSION_CONSENTED);
        assertThat(refusal(() -> new MissionProgress(consented).consent("x", DAY, "tx")))
                .isEqualTo("MISSION_STATE");
        assertThat(refusal(() -> new MissionProgress(consented).complete(DAY, "tx")))
                .isEqualTo("MISSION_STATE");
        final ReviewMission started = new MissionProgress(consented).start(DAY.plusDays(1), "tx2");
        assertThat(refusal(() -> new MissionProgress(started).report(DAY, "ab", "tx")))
                .isEqualTo("MISSION_STATE");
        final ReviewMission completed = new MissionProgress(started).complete(DAY.plusDays(10), "tx3");
        assertThat(completed.getReportDue()).isEqualTo("2026-04-02");
        assertThat(refusal(() -> new MissionProgress(completed).complete(DAY, "tx")))
                .isEqualTo("MISSION_STATE");
        final ReviewMission reported = new MissionProgress(completed).report(LocalDate.parse("2026-04-02"), "ab", "t");
        assertThat(reported.getState()).isEqualTo(MissionState.MISSION_REPORTED);
        assertThat(reported.getReportMet()).isTrue();
        assertThat(reported.getPostingDue()).isEqualTo("2026-04-23");
        assertThat(new MissionProgress(reported).underWay()).isFalse();
        assertThatThrownBy(() -> new MissionProgress(reported).report(DAY, "ab", "tx"))
                .hasMessageStartingWith("MISSION_STATE");
    }

    @Test
    void a_late_report_is_marked_missed_and_an_unreported_one_overdue() {
        final ReviewMission completed = PROPOSED.toBuilder()
                .setState(MissionState.MISSION_COMPLETED)
                .setCompletedOn("2026-03-02")
                .build();
        assertThat(new MissionProgress(completed)
                        .asOf(LocalDate.parse("2026-03-23"))
                        .getReportOverdue())
                .isFalse();
        assertThat(new MissionProgress(completed)
                        .asOf(LocalDate.parse("2026-03-24"))
                        .getReportOverdue())
                .isTrue();
        final ReviewMission late = new MissionProgress(completed).report(LocalDate.parse("2026-03-26"), "ab", "tx");
        assertThat(late.getReportMet()).isFalse();
        assertThat(late.getReportDaysLate()).isEqualTo(3);
        assertThat(new MissionProgress(late).asOf(LocalDate.parse("2026-05-01")).getReportOverdue())
                .isFalse();
    }

    @Test
    void comments_come_once_after_the_report_and_late_after_the_posting_date() {
        assertThat(refusal(() -> new MissionProgress(DECIDED).comment(DAY, "ab", "tx")))
                .isEqualTo("CONSENT_REQUIRED");
        final ReviewMission reported = DECIDED.toBuilder()
                .setState(MissionState.MISSION_REPORTED)
                .setReportFiledOn("2026-03-10")
                .build();
        final ReviewMission commented =
                new MissionProgress(reported).comment(LocalDate.parse("2026-04-02"), "cd", "tx");
        assertThat(commented.getCommentsFiledOn()).isEqualTo("2026-04-02");
        assertThat(commented.getCommentsDaysLate()).isEqualTo(2);
        assertThat(refusal(() -> new MissionProgress(commented).comment(DAY, "ef", "tx")))
                .isEqualTo("MISSION_STATE");
    }
}
