package org.kpcs.chaincode.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kpcs.chaincode.compliance.Confidential.refused;
import static org.kpcs.chaincode.compliance.Confidential.text;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kpcs.chaincode.testing.FakeFabric;
import org.kpcs.chaincode.testing.Kp;
import org.kpcs.chaincode.testing.Result;
import org.kpcs.chaincode.testing.User;
import org.kpcs.protos.GetMissionRequest;
import org.kpcs.protos.MissionStepRequest;
import org.kpcs.protos.MissionView;
import org.kpcs.protos.ProposeMissionRequest;
import org.kpcs.protos.ReviewMission;

/**
 * KPCS VI 15 through the contract API: the Participant concerned comments on the report, once, confidentially;
 * the comments are due with the report's posting, three weeks after the report, and come late otherwise.
 */
class MissionCommentsTest {
    private static final String COMMENTS = "recommendation 2 is already in the draft regulations";
    private static final String COMMENT = "ReviewMission:CommentOnMissionReport";

    private final FakeFabric fabric = Kp.bootstrapped();

    private Result step(final User who, final String function, final String id) {
        return fabric.submit(
                who,
                "ReviewMission:" + function,
                MissionStepRequest.newBuilder().setMissionId(id).build());
    }

    private String completed() {
        fabric.setTime(Instant.parse("2026-03-02T10:00:00Z"));
        final String id = fabric.submitWithTransient(
                        Kp.CHAIR,
                        text("two experts; a week in Mumbai"),
                        "ReviewMission:ProposeMission",
                        ProposeMissionRequest.newBuilder().setParticipant("IN").build())
                .as(ReviewMission.parser())
                .getId();
        step(Kp.BW_DELEGATE, "ApproveMission", id).as(ReviewMission.parser());
        step(Kp.AE_DELEGATE, "ApproveMission", id).as(ReviewMission.parser());
        step(Kp.IN_DELEGATE, "ConsentToMission", id).as(ReviewMission.parser());
        step(Kp.CHAIR, "StartMission", id).as(ReviewMission.parser());
        step(Kp.CHAIR, "CompleteMission", id).as(ReviewMission.parser());
        return id;
    }

    private ReviewMission reported(final String id, final String day) {
        fabric.setTime(Instant.parse(day + "T10:00:00Z"));
        return fabric.submitWithTransient(
                        Kp.CHAIR, text("controls adequate"), "ReviewMission:FileMissionReport", step(id))
                .as(ReviewMission.parser());
    }

    private static MissionStepRequest step(final String id) {
        return MissionStepRequest.newBuilder().setMissionId(id).build();
    }

    @Test
    void the_participant_concerned_comments_once_and_only_participants_read_the_comments() {
        final String id = completed();
        refused(fabric, Kp.IN_DELEGATE, text(COMMENTS), COMMENT, step(id), "MISSION_STATE");
        final ReviewMission reported = reported(id, "2026-03-10");
        assertThat(reported.getPostingDue()).isEqualTo("2026-03-31");

        refused(fabric, Kp.AE_DELEGATE, text(COMMENTS), COMMENT, step(id), "WRONG_ORGANISATION");
        refused(fabric, Kp.CHAIR, text(COMMENTS), COMMENT, step(id), "ROLE_REQUIRED");
        refused(fabric, Kp.OBSERVER, text(COMMENTS), COMMENT, step(id), "OBSERVER_READ_ONLY");
        refused(fabric, Kp.IN_DELEGATE, Map.of(), COMMENT, step(id), "CONFIDENTIAL_TEXT_REQUIRED");

        fabric.setTime(Instant.parse("2026-03-31T10:00:00Z"));
        final Result filed = fabric.submitWithTransient(Kp.IN_DELEGATE, text(COMMENTS), COMMENT, step(id));
        final ReviewMission commented = filed.as(ReviewMission.parser());
        assertThat(commented.getCommentsFiledOn()).isEqualTo("2026-03-31");
        assertThat(commented.getCommentsDaysLate()).isZero();
        Confidential.keptOffTheSharedLedger(fabric, filed, COMMENTS);
        refused(fabric, Kp.IN_DELEGATE, text(COMMENTS), COMMENT, step(id), "MISSION_STATE");

        final MissionView view = fabric.evaluate(
                        Kp.AE_DELEGATE,
                        "ReviewMission:ReadMissionFile",
                        GetMissionRequest.newBuilder().setMissionId(id).build())
                .as(MissionView.parser());
        assertThat(view.getComments().getText()).isEqualTo(COMMENTS);
        assertThat(commented.getCommentsSha256()).isEqualTo(ConfidentialTexts.sha256(view.getComments()));
    }

    @Test
    void comments_after_the_posting_date_are_recorded_as_late() {
        final String id = completed();
        reported(id, "2026-03-10");
        fabric.setTime(Instant.parse("2026-04-02T10:00:00Z"));
        final ReviewMission late = fabric.submitWithTransient(Kp.IN_DELEGATE, text(COMMENTS), COMMENT, step(id))
                .as(ReviewMission.parser());
        assertThat(late.getCommentsDaysLate()).isEqualTo(2);
    }
}
