package org.kpcs.chaincode.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.junit.jupiter.api.Test;
import org.kpcs.protos.MissionState;
import org.kpcs.protos.ReviewMission;

/** KPCS VI 14, 15: each step of a review mission follows the one before; nothing starts without consent. */
class MissionProgressTest {
    private static final LocalDate DAY = LocalDate.parse("2026-03-02");
    private static final ReviewMission PROPOSED = ReviewMission.newBuilder()
            .setId("RM-IN-20260302-tx000001")
            .setParticipant("IN")
            .setState(MissionState.MISSION_PROPOSED)
            .build();

    private static String refusal(final Runnable step) {
        try {
            step.run();
        } catch (ChaincodeException e) {
            return e.getMessage().substring(0, e.getMessage().indexOf(':'));
        }
        throw new AssertionError("the step was not refused");
    }

    @Test
    void without_consent_nothing_starts_completes_or_reports() {
        final MissionProgress proposed = new MissionProgress(PROPOSED);
        assertThat(refusal(() -> proposed.start(DAY, "tx"))).isEqualTo("CONSENT_REQUIRED");
        assertThat(refusal(() -> proposed.complete(DAY, "tx"))).isEqualTo("CONSENT_REQUIRED");
        assertThat(refusal(() -> proposed.report(DAY, "ab", "tx"))).isEqualTo("CONSENT_REQUIRED");
    }

    @Test
    void each_step_needs_the_one_before_and_happens_once() {
        final ReviewMission consented = new MissionProgress(PROPOSED).consent("delegate@IN", DAY, "tx1");
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
}
