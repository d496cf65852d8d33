package org.kpcs.chaincode.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kpcs.chaincode.compliance.Confidential.refused;
import static org.kpcs.chaincode.compliance.Confidential.text;
import static org.kpcs.chaincode.compliance.Confidential.unreadable;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kpcs.chaincode.testing.FakeFabric;
import org.kpcs.chaincode.testing.Kp;
import org.kpcs.chaincode.testing.Result;
import org.kpcs.chaincode.testing.User;
import org.kpcs.protos.GetMissionRequest;
import org.kpcs.protos.ListMissionsRequest;
import org.kpcs.protos.MissionList;
import org.kpcs.protos.MissionState;
import org.kpcs.protos.MissionStepRequest;
import org.kpcs.protos.MissionView;
import org.kpcs.protos.ProposeMissionRequest;
import org.kpcs.protos.ReviewMission;

/**
 * KPCS VI 14, 15 through the contract API, on missions the Plenary decided ({@link MissionDecisionTest}): consent
 * first, a report within three weeks, shown met or missed.
 */
class ReviewMissionsTest {
    private static final String TERMS = "three experts from BW and AE; ten days in Mumbai and Surat";
    private static final String REPORT = "controls adequate; two recommendations on licence checks";

    private final FakeFabric fabric = Kp.bootstrapped();

    private ReviewMission proposed() {
        return fabric.submitWithTransient(
                        Kp.CHAIR,
                        text(TERMS),
                        "ReviewMission:ProposeMission",
                        ProposeMissionRequest.newBuilder().setParticipant("IN").build())
                .as(ReviewMission.parser());
    }

    /** Recommended by the Chair and decided by BW's and AE's delegates (a majority of BW, AE and IN). */
    private ReviewMission decided() {
        final String id = proposed().getId();
        step(Kp.BW_DELEGATE, "ApproveMission", id).as(ReviewMission.parser());
        return step(Kp.AE_DELEGATE, "ApproveMission", id).as(ReviewMission.parser());
    }

    private Result step(final User who, final String function, final String id) {
        return fabric.submit(
                who,
                "ReviewMission:" + function,
                MissionStepRequest.newBuilder().setMissionId(id).build());
    }

    private Result report(final String id) {
        return fabric.submitWithTransient(
                Kp.CHAIR,
                text(REPORT),
                "ReviewMission:FileMissionReport",
                MissionStepRequest.newBuilder().setMissionId(id).build());
    }

    private ReviewMission completedOn(final String day) {
        final String id = decided().getId();
        step(Kp.IN_DELEGATE, "ConsentToMission", id).as(ReviewMission.parser());
        step(Kp.CHAIR, "StartMission", id).as(ReviewMission.parser());
        fabric.setTime(Instant.parse(day + "T10:00:00Z"));
        return step(Kp.CHAIR, "CompleteMission", id).as(ReviewMission.parser());
    }

    private static GetMissionRequest get(final String id) {
        return GetMissionRequest.newBuilder().setMissionId(id).build();
    }

    @Test
    void a_mission_starts_only_after_the_participant_concerned_consents() {
        final ReviewMission mission = decided();
        assertThat(mission.getState()).isEqualTo(MissionState.MISSION_DECIDED);
        assertThat(mission.getParticipant()).isEqualTo("IN");
        assertThat(mission.getChair()).isEqualTo("BW");
        final MissionStepRequest step =
                MissionStepRequest.newBuilder().setMissionId(mission.getId()).build();
        refused(fabric, Kp.CHAIR, Map.of(), "ReviewMission:StartMission", step, "CONSENT_REQUIRED");
        refused(fabric, Kp.CHAIR, Map.of(), "ReviewMission:CompleteMission", step, "CONSENT_REQUIRED");
        refused(fabric, Kp.AE_DELEGATE, Map.of(), "ReviewMission:ConsentToMission", step, "WRONG_ORGANISATION");
        refused(fabric, Kp.IN_IMPORTER, Map.of(), "ReviewMission:ConsentToMission", step, "ROLE_REQUIRED");
        refused(fabric, Kp.OBSERVER, Map.of(), "ReviewMission:ConsentToMission", step, "OBSERVER_READ_ONLY");

        final ReviewMission consented =
                step(Kp.IN_DELEGATE, "ConsentToMission", mission.getId()).as(ReviewMission.parser());
        assertThat(consented.getState()).isEqualTo(MissionState.MISSION_CONSENTED);
        assertThat(consented.getConsentedBy()).contains("delegate");
        refused(fabric, Kp.IN_DELEGATE, Map.of(), "ReviewMission:ConsentToMission", step, "MISSION_STATE");
        refused(fabric, Kp.IN_DELEGATE, Map.of(), "ReviewMission:StartMission", step, "ROLE_REQUIRED");
        assertThat(step(Kp.CHAIR, "StartMission", mission.getId())
                        .as(ReviewMission.parser())
                        .getState())
                .isEqualTo(MissionState.MISSION_IN_PROGRESS);
    }

    @Test
    void a_report_filed_within_three_weeks_is_met_and_only_participants_read_it() {
        final ReviewMission completed = completedOn("2026-03-10");
        assertThat(completed.getReportDue()).isEqualTo("2026-03-31");
        fabric.setTime(Instant.parse("2026-03-31T18:00:00Z"));
        final Result filed = report(completed.getId());
        final ReviewMission reported = filed.as(ReviewMission.parser());
        assertThat(reported.getState()).isEqualTo(MissionState.MISSION_REPORTED);
        assertThat(reported.getReportMet()).isTrue();
        assertThat(reported.getReportDaysLate()).isZero();
        Confidential.keptOffTheSharedLedger(fabric, filed, REPORT);
        Confidential.keptOffTheSharedLedger(fabric, filed, TERMS);

        final MissionView view = fabric.evaluate(
                        Kp.AE_DELEGATE, "ReviewMission:ReadMissionFile", get(completed.getId()))
                .as(MissionView.parser());
        assertThat(view.getTerms().getText()).isEqualTo(TERMS);
        assertThat(view.getReport().getText()).isEqualTo(REPORT);
        assertThat(reported.getReportSha256()).isEqualTo(ConfidentialTexts.sha256(view.getReport()));
        assertThat(reported.getTermsSha256()).isEqualTo(ConfidentialTexts.sha256(view.getTerms()));
        unreadable(fabric, Kp.OBSERVER, "ReviewMission:ReadMissionFile", get(completed.getId()), "OBSERVER_READ_ONLY");
        unreadable(fabric, Kp.AUDITOR, "ReviewMission:ReadMissionFile", get(completed.getId()), "PARTICIPANTS_ONLY");
        assertThat(fabric.evaluate(Kp.OBSERVER, "ReviewMission:GetMission", get(completed.getId()))
                        .as(ReviewMission.parser()))
                .isEqualTo(reported);
    }

    @Test
    void a_report_after_three_weeks_is_missed_and_shown_overdue_until_filed() {
        final ReviewMission completed = completedOn("2026-03-10");
        fabric.setTime(Instant.parse("2026-04-01T09:00:00Z"));
        final MissionList listed = fabric.evaluate(
                        Kp.OBSERVER,
                        "ReviewMission:ListMissions",
                        ListMissionsRequest.newBuilder().setParticipant("IN").build())
                .as(MissionList.parser());
        assertThat(listed.getMissionsList())
                .singleElement()
                .satisfies(m -> assertThat(m.getReportOverdue()).isTrue());
        fabric.setTime(Instant.parse("2026-04-03T09:00:00Z"));
        final ReviewMission late = report(completed.getId()).as(ReviewMission.parser());
        assertThat(late.getReportMet()).isFalse();
        assertThat(late.getReportDaysLate()).isEqualTo(3);
        assertThat(late.getReportOverdue()).isFalse();
    }

    @Test
    void the_chair_of_a_suspended_participant_takes_no_step_as_chair() {
        final String id = decided().getId();
        step(Kp.IN_DELEGATE, "ConsentToMission", id).as(ReviewMission.parser());
        Kp.suspend(fabric, "BW");
        refused(
                fabric,
                Kp.CHAIR,
                Map.of(),
                "ReviewMission:StartMission",
                MissionStepRequest.newBuilder().setMissionId(id).build(),
                "PARTICIPANT_NOT_ACTIVE");
        refused(
                fabric,
                Kp.CHAIR,
                text(TERMS),
                "ReviewMission:ProposeMission",
                ProposeMissionRequest.newBuilder().setParticipant("AE").build(),
                "PARTICIPANT_NOT_ACTIVE");
    }

    @Test
    void only_the_chair_proposes_one_mission_at_a_time_with_terms_of_reference() {
        final ProposeMissionRequest toIn =
                ProposeMissionRequest.newBuilder().setParticipant("IN").build();
        final String propose = "ReviewMission:ProposeMission";
        refused(fabric, Kp.AE_DELEGATE, text(TERMS), propose, toIn, "ROLE_REQUIRED");
        refused(fabric, Kp.IN_CHAIR, text(TERMS), propose, toIn, "WRONG_ORGANISATION");
        refused(fabric, Kp.AUDITOR, text(TERMS), propose, toIn, "ROLE_REQUIRED");
        refused(fabric, Kp.OBSERVER, text(TERMS), propose, toIn, "OBSERVER_READ_ONLY");
        refused(fabric, Kp.CHAIR, Map.of(), propose, toIn, "CONFIDENTIAL_TEXT_REQUIRED");
        refused(fabric, Kp.CHAIR, Confidential.concern("IN", TERMS), propose, toIn, "INVALID_ARGUMENT");
        refused(
                fabric,
                Kp.CHAIR,
                text(TERMS),
                propose,
                toIn.toBuilder().setParticipant("ZA").build(),
                "PARTICIPANT_NOT_FOUND");
        final String id = proposed().getId();
        refused(fabric, Kp.CHAIR, text(TERMS), propose, toIn, "MISSION_STATE");
        final MissionStepRequest unknown =
                MissionStepRequest.newBuilder().setMissionId("RM-IN-1").build();
        refused(fabric, Kp.IN_DELEGATE, Map.of(), "ReviewMission:ConsentToMission", unknown, "MISSION_NOT_FOUND");
        refused(
                fabric,
                Kp.CHAIR,
                text(REPORT),
                "ReviewMission:FileMissionReport",
                MissionStepRequest.newBuilder().setMissionId(id).build(),
                "DECISION_REQUIRED");
        unreadable(fabric, Kp.OBSERVER, "ReviewMission:GetMission", get("RM-IN-1"), "MISSION_NOT_FOUND");
    }

    @Test
    void a_report_needs_its_text_the_chair_and_a_completed_mission() {
        final String id = completedOn("2026-03-10").getId();
        final MissionStepRequest step =
                MissionStepRequest.newBuilder().setMissionId(id).build();
        refused(fabric, Kp.CHAIR, Map.of(), "ReviewMission:FileMissionReport", step, "CONFIDENTIAL_TEXT_REQUIRED");
        refused(fabric, Kp.IN_DELEGATE, text(REPORT), "ReviewMission:FileMissionReport", step, "ROLE_REQUIRED");
        refused(fabric, Kp.CHAIR, Map.of(), "ReviewMission:StartMission", step, "MISSION_STATE");
        report(id).as(ReviewMission.parser());
        refused(fabric, Kp.CHAIR, text(REPORT), "ReviewMission:FileMissionReport", step, "MISSION_STATE");
    }
}
