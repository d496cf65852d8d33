package org.kpcs.chaincode.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kpcs.chaincode.testing.Kp.AE_DELEGATE;
import static org.kpcs.chaincode.testing.Kp.BW_DELEGATE;
import static org.kpcs.chaincode.testing.Kp.BW_EXPORTER;
import static org.kpcs.chaincode.testing.Kp.CHAIR;
import static org.kpcs.chaincode.testing.Kp.FOUNDERS;
import static org.kpcs.chaincode.testing.Kp.IN_CHAIR;
import static org.kpcs.chaincode.testing.Kp.IN_DELEGATE;
import static org.kpcs.chaincode.testing.Kp.NO_ROLE;
import static org.kpcs.chaincode.testing.Kp.OBSERVER;

import com.google.protobuf.InvalidProtocolBufferException;
import java.util.List;
import java.util.Map;
import org.hyperledger.fabric.protos.common.MSPRole;
import org.hyperledger.fabric.protos.common.SignaturePolicyEnvelope;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.junit.jupiter.api.Test;
import org.kpcs.chaincode.testing.FakeFabric;
import org.kpcs.chaincode.testing.Kp;
import org.kpcs.chaincode.testing.Requests;
import org.kpcs.chaincode.testing.Result;
import org.kpcs.chaincode.testing.User;
import org.kpcs.protos.ListOpenProposalsRequest;
import org.kpcs.protos.ListParticipantsRequest;
import org.kpcs.protos.Participant;
import org.kpcs.protos.ParticipantEvent;
import org.kpcs.protos.ParticipantList;
import org.kpcs.protos.ParticipantStatus;
import org.kpcs.protos.ProposalState;
import org.kpcs.protos.StatusProposal;
import org.kpcs.protos.StatusProposalList;

class ParticipantRegistryTest {
    private final FakeFabric fabric = Kp.bootstrapped();

    private Participant participant(final String code) {
        return fabric.evaluate(OBSERVER, "ParticipantRegistry:GetParticipant", Requests.getParticipant(code))
                .as(Participant.parser());
    }

    private StatusProposal propose(final String code, final String status) {
        final Result result = fabric.submit(
                CHAIR,
                "ParticipantRegistry:ProposeStatusChange",
                Requests.proposeStatusChange(code, ParticipantStatus.valueOf(status), "failed its review visit"));
        return result.as(StatusProposal.parser());
    }

    private Result approve(final User delegate, final String proposalId) {
        return fabric.submit(
                delegate, "ParticipantRegistry:ApproveStatusChange", Requests.approveStatusChange(proposalId));
    }

    private static SignaturePolicyEnvelope policy(final byte[] bytes) {
        try {
            return SignaturePolicyEnvelope.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> peerMsps(final SignaturePolicyEnvelope envelope) {
        return envelope.getIdentitiesList().stream()
                .map(id -> {
                    try {
                        final MSPRole role = MSPRole.parseFrom(id.getPrincipal());
                        assertThat(role.getRole()).isEqualTo(MSPRole.MSPRoleType.PEER);
                        return role.getMspIdentifier();
                    } catch (InvalidProtocolBufferException e) {
                        throw new AssertionError(e);
                    }
                })
                .toList();
    }

    private static String participantKey(final String code) {
        return new CompositeKey("participant", code).toString();
    }

    @Test
    void bootstrap_registers_the_founders_as_active_participants() {
        final List<Participant> all = fabric.evaluate(
                        BW_EXPORTER,
                        "ParticipantRegistry:ListParticipants",
                        ListParticipantsRequest.getDefaultInstance())
                .as(ParticipantList.parser())
                .getParticipantsList();
        assertThat(all).extracting(Participant::getCode).containsExactly("AE", "BW", "IN");
        assertThat(all).allMatch(p -> p.getStatus() == ParticipantStatus.ACTIVE);
        assertThat(participant("BW").getName()).isEqualTo("Botswana");
        assertThat(participant("BW").getMspId()).isEqualTo("BWMSP");
    }

    @Test
    void bootstrap_binds_each_record_to_a_majority_of_participant_peers() {
        final SignaturePolicyEnvelope sbe = policy(fabric.validationParameter(participantKey("IN")));
        assertThat(sbe.getRule().getNOutOf().getN()).isEqualTo(2);
        assertThat(peerMsps(sbe)).containsExactly("BWMSP", "AEMSP", "INMSP");
    }

    @Test
    void bootstrap_announces_the_founders_in_an_event() {
        final FakeFabric fresh = new FakeFabric();
        final Result result = fresh.submit(CHAIR, "ParticipantRegistry:Bootstrap", FOUNDERS);
        assertThat(result.eventName()).isEqualTo("ParticipantEvent");
        assertThat(result.event(ParticipantEvent.parser()).getRegistered().getCodesList())
                .containsExactly("BW", "AE", "IN");
    }

    @Test
    void bootstrap_again_with_the_same_founders_changes_nothing() {
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Result again = fabric.submit(CHAIR, "ParticipantRegistry:Bootstrap", FOUNDERS);
        assertThat(again.ok()).isTrue();
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    @Test
    void bootstrap_with_other_founders_is_refused() {
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Result result = fabric.submit(
                CHAIR,
                "ParticipantRegistry:Bootstrap",
                Kp.founders("{\"participants\":[{\"code\":\"BW\",\"name\":\"Botswana\",\"mspId\":\"BWMSP\"},"
                        + "{\"code\":\"ZA\",\"name\":\"South Africa\",\"mspId\":\"ZAMSP\"}]}"));
        assertThat(result.errorCode()).isEqualTo("ALREADY_BOOTSTRAPPED");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    @Test
    void bootstrap_refuses_bad_founder_lists_and_writes_nothing() {
        final Map<String, String> bad = Map.of(
                "{\"participants\":[{\"code\":\"BW\",\"name\":\"Botswana\",\"mspId\":\"BWMSP\"}]}",
                "at least two founding Participants",
                "{\"participants\":[{\"code\":\"BW\",\"name\":\"Botswana\",\"mspId\":\"BWMSP\"},"
                        + "{\"code\":\"XX\",\"name\":\"Nowhere\",\"mspId\":\"XXMSP\"}]}",
                "'XX' is not an ISO 3166-1 alpha-2 code",
                "{\"participants\":[{\"code\":\"BW\",\"name\":\"Botswana\",\"mspId\":\"BWMSP\"},"
                        + "{\"code\":\"BW\",\"name\":\"Botswana\",\"mspId\":\"BW2MSP\"}]}",
                "listed twice",
                "{\"participants\":[{\"code\":\"BW\",\"name\":\"\",\"mspId\":\"BWMSP\"},"
                        + "{\"code\":\"AE\",\"name\":\"UAE\",\"mspId\":\"AEMSP\"}]}",
                "needs a name");
        bad.forEach((json, why) -> {
            final FakeFabric fresh = new FakeFabric();
            final Result result = fresh.submit(CHAIR, "ParticipantRegistry:Bootstrap", Kp.founders(json));
            assertThat(result.errorCode()).as(json).isEqualTo("INVALID_ARGUMENT");
            assertThat(result.message()).as(json).contains(why);
            assertThat(fresh.snapshot()).as(json).isEmpty();
        });
    }

    @Test
    void a_request_that_is_not_a_kpcs_message_is_refused_and_writes_nothing() {
        final FakeFabric fresh = new FakeFabric();
        final Result result =
                fresh.submit(CHAIR, "ParticipantRegistry:Bootstrap", (Object) new byte[] {(byte) 0xff, 0x01});
        assertThat(result.errorCode()).isEqualTo("INVALID_ARGUMENT");
        assertThat(result.message()).contains("not a valid kpcs.v1 message");
        assertThat(fresh.snapshot()).isEmpty();
    }

    @Test
    void bootstrap_needs_a_chair_of_a_founding_participant() {
        final FakeFabric fresh = new FakeFabric();
        assertThat(fresh.submit(BW_EXPORTER, "ParticipantRegistry:Bootstrap", FOUNDERS)
                        .errorCode())
                .isEqualTo("ROLE_REQUIRED");
        assertThat(fresh.submit(User.of("ZAMSP", "chair", "chair"), "ParticipantRegistry:Bootstrap", FOUNDERS)
                        .errorCode())
                .isEqualTo("WRONG_ORGANISATION");
        assertThat(fresh.snapshot()).isEmpty();
    }

    @Test
    void every_organisation_observers_included_reads_the_registry() {
        for (final User reader : List.of(OBSERVER, BW_EXPORTER, AE_DELEGATE, NO_ROLE)) {
            final Result result = fabric.evaluate(
                    reader, "ParticipantRegistry:ListParticipants", ListParticipantsRequest.getDefaultInstance());
            assertThat(result.as(ParticipantList.parser()).getParticipantsCount())
                    .as(reader.toString())
                    .isEqualTo(3);
        }
    }

    @Test
    void an_unknown_participant_is_a_clear_error() {
        final Result unknown =
                fabric.evaluate(OBSERVER, "ParticipantRegistry:GetParticipant", Requests.getParticipant("ZA"));
        assertThat(unknown.errorCode()).isEqualTo("PARTICIPANT_NOT_FOUND");
        assertThat(unknown.message()).contains("ZA");
        final Result malformed =
                fabric.evaluate(OBSERVER, "ParticipantRegistry:GetParticipant", Requests.getParticipant("Botswana"));
        assertThat(malformed.errorCode()).isEqualTo("INVALID_ARGUMENT");
    }

    @Test
    void a_suspension_with_one_approval_does_not_take_effect_and_with_a_majority_does() {
        final StatusProposal proposal = propose("IN", "SUSPENDED");
        assertThat(proposal.getRequiredApprovals()).isEqualTo(2);
        assertThat(proposal.getElectorateList()).containsExactly("AE", "BW", "IN");

        final Result first = approve(AE_DELEGATE, proposal.getId());
        assertThat(first.ok()).isTrue();
        assertThat(first.event(ParticipantEvent.parser()).getApproved().getApprovals())
                .isEqualTo(1);
        assertThat(participant("IN").getStatus()).isEqualTo(ParticipantStatus.ACTIVE);

        final Result second = approve(BW_DELEGATE, proposal.getId());
        assertThat(second.as(StatusProposal.parser()).getState()).isEqualTo(ProposalState.ADOPTED);
        assertThat(second.event(ParticipantEvent.parser()).getStatusChanged().getStatus())
                .isEqualTo(ParticipantStatus.SUSPENDED);
        final Participant suspended = participant("IN");
        assertThat(suspended.getStatus()).isEqualTo(ParticipantStatus.SUSPENDED);
        assertThat(suspended.getLastDecisionId()).isEqualTo(proposal.getId());

        // the record of a suspended Participant now needs both remaining active Participants' peers
        final SignaturePolicyEnvelope sbe = policy(fabric.validationParameter(participantKey("IN")));
        assertThat(sbe.getRule().getNOutOf().getN()).isEqualTo(2);
        assertThat(peerMsps(sbe)).containsExactly("AEMSP", "BWMSP");
        // and so do the other records: the suspended state's peer no longer counts towards a majority
        final SignaturePolicyEnvelope other = policy(fabric.validationParameter(participantKey("AE")));
        assertThat(peerMsps(other)).containsExactly("AEMSP", "BWMSP");
    }

    @Test
    void a_suspended_participant_is_reinstated_by_the_remaining_majority() {
        final StatusProposal suspension = propose("IN", "SUSPENDED");
        approve(AE_DELEGATE, suspension.getId());
        approve(BW_DELEGATE, suspension.getId());

        final StatusProposal reinstatement = propose("IN", "ACTIVE");
        assertThat(reinstatement.getElectorateList()).containsExactly("AE", "BW");
        assertThat(approve(IN_DELEGATE, reinstatement.getId()).errorCode()).isEqualTo("NOT_IN_ELECTORATE");
        approve(AE_DELEGATE, reinstatement.getId());
        assertThat(participant("IN").getStatus()).isEqualTo(ParticipantStatus.SUSPENDED);
        approve(BW_DELEGATE, reinstatement.getId());
        assertThat(participant("IN").getStatus()).isEqualTo(ParticipantStatus.ACTIVE);
    }

    @Test
    void only_the_chair_proposes() {
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Result byExporter = fabric.submit(
                BW_EXPORTER,
                "ParticipantRegistry:ProposeStatusChange",
                Requests.proposeStatusChange("IN", ParticipantStatus.SUSPENDED, "x"));
        assertThat(byExporter.errorCode()).isEqualTo("ROLE_REQUIRED");
        assertThat(byExporter.message()).contains("kp.role=chair").contains("kp.role=exporting-authority");
        final Result byObserver = fabric.submit(
                OBSERVER,
                "ParticipantRegistry:ProposeStatusChange",
                Requests.proposeStatusChange("IN", ParticipantStatus.SUSPENDED, "x"));
        assertThat(byObserver.errorCode()).isEqualTo("OBSERVER_READ_ONLY");
        final Result noRole = fabric.submit(
                NO_ROLE,
                "ParticipantRegistry:ProposeStatusChange",
                Requests.proposeStatusChange("IN", ParticipantStatus.SUSPENDED, "x"));
        assertThat(noRole.errorCode()).isEqualTo("ROLE_REQUIRED");
        assertThat(noRole.message()).contains("has no kp.role");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    @Test
    void a_chair_whose_participant_is_suspended_cannot_propose() {
        final StatusProposal suspension = propose("BW", "SUSPENDED");
        approve(AE_DELEGATE, suspension.getId());
        approve(IN_DELEGATE, suspension.getId());
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Result result = fabric.submit(
                CHAIR,
                "ParticipantRegistry:ProposeStatusChange",
                Requests.proposeStatusChange("AE", ParticipantStatus.SUSPENDED, "x"));
        assertThat(result.errorCode()).isEqualTo("PARTICIPANT_NOT_ACTIVE");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    @Test
    void a_chair_certificate_from_another_participant_does_not_make_the_chair() {
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Result result = fabric.submit(
                IN_CHAIR,
                "ParticipantRegistry:ProposeStatusChange",
                Requests.proposeStatusChange("AE", ParticipantStatus.SUSPENDED, "x"));
        assertThat(result.errorCode()).isEqualTo("WRONG_ORGANISATION");
        assertThat(result.message()).contains("the Chair is held by BW");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    @Test
    void bad_proposals_are_refused_and_change_nothing() {
        final Map<String, List<Byte>> before = fabric.snapshot();
        assertThat(fabric.submit(
                                CHAIR,
                                "ParticipantRegistry:ProposeStatusChange",
                                Requests.proposeStatusChange("IN", ParticipantStatus.ACTIVE, "x"))
                        .errorCode())
                .isEqualTo("STATUS_UNCHANGED");
        assertThat(fabric.submit(
                                CHAIR,
                                "ParticipantRegistry:ProposeStatusChange",
                                Requests.proposeStatusChange(
                                        "IN", ParticipantStatus.PARTICIPANT_STATUS_UNSPECIFIED, "x"))
                        .errorCode())
                .isEqualTo("INVALID_ARGUMENT");
        assertThat(fabric.submit(
                                CHAIR,
                                "ParticipantRegistry:ProposeStatusChange",
                                Requests.proposeStatusChange("IN", ParticipantStatus.SUSPENDED, " "))
                        .errorCode())
                .isEqualTo("INVALID_ARGUMENT");
        assertThat(fabric.submit(
                                CHAIR,
                                "ParticipantRegistry:ProposeStatusChange",
                                Requests.proposeStatusChange("ZA", ParticipantStatus.SUSPENDED, "x"))
                        .errorCode())
                .isEqualTo("PARTICIPANT_NOT_FOUND");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    @Test
    void one_open_proposal_per_participant() {
        propose("IN", "SUSPENDED");
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Result second = fabric.submit(
                CHAIR,
                "ParticipantRegistry:ProposeStatusChange",
                Requests.proposeStatusChange("IN", ParticipantStatus.SUSPENDED, "again"));
        assertThat(second.errorCode()).isEqualTo("PROPOSAL_ALREADY_OPEN");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    @Test
    void bad_approvals_are_refused_and_change_nothing() {
        final StatusProposal proposal = propose("IN", "SUSPENDED");
        approve(AE_DELEGATE, proposal.getId());
        final Map<String, List<Byte>> before = fabric.snapshot();
        assertThat(approve(AE_DELEGATE, proposal.getId()).errorCode()).isEqualTo("DUPLICATE_APPROVAL");
        assertThat(approve(OBSERVER, proposal.getId()).errorCode()).isEqualTo("OBSERVER_READ_ONLY");
        assertThat(approve(CHAIR, proposal.getId()).errorCode()).isEqualTo("ROLE_REQUIRED");
        assertThat(approve(User.of("ZAMSP", "delegate", "delegate"), proposal.getId())
                        .errorCode())
                .isEqualTo("WRONG_ORGANISATION");
        assertThat(approve(BW_DELEGATE, "no-such-proposal").errorCode()).isEqualTo("PROPOSAL_NOT_FOUND");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    @Test
    void an_adopted_proposal_is_closed() {
        final StatusProposal proposal = propose("IN", "SUSPENDED");
        approve(AE_DELEGATE, proposal.getId());
        approve(BW_DELEGATE, proposal.getId());
        assertThat(approve(IN_DELEGATE, proposal.getId()).errorCode()).isEqualTo("PROPOSAL_CLOSED");
    }

    @Test
    void open_proposals_are_listed_until_adopted() {
        final StatusProposal proposal = propose("IN", "SUSPENDED");
        approve(AE_DELEGATE, proposal.getId());
        final StatusProposalList open = fabric.evaluate(
                        OBSERVER,
                        "ParticipantRegistry:ListOpenProposals",
                        ListOpenProposalsRequest.getDefaultInstance())
                .as(StatusProposalList.parser());
        assertThat(open.getProposalsList()).extracting(StatusProposal::getId).containsExactly(proposal.getId());
        assertThat(open.getProposals(0).getApprovalsCount()).isEqualTo(1);
        approve(BW_DELEGATE, proposal.getId());
        assertThat(fabric.evaluate(
                                OBSERVER,
                                "ParticipantRegistry:ListOpenProposals",
                                ListOpenProposalsRequest.getDefaultInstance())
                        .as(StatusProposalList.parser())
                        .getProposalsCount())
                .isZero();
        assertThat(fabric.evaluate(OBSERVER, "ParticipantRegistry:GetProposal", Requests.getProposal(proposal.getId()))
                        .as(StatusProposal.parser())
                        .getState())
                .isEqualTo(ProposalState.ADOPTED);
    }
}
