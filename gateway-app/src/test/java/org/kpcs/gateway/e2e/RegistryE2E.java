package org.kpcs.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.kpcs.gateway.cli.Kpcs;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.client.KpcsException;
import org.kpcs.gateway.registry.Registry;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.ListParticipantsRequest;
import org.kpcs.protos.Participant;
import org.kpcs.protos.ParticipantList;
import org.kpcs.protos.ParticipantStatus;
import org.kpcs.protos.ProposalState;
import org.kpcs.protos.StatusProposal;

/** The Participant registry on the real network, through the Fabric gateway. */
class RegistryE2E {
    @AfterAll
    static void closeChannels() {
        LocalNetwork.CHANNELS.close();
    }

    /** Every peer the observer may be answered by reaches the status (a peer may commit a block a moment late). */
    private static void assertStatusEventually(final String code, final ParticipantStatus status, final String what) {
        NetworkNodes.await(
                what + ": " + code + " " + status, java.time.Duration.ofSeconds(30), () -> statusOf(code) == status);
    }

    private static ParticipantStatus statusOf(final String code) {
        try (KpGateway observer = LocalNetwork.as("CSO", "observer")) {
            return Registry.of(observer).show(code).getStatus();
        }
    }

    @Test
    void every_organisation_observers_included_lists_the_participants() {
        for (final String org : List.of("BW", "AE", "IN", "WDC", "CSO")) {
            try (KpGateway gateway = LocalNetwork.as(org, "admin")) {
                final ParticipantList list = Registry.of(gateway).list();
                assertThat(list.getParticipantsList())
                        .as("registry seen by " + org)
                        .extracting(Participant::getCode)
                        .contains("BW", "AE", "IN");
            }
        }
        assertThat(LocalNetwork.CHANNELS.size()).as("one gRPC channel per peer").isGreaterThanOrEqualTo(5);
    }

    @Test
    void an_observers_write_is_refused_by_the_chaincode_role_check() {
        try (KpGateway observer = LocalNetwork.as("CSO", "observer")) {
            final KpcsException refused = catchThrowableOfType(
                    KpcsException.class,
                    () -> Registry.of(observer).proposeStatus("IN", ParticipantStatus.SUSPENDED, "observer tries"));
            assertThat(refused.stage()).isEqualTo(KpcsException.Stage.ENDORSEMENT);
            assertThat(refused.code()).isEqualTo(ErrorCode.OBSERVER_READ_ONLY);
        }
        assertStatusEventually("IN", ParticipantStatus.ACTIVE, "status of IN");
    }

    @Test
    void an_observers_transaction_is_refused_by_the_ordering_service() {
        // A read-only function passes the chaincode, so the endorsed transaction reaches the orderer, whose
        // channel Writers policy admits only Participants and the industry.
        try (KpGateway observer = LocalNetwork.as("CSO", "observer")) {
            final KpcsException refused = catchThrowableOfType(
                    KpcsException.class,
                    () -> observer.submit(
                            "ParticipantRegistry", "ListParticipants", ListParticipantsRequest.getDefaultInstance()));
            assertThat(refused.stage()).isEqualTo(KpcsException.Stage.ORDERING);
            assertThat(refused.code()).isEqualTo(ErrorCode.FORBIDDEN);
        }
    }

    @Test
    void a_proposal_by_anyone_but_the_chair_is_refused_and_changes_nothing() {
        try (KpGateway exporter = LocalNetwork.as("BW", "exporter")) {
            final KpcsException refused = catchThrowableOfType(
                    KpcsException.class,
                    () -> Registry.of(exporter).proposeStatus("IN", ParticipantStatus.SUSPENDED, "not the chair"));
            assertThat(refused.stage()).isEqualTo(KpcsException.Stage.ENDORSEMENT);
            assertThat(refused.code()).isEqualTo(ErrorCode.ROLE_REQUIRED);
            assertThat(refused.getMessage()).contains("kp.role=chair");
        }
        try (KpGateway chair = LocalNetwork.as("BW", "chair")) {
            assertThat(Registry.of(chair).openProposals().getProposalsList())
                    .noneMatch(p -> p.getReason().equals("not the chair"));
        }
    }

    @Test
    void a_suspension_takes_effect_only_with_a_majority_then_is_reversed() {
        final StatusProposal proposal;
        try (KpGateway chair = LocalNetwork.as("BW", "chair")) {
            proposal = Registry.of(chair).proposeStatus("IN", ParticipantStatus.SUSPENDED, "e2e: review mission");
        }
        assertThat(proposal.getRequiredApprovals()).isEqualTo(2);

        try (KpGateway ae = LocalNetwork.as("AE", "delegate")) {
            final StatusProposal afterOne = Registry.of(ae).approve(proposal.getId());
            assertThat(afterOne.getState()).isEqualTo(ProposalState.OPEN);
        }
        assertStatusEventually("IN", ParticipantStatus.ACTIVE, "one approval of two");

        try (KpGateway bw = LocalNetwork.as("BW", "delegate")) {
            final StatusProposal adopted = Registry.of(bw).approve(proposal.getId());
            assertThat(adopted.getState()).isEqualTo(ProposalState.ADOPTED);
        }
        assertStatusEventually("IN", ParticipantStatus.SUSPENDED, "majority reached");

        // reinstate, so the network is as the other tests expect; only BW and AE are active now
        final StatusProposal reinstatement;
        try (KpGateway chair = LocalNetwork.as("BW", "chair")) {
            reinstatement = Registry.of(chair).proposeStatus("IN", ParticipantStatus.ACTIVE, "e2e: reinstated");
        }
        assertThat(reinstatement.getElectorateList()).containsExactlyInAnyOrder("BW", "AE");
        try (KpGateway in = LocalNetwork.as("IN", "delegate")) {
            final KpcsException refused = catchThrowableOfType(
                    KpcsException.class, () -> Registry.of(in).approve(reinstatement.getId()));
            assertThat(refused.code()).isEqualTo(ErrorCode.NOT_IN_ELECTORATE);
        }
        try (KpGateway ae = LocalNetwork.as("AE", "delegate");
                KpGateway bw = LocalNetwork.as("BW", "delegate")) {
            Registry.of(ae).approve(reinstatement.getId());
            Registry.of(bw).approve(reinstatement.getId());
        }
        assertStatusEventually("IN", ParticipantStatus.ACTIVE, "status of IN");
    }

    @Test
    void the_cli_prints_the_registry_and_shows_the_rule_broken() {
        final String home = LocalNetwork.home().toString();
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final int listed = Kpcs.run(
                new String[] {"participant", "list", "--network-home", home, "--org", "CSO", "--user", "observer"},
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(listed).isZero();
        assertThat(out.toString()).contains("Botswana").contains("India").contains("ACTIVE");

        final StringWriter jsonOut = new StringWriter();
        final int refused = Kpcs.run(
                new String[] {
                    "participant",
                    "propose-status",
                    "AE",
                    "SUSPENDED",
                    "--reason",
                    "x",
                    "--network-home",
                    home,
                    "--org",
                    "AE",
                    "--user",
                    "importer",
                    "--json"
                },
                new PrintWriter(jsonOut, true),
                new PrintWriter(err, true));
        assertThat(refused).isEqualTo(1);
        assertThat(jsonOut.toString()).contains("\"code\":\"ROLE_REQUIRED\"").contains("\"stage\":\"ENDORSEMENT\"");
    }
}
