package org.kpcs.gateway.compliance;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.client.KpGateway.Submission;
import org.kpcs.protos.ConcernList;
import org.kpcs.protos.ConcernMarker;
import org.kpcs.protos.ConcernView;
import org.kpcs.protos.ConfidentialText;
import org.kpcs.protos.FileMissionReportRequest;
import org.kpcs.protos.GetConcernRequest;
import org.kpcs.protos.GetMissionRequest;
import org.kpcs.protos.ListConcernsRequest;
import org.kpcs.protos.ListMissionsRequest;
import org.kpcs.protos.MissionList;
import org.kpcs.protos.MissionStepRequest;
import org.kpcs.protos.MissionView;
import org.kpcs.protos.ProposeMissionRequest;
import org.kpcs.protos.RaiseConcernRequest;
import org.kpcs.protos.ReplyToConcernRequest;
import org.kpcs.protos.ReviewMission;

/** Compliance through the Fabric gateway: the chaincode's {@code Compliance} and {@code ReviewMission} contracts. */
final class GatewayCompliance implements Compliance {
    /** The transient field the chaincode reads the confidential text from. */
    static final String CONFIDENTIAL = "confidential";

    private static final String CONCERNS = "Compliance";
    private static final String MISSIONS = "ReviewMission";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KpGateway gateway;

    GatewayCompliance(final KpGateway gateway) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
    }

    @Override
    public ConcernMarker raise(final String concerned, final String text) {
        return submit(
                CONCERNS,
                "RaiseConcern",
                RaiseConcernRequest.getDefaultInstance(),
                salted(text).setConcernedParticipant(concerned),
                ConcernMarker.parser());
    }

    @Override
    public ConcernMarker reply(final String concernId, final String text, final boolean close) {
        return submit(
                CONCERNS,
                "ReplyToConcern",
                ReplyToConcernRequest.newBuilder()
                        .setConcernId(concernId)
                        .setClose(close)
                        .build(),
                ConfidentialText.newBuilder().setText(text),
                ConcernMarker.parser());
    }

    @Override
    public ConcernView concern(final String concernId) {
        return gateway.evaluate(
                CONCERNS,
                "GetConcern",
                GetConcernRequest.newBuilder().setConcernId(concernId).build(),
                ConcernView.parser());
    }

    @Override
    public ConcernList concerns(final boolean openOnly) {
        return gateway.evaluate(
                CONCERNS,
                "ListConcerns",
                ListConcernsRequest.newBuilder().setOpenOnly(openOnly).build(),
                ConcernList.parser());
    }

    @Override
    public ReviewMission propose(final String participant, final String terms) {
        return submit(
                MISSIONS,
                "ProposeMission",
                ProposeMissionRequest.newBuilder().setParticipant(participant).build(),
                salted(terms),
                ReviewMission.parser());
    }

    @Override
    public ReviewMission approve(final String missionId) {
        return step("ApproveMission", missionId);
    }

    @Override
    public ReviewMission withdraw(final String missionId) {
        return step("WithdrawMission", missionId);
    }

    @Override
    public ReviewMission consent(final String missionId) {
        return step("ConsentToMission", missionId);
    }

    @Override
    public ReviewMission start(final String missionId) {
        return step("StartMission", missionId);
    }

    @Override
    public ReviewMission complete(final String missionId) {
        return step("CompleteMission", missionId);
    }

    @Override
    public ReviewMission report(final String missionId, final String text) {
        return withText("FileMissionReport", missionId, text);
    }

    @Override
    public ReviewMission comment(final String missionId, final String text) {
        return withText("CommentOnMissionReport", missionId, text);
    }

    /** A step on a mission that adds confidential text: the report, or the comments on it. */
    private ReviewMission withText(final String function, final String missionId, final String text) {
        return submit(
                MISSIONS,
                function,
                FileMissionReportRequest.newBuilder().setMissionId(missionId).build(),
                salted(text),
                ReviewMission.parser());
    }

    @Override
    public ReviewMission mission(final String missionId) {
        return gateway.evaluate(MISSIONS, "GetMission", missionRequest(missionId), ReviewMission.parser());
    }

    @Override
    public MissionView missionFile(final String missionId) {
        return gateway.evaluate(MISSIONS, "ReadMissionFile", missionRequest(missionId), MissionView.parser());
    }

    @Override
    public MissionList missions(final String participant) {
        return gateway.evaluate(
                MISSIONS,
                "ListMissions",
                ListMissionsRequest.newBuilder().setParticipant(participant).build(),
                MissionList.parser());
    }

    private ReviewMission step(final String function, final String missionId) {
        return gateway.submit(
                MISSIONS,
                function,
                MissionStepRequest.newBuilder().setMissionId(missionId).build(),
                ReviewMission.parser());
    }

    private static GetMissionRequest missionRequest(final String missionId) {
        return GetMissionRequest.newBuilder().setMissionId(missionId).build();
    }

    /** Confidential text with a fresh random salt, so its public hash cannot be guessed from likely texts. */
    private static ConfidentialText.Builder salted(final String text) {
        final byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return ConfidentialText.newBuilder()
                .setText(text)
                .setSalt(HexFormat.of().formatHex(salt));
    }

    private <T> T submit(
            final String contract,
            final String function,
            final com.google.protobuf.Message request,
            final ConfidentialText.Builder confidential,
            final com.google.protobuf.Parser<T> response) {
        return gateway.submit(
                Submission.of(contract, function, request)
                        .withTransient(Map.of(CONFIDENTIAL, confidential.build().toByteArray())),
                response);
    }
}
