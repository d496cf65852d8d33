package org.kpcs.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Message;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.kpcs.protos.ConcernList;
import org.kpcs.protos.ConcernMarker;
import org.kpcs.protos.ConcernState;
import org.kpcs.protos.ConcernView;
import org.kpcs.protos.DialogueEntry;
import org.kpcs.protos.MissionState;
import org.kpcs.protos.MissionView;
import org.kpcs.protos.ReviewMission;

/**
 * Compliance concerns and review missions on the real network (KPCS V(e), VI 13-16), through the CLI: AE raises a
 * concern about IN, IN replies, the observer and the industry see the marker but cannot read the content; the
 * Chair recommends a review mission to IN, which the Participants decide by majority and which cannot start before
 * IN consents, then completes and is reported within its deadline, and IN comments on the report; a second
 * recommendation the Chair withdraws.
 */
class ComplianceE2E {
    @AfterAll
    static void closeChannels() {
        LocalNetwork.CHANNELS.close();
    }

    @Test
    void a_concern_is_discussed_among_participants_and_only_its_marker_is_public() {
        final String secret = "IN licences name a sanctioned firm " + UUID.randomUUID();
        final ConcernMarker raised =
                read(ConcernMarker.newBuilder(), json("AE", "delegate", "raise", "IN", "--text", secret));
        assertThat(raised.getRaisedByParticipant()).isEqualTo("AE");
        assertThat(raised.getState()).isEqualTo(ConcernState.CONCERN_STATE_OPEN);
        final String id = raised.getId();

        NetworkNodes.await(
                "IN's peer holding the concern's file",
                Duration.ofSeconds(30),
                () -> concern("IN", id).getFile().getConcernedParticipant().equals("IN"));
        final String answer = "the firm's licence was revoked " + UUID.randomUUID();
        final ConcernMarker replied =
                read(ConcernMarker.newBuilder(), json("IN", "delegate", "reply", id, "--text", answer));
        assertThat(replied.getEntries()).isEqualTo(2);

        NetworkNodes.await(
                "AE's peer holding IN's reply",
                Duration.ofSeconds(30),
                () -> concern("AE", id).getFile().getDialogueCount() == 2);
        final ConcernView seenByAe = concern("AE", id);
        assertThat(seenByAe.getFile().getDialogueList())
                .extracting(DialogueEntry::getParticipant, DialogueEntry::getText)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("AE", secret),
                        org.assertj.core.groups.Tuple.tuple("IN", answer));
        assertThat(seenByAe.getMarker().getFileSha256()).isEqualTo(replied.getFileSha256());

        // the observer and the industry see that the concern exists, never what it says or whom it concerns
        for (final String[] outsider : List.of(new String[] {"CSO", "observer"}, new String[] {"WDC", "auditor"})) {
            NetworkNodes.await(
                    outsider[0] + " seeing the marker",
                    Duration.ofSeconds(30),
                    () -> ComplianceE2E.<ConcernList>read(
                                    ConcernList.newBuilder(), json(outsider[0], outsider[1], "list"))
                            .getConcernsList()
                            .contains(replied));
            final String listed = ServeProcess.kpcs("--org", outsider[0], "--user", outsider[1], "compliance", "list");
            assertThat(listed).contains(id).contains("raised by AE").doesNotContain(secret);
        }
        refused("OBSERVER_READ_ONLY", "--org", "CSO", "--user", "observer", "compliance", "show", id);
        refused("PARTICIPANTS_ONLY", "--org", "WDC", "--user", "auditor", "compliance", "show", id);
        refused("PARTICIPANTS_ONLY", "--org", "BW", "--user", "exporter", "compliance", "show", id);
        refused("WRONG_ORGANISATION", "--org", "BW", "--user", "delegate", "compliance", "reply", id, "--text", "x");
        // the observer's own gateway (its peer runs no chaincode) will not send confidential transient data to
        // another organisation's peer: its raise stops there, before any chaincode sees it
        refused("ENDORSEMENT_FAILED", "--org", "CSO", "--user", "observer", "compliance", "raise", "IN", "--text", "x");
        refused("PARTICIPANTS_ONLY", "--org", "WDC", "--user", "auditor", "compliance", "raise", "IN", "--text", "x");
        assertThat(read(ConcernList.newBuilder(), json("BW", "delegate", "list"))
                        .toString())
                .doesNotContain("raised_by_participant: \"WDC\"")
                .doesNotContain("raised_by_participant: \"CSO\"");
        assertThat(concern("BW", id).getFile().getDialogueCount()).isEqualTo(2);
    }

    @Test
    void a_review_mission_the_plenary_decided_starts_only_with_consent_and_its_report_meets_the_deadline() {
        final String terms = "three experts from BW and AE, ten days " + UUID.randomUUID();
        final ReviewMission proposed =
                read(ReviewMission.newBuilder(), json("BW", "chair", "mission", "propose", "IN", "--text", terms));
        assertThat(proposed.getState()).isEqualTo(MissionState.MISSION_PROPOSED);
        assertThat(proposed.getElectorateList()).contains("BW", "AE", "IN");
        final String id = proposed.getId();

        refused("DECISION_REQUIRED", "--org", "BW", "--user", "chair", "compliance", "mission", "start", id);
        refused("WRONG_ORGANISATION", "--org", "AE", "--user", "delegate", "compliance", "mission", "consent", id);
        assertThat(mission("BW", "chair", id).getState()).isEqualTo(MissionState.MISSION_PROPOSED);

        ReviewMission decision = proposed;
        for (final String org : proposed.getElectorateList()) {
            if (decision.getState() == MissionState.MISSION_DECIDED) {
                break;
            }
            final int approvals = decision.getApprovalsCount();
            NetworkNodes.await(
                    org + "'s peer seeing " + approvals + " approval(s)",
                    Duration.ofSeconds(30),
                    () -> mission(org, "delegate", id).getApprovalsCount() == approvals);
            decision = read(ReviewMission.newBuilder(), json(org, "delegate", "mission", "approve", id));
        }
        assertThat(decision.getState()).isEqualTo(MissionState.MISSION_DECIDED);
        assertThat(decision.getApprovalsCount()).isEqualTo(proposed.getRequiredApprovals());
        NetworkNodes.await(
                "IN's peer seeing the decision",
                Duration.ofSeconds(30),
                () -> mission("IN", "delegate", id).getState() == MissionState.MISSION_DECIDED);
        final ReviewMission consented =
                read(ReviewMission.newBuilder(), json("IN", "delegate", "mission", "consent", id));
        assertThat(consented.getState()).isEqualTo(MissionState.MISSION_CONSENTED);
        NetworkNodes.await(
                "BW's peer seeing the consent",
                Duration.ofSeconds(30),
                () -> mission("BW", "chair", id).getState() == MissionState.MISSION_CONSENTED);
        step("start", id, MissionState.MISSION_IN_PROGRESS);
        final ReviewMission completed = step("complete", id, MissionState.MISSION_COMPLETED);
        assertThat(completed.getReportDue())
                .isEqualTo(
                        LocalDate.parse(completed.getCompletedOn()).plusWeeks(3).toString());
        final String text = "controls adequate " + UUID.randomUUID();
        final ReviewMission reported =
                read(ReviewMission.newBuilder(), json("BW", "chair", "mission", "report", id, "--text", text));
        assertThat(reported.getState()).isEqualTo(MissionState.MISSION_REPORTED);
        assertThat(reported.getReportMet()).isTrue();

        NetworkNodes.await(
                "the observer seeing the report met",
                Duration.ofSeconds(30),
                () -> mission("CSO", "observer", id).getReportMet());
        assertThat(ServeProcess.kpcs("--org", "CSO", "--user", "observer", "compliance", "mission", "list"))
                .contains(id + " to IN REPORTED")
                .contains("(deadline MET)")
                .doesNotContain(text);
        refused(
                "OBSERVER_READ_ONLY",
                "--org",
                "CSO",
                "--user",
                "observer",
                "compliance",
                "mission",
                "show",
                id,
                "--confidential");
        refused(
                "PARTICIPANTS_ONLY",
                "--org",
                "WDC",
                "--user",
                "auditor",
                "compliance",
                "mission",
                "show",
                id,
                "--confidential");
        NetworkNodes.await(
                "IN's peer seeing the report",
                Duration.ofSeconds(30),
                () -> mission("IN", "delegate", id).getState() == MissionState.MISSION_REPORTED);
        final String comments = "recommendation 2 is in the draft regulations " + UUID.randomUUID();
        final ReviewMission commented =
                read(ReviewMission.newBuilder(), json("IN", "delegate", "mission", "comment", id, "--text", comments));
        assertThat(commented.getCommentsDaysLate()).isZero();
        assertThat(commented.getPostingDue())
                .isEqualTo(LocalDate.parse(reported.getReportFiledOn())
                        .plusWeeks(3)
                        .toString());
        NetworkNodes.await("AE reading the report and IN's comments", Duration.ofSeconds(30), () -> {
            final MissionView file =
                    read(MissionView.newBuilder(), json("AE", "delegate", "mission", "show", id, "--confidential"));
            return file.getReport().getText().equals(text)
                    && file.getTerms().getText().equals(terms)
                    && file.getComments().getText().equals(comments);
        });

        // reported, the mission no longer blocks another; one the Plenary does not decide, the Chair withdraws
        final ReviewMission second = read(
                ReviewMission.newBuilder(),
                json("BW", "chair", "mission", "propose", "IN", "--text", "a second look " + UUID.randomUUID()));
        final ReviewMission withdrawn =
                read(ReviewMission.newBuilder(), json("BW", "chair", "mission", "withdraw", second.getId()));
        assertThat(withdrawn.getState()).isEqualTo(MissionState.MISSION_WITHDRAWN);
        refused(
                "MISSION_STATE",
                "--org",
                "BW",
                "--user",
                "delegate",
                "compliance",
                "mission",
                "approve",
                second.getId());
        assertThat(mission("BW", "delegate", second.getId()).getApprovalsCount())
                .isZero();
    }

    private static ReviewMission step(final String step, final String id, final MissionState expected) {
        final ReviewMission mission = read(ReviewMission.newBuilder(), json("BW", "chair", "mission", step, id));
        assertThat(mission.getState()).isEqualTo(expected);
        return mission;
    }

    private static ConcernView concern(final String org, final String id) {
        return read(ConcernView.newBuilder(), json(org, "delegate", "show", id));
    }

    private static ReviewMission mission(final String org, final String user, final String id) {
        return read(ReviewMission.newBuilder(), json(org, user, "mission", "show", id));
    }

    /** {@code kpcs --org ORG --user USER --json compliance ...}: its JSON output. */
    private static String json(final String org, final String user, final String... compliance) {
        final List<String> args = new ArrayList<>(List.of("--org", org, "--user", user, "--json", "compliance"));
        args.addAll(List.of(compliance));
        return ServeProcess.kpcs(args.toArray(String[]::new));
    }

    /** The command fails, naming the rule that refused it. */
    private static void refused(final String code, final String... args) {
        assertThat(CliRuns.refusal(args)).contains("[" + code + "]");
    }

    private static <T extends Message> T read(final Message.Builder into, final String json) {
        return CliRuns.read(into, json);
    }
}
