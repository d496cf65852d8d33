package org.kpcs.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.kpcs.gateway.cli.Kpcs;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.client.KpcsException;
import org.kpcs.gateway.governance.Governance;
import org.kpcs.gateway.registry.Registry;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.ModificationProposal;
import org.kpcs.protos.Notification;
import org.kpcs.protos.ProposalState;
import org.kpcs.protos.ProposeModificationRequest;
import org.kpcs.protos.StatusProposal;

/**
 * The Plenary's governance on the real network: the chair passes from BW to AE by election and back, only the
 * holder's chair user acts as Chair; a notification and its second version; the ninety-day rule. The test hands
 * the chair back to BW, which the other end-to-end tests take as the Chair.
 */
class GovernanceE2E {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String SPECIMEN = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";

    @AfterAll
    static void closeChannels() {
        LocalNetwork.CHANNELS.close();
    }

    private static String chairSeenBy(final String org, final String user) {
        try (KpGateway gateway = LocalNetwork.as(org, user)) {
            return Governance.of(gateway).chair().getChairParticipant();
        }
    }

    /** The election by {@code chair}'s chair user of {@code successor}, approved by two delegates of three. */
    private static StatusProposal elect(final String chair, final String successor, final String... approvers) {
        final StatusProposal election;
        try (KpGateway gateway = LocalNetwork.as(chair, "chair")) {
            election = Governance.of(gateway)
                    .proposeChair(successor, TODAY.getYear() + 1, "e2e: elected at the end of the Plenary");
        }
        assertThat(election.getRequiredApprovals()).isEqualTo(2);
        StatusProposal last = election;
        for (final String approver : approvers) {
            try (KpGateway delegate = LocalNetwork.as(approver, "delegate")) {
                // the approver's peer endorses the approval: it must have committed the proposal and every
                // approval before it (in CI one peer had not, and refused with PROPOSAL_NOT_FOUND)
                final int approvals = last.getApprovalsCount();
                NetworkNodes.await(
                        approver + "'s peer seeing election " + election.getId() + " with " + approvals
                                + " approval(s)",
                        Duration.ofSeconds(30),
                        () -> seen(delegate, election.getId(), approvals));
                last = Registry.of(delegate).approve(election.getId());
            }
        }
        return last;
    }

    private static boolean seen(final KpGateway gateway, final String proposalId, final int approvals) {
        try {
            return Registry.of(gateway).proposal(proposalId).getApprovalsCount() == approvals;
        } catch (KpcsException e) {
            return false;
        }
    }

    private static void awaitChair(final String code) {
        NetworkNodes.await(
                "the observer sees " + code + " in the chair",
                Duration.ofSeconds(30),
                () -> code.equals(chairSeenBy("CSO", "observer")));
    }

    @Test
    void the_plenary_elects_a_new_chair_who_alone_acts_as_chair_then_hands_it_back() {
        assertThat(chairSeenBy("CSO", "observer"))
                .as("the network starts with BW in the chair")
                .isEqualTo("BW");
        final int handOversBefore = handOvers().size();
        final StatusProposal afterOne = elect("BW", "AE", "AE");
        assertThat(afterOne.getState()).isEqualTo(ProposalState.OPEN);
        assertThat(chairSeenBy("AE", "admin")).as("one approval of two").isEqualTo("BW");
        final StatusProposal adopted;
        try (KpGateway bw = LocalNetwork.as("BW", "delegate")) {
            adopted = Registry.of(bw).approve(afterOne.getId());
        }
        assertThat(adopted.getState()).isEqualTo(ProposalState.ADOPTED);
        awaitChair("AE");
        try {
            assertThat(kpcs("--org", "CSO", "--user", "observer", "governance", "chair"))
                    .contains("Chair: AE")
                    .contains("chair BW -> AE for " + (TODAY.getYear() + 1));

            // only the Chair records the next Plenary: AE's chair user now, BW's no longer
            try (KpGateway old = LocalNetwork.as("BW", "chair")) {
                final KpcsException refused = catchThrowableOfType(
                        KpcsException.class,
                        () -> Governance.of(old)
                                .schedulePlenary(TODAY.plusDays(60).toString(), "Gaborone"));
                assertThat(refused.code()).isEqualTo(ErrorCode.WRONG_ORGANISATION);
                assertThat(refused.getMessage()).contains("held by AE");
            }
            try (KpGateway chair = LocalNetwork.as("AE", "chair")) {
                assertThat(Governance.of(chair)
                                .schedulePlenary(TODAY.plusDays(60).toString(), "Dubai")
                                .getRecordedByParticipant())
                        .isEqualTo("AE");
            }
            ninetyDaysBeforeThePlenary();
        } finally {
            elect("AE", "BW", "AE", "BW");
            awaitChair("BW");
        }
        final List<String> handOvers = handOvers();
        assertThat(handOvers.subList(handOversBefore, handOvers.size())).containsExactly("BW->AE", "AE->BW");
    }

    private static List<String> handOvers() {
        try (KpGateway observer = LocalNetwork.as("CSO", "observer")) {
            return Governance.of(observer).chair().getHandOversList().stream()
                    .map(h -> h.getFromParticipant() + "->" + h.getToParticipant())
                    .toList();
        }
    }

    /**
     * A modification 60 days before the Plenary is refused; once it is moved to 200 days away, accepted, and its
     * approval refused until the meeting's day.
     */
    private static void ninetyDaysBeforeThePlenary() {
        final String title = "e2e: electronic Certificates " + System.nanoTime();
        final ProposeModificationRequest proposal = ProposeModificationRequest.newBuilder()
                .setParticipant("IN")
                .setTitle(title)
                .setDocumentSha256(HASH)
                .build();
        try (KpGateway in = LocalNetwork.as("IN", "delegate")) {
            final KpcsException late = catchThrowableOfType(
                    KpcsException.class, () -> Governance.of(in).proposeModification(proposal));
            assertThat(late.code()).isEqualTo(ErrorCode.MODIFICATION_TOO_LATE);
            assertThat(Governance.of(in).modifications("").getProposalsList())
                    .noneMatch(p -> p.getTitle().equals(title));
        }
        final String later = TODAY.plusDays(200).toString();
        try (KpGateway chair = LocalNetwork.as("AE", "chair")) {
            Governance.of(chair).schedulePlenary(later, "Dubai");
        }
        try (KpGateway in = LocalNetwork.as("IN", "delegate")) {
            // IN's peer endorses the proposal: it must have committed the Plenary's new date first
            NetworkNodes.await(
                    "IN's peer seeing the Plenary moved to " + later,
                    Duration.ofSeconds(30),
                    () -> later.equals(Governance.of(in).plenary().getDate()));
            final ModificationProposal accepted = Governance.of(in).proposeModification(proposal);
            assertThat(accepted.getPlenaryDate()).isEqualTo(later);
            assertThat(accepted.getDaysBeforePlenary()).isEqualTo(200);
            // VI 17: the Plenary adopts it at its meeting, not before
            final KpcsException early = catchThrowableOfType(
                    KpcsException.class, () -> Governance.of(in).approveModification(accepted.getId()));
            assertThat(early.code()).isEqualTo(ErrorCode.PLENARY_NOT_YET);
            assertThat(Governance.of(in).modifications(later).getProposalsList())
                    .filteredOn(p -> p.getId().equals(accepted.getId()))
                    .singleElement()
                    .satisfies(p -> assertThat(p.getApprovalsList()).isEmpty());
        }
        assertThat(kpcs("--org", "CSO", "--user", "observer", "governance", "modifications", "--plenary", later))
                .contains(title)
                .contains("200 days before");
    }

    @Test
    void a_participant_files_its_notification_then_a_second_version_and_both_stay_readable() {
        final List<String> notify = new ArrayList<>(List.of(
                "--org",
                "BW",
                "--user",
                "delegate",
                "governance",
                "notify",
                "BW",
                "--authority",
                "exporting-authority=Ministry of Minerals, Diamond Hub",
                "--authority",
                "importing-authority=Botswana Unified Revenue Service",
                "--law-hash",
                HASH,
                "--synopsis",
                "Precious and Semi-Precious Stones Act: licences, export and import permits",
                "--specimen-hash",
                SPECIMEN,
                "--feature",
                "hologram"));
        final int before = notificationsOfBw().size();
        assertThat(kpcs(notify.toArray(String[]::new))).contains("version " + (before + 1));
        notify.addAll(List.of("--feature", "serial number"));
        assertThat(kpcs(notify.toArray(String[]::new))).contains("version " + (before + 2));

        final List<String> byAe = new ArrayList<>(notify);
        byAe.set(1, "AE");
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        assertThat(Kpcs.run(byAe.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true)))
                .isNotZero();
        assertThat(err.toString()).contains("[WRONG_ORGANISATION]");

        NetworkNodes.await(
                "the observer reads both versions",
                Duration.ofSeconds(30),
                () -> notificationsOfBw().size() == before + 2);
        final List<Notification> versions = notificationsOfBw();
        assertThat(versions.get(before).getSupersededByVersion()).isEqualTo(before + 2);
        assertThat(versions.get(before).getCertificateFeaturesList()).containsExactly("hologram");
        try (KpGateway observer = LocalNetwork.as("CSO", "observer")) {
            assertThat(Governance.of(observer).notification("BW", 0).getCertificateFeaturesList())
                    .containsExactly("hologram", "serial number");
        }
    }

    private static List<Notification> notificationsOfBw() {
        try (KpGateway observer = LocalNetwork.as("CSO", "observer")) {
            return Governance.of(observer).notifications("BW").getNotificationsList();
        }
    }

    private static String kpcs(final String... args) {
        return ServeProcess.kpcs(args);
    }
}
