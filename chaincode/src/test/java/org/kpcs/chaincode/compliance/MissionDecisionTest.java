package org.kpcs.chaincode.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kpcs.chaincode.compliance.Confidential.refused;
import static org.kpcs.chaincode.compliance.Confidential.text;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kpcs.chaincode.testing.FakeFabric;
import org.kpcs.chaincode.testing.Kp;
import org.kpcs.chaincode.testing.User;
import org.kpcs.protos.MissionState;
import org.kpcs.protos.MissionStepRequest;
import org.kpcs.protos.PlenaryApproval;
import org.kpcs.protos.ProposeMissionRequest;
import org.kpcs.protos.ReviewMission;

/**
 * KPCS VI 13 through the contract API: the Participants decide on a review mission upon recommendation by the
 * Chair, here by a majority of those active when the Chair recommended it; until then nothing else happens.
 */
class MissionDecisionTest {
    private static final String APPROVE = "ReviewMission:ApproveMission";

    private final FakeFabric fabric = Kp.bootstrapped();

    private ReviewMission recommended() {
        return fabric.submitWithTransient(
                        Kp.CHAIR,
                        text("two experts; a week in Mumbai"),
                        "ReviewMission:ProposeMission",
                        ProposeMissionRequest.newBuilder().setParticipant("IN").build())
                .as(ReviewMission.parser());
    }

    private static MissionStepRequest step(final String id) {
        return MissionStepRequest.newBuilder().setMissionId(id).build();
    }

    private ReviewMission approve(final User delegate, final String id) {
        return fabric.submit(delegate, APPROVE, step(id)).as(ReviewMission.parser());
    }

    @Test
    void a_majority_of_the_participants_active_at_the_recommendation_decides_the_mission() {
        final ReviewMission mission = recommended();
        assertThat(mission.getElectorateList()).containsExactly("AE", "BW", "IN");
        assertThat(mission.getRequiredApprovals()).isEqualTo(2);
        final String id = mission.getId();
        refused(fabric, Kp.IN_DELEGATE, Map.of(), "ReviewMission:ConsentToMission", step(id), "DECISION_REQUIRED");
        refused(fabric, Kp.CHAIR, Map.of(), "ReviewMission:StartMission", step(id), "DECISION_REQUIRED");

        final ReviewMission once = approve(Kp.BW_DELEGATE, id);
        assertThat(once.getState()).isEqualTo(MissionState.MISSION_PROPOSED);
        assertThat(once.getApprovalsList())
                .extracting(PlenaryApproval::getParticipantCode)
                .containsExactly("BW");
        assertThat(once.getDecidedOn()).isEmpty();
        refused(fabric, Kp.BW_DELEGATE, Map.of(), APPROVE, step(id), "DUPLICATE_APPROVAL");

        final ReviewMission decided = approve(Kp.IN_DELEGATE, id);
        assertThat(decided.getState()).isEqualTo(MissionState.MISSION_DECIDED);
        assertThat(decided.getApprovalsList())
                .extracting(PlenaryApproval::getParticipantCode)
                .containsExactly("BW", "IN");
        assertThat(decided.getDecidedOn()).isNotEmpty();
        refused(fabric, Kp.AE_DELEGATE, Map.of(), APPROVE, step(id), "MISSION_STATE");
        refused(fabric, Kp.CHAIR, Map.of(), "ReviewMission:StartMission", step(id), "CONSENT_REQUIRED");
        assertThat(fabric.submit(Kp.IN_DELEGATE, "ReviewMission:ConsentToMission", step(id))
                        .as(ReviewMission.parser())
                        .getState())
                .isEqualTo(MissionState.MISSION_CONSENTED);
    }

    @Test
    void only_a_participants_delegate_approves_and_only_an_existing_mission() {
        final String id = recommended().getId();
        refused(fabric, Kp.CHAIR, Map.of(), APPROVE, step(id), "ROLE_REQUIRED");
        refused(fabric, Kp.IN_IMPORTER, Map.of(), APPROVE, step(id), "ROLE_REQUIRED");
        refused(fabric, Kp.AUDITOR, Map.of(), APPROVE, step(id), "ROLE_REQUIRED");
        refused(fabric, Kp.OBSERVER, Map.of(), APPROVE, step(id), "OBSERVER_READ_ONLY");
        refused(fabric, Kp.AE_DELEGATE, Map.of(), APPROVE, step("RM-IN-1"), "MISSION_NOT_FOUND");
    }

    @Test
    void a_participant_suspended_when_the_chair_recommended_the_mission_does_not_decide_it() {
        Kp.suspend(fabric, "AE");
        final ReviewMission mission = recommended();
        assertThat(mission.getElectorateList()).containsExactly("BW", "IN");
        assertThat(mission.getRequiredApprovals()).isEqualTo(2);
        refused(fabric, Kp.AE_DELEGATE, Map.of(), APPROVE, step(mission.getId()), "NOT_IN_ELECTORATE");
        approve(Kp.BW_DELEGATE, mission.getId());
        assertThat(approve(Kp.IN_DELEGATE, mission.getId()).getState()).isEqualTo(MissionState.MISSION_DECIDED);
    }

    @Test
    void the_chair_withdraws_an_undecided_recommendation_and_may_recommend_another() {
        final String id = recommended().getId();
        refused(fabric, Kp.BW_DELEGATE, Map.of(), "ReviewMission:WithdrawMission", step(id), "ROLE_REQUIRED");
        refused(fabric, Kp.IN_CHAIR, Map.of(), "ReviewMission:WithdrawMission", step(id), "WRONG_ORGANISATION");
        final ReviewMission withdrawn = fabric.submit(Kp.CHAIR, "ReviewMission:WithdrawMission", step(id))
                .as(ReviewMission.parser());
        assertThat(withdrawn.getState()).isEqualTo(MissionState.MISSION_WITHDRAWN);
        assertThat(withdrawn.getWithdrawnOn()).isNotEmpty();
        refused(fabric, Kp.AE_DELEGATE, Map.of(), APPROVE, step(id), "MISSION_STATE");

        final String next = recommended().getId();
        approve(Kp.BW_DELEGATE, next);
        approve(Kp.AE_DELEGATE, next);
        refused(fabric, Kp.CHAIR, Map.of(), "ReviewMission:WithdrawMission", step(next), "MISSION_STATE");
    }
}
