package org.kpcs.chaincode.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kpcs.chaincode.testing.Kp.AE_CHAIR;
import static org.kpcs.chaincode.testing.Kp.AE_DELEGATE;
import static org.kpcs.chaincode.testing.Kp.BW_DELEGATE;
import static org.kpcs.chaincode.testing.Kp.BW_EXPORTER;
import static org.kpcs.chaincode.testing.Kp.CHAIR;
import static org.kpcs.chaincode.testing.Kp.IN_CHAIR;
import static org.kpcs.chaincode.testing.Kp.IN_DELEGATE;
import static org.kpcs.chaincode.testing.Kp.OBSERVER;

import com.google.protobuf.InvalidProtocolBufferException;
import java.util.List;
import java.util.Map;
import org.hyperledger.fabric.protos.common.SignaturePolicyEnvelope;
import org.junit.jupiter.api.Test;
import org.kpcs.chaincode.testing.FakeFabric;
import org.kpcs.chaincode.testing.Kp;
import org.kpcs.chaincode.testing.Requests;
import org.kpcs.chaincode.testing.Result;
import org.kpcs.chaincode.testing.User;
import org.kpcs.protos.ChairHandOver;
import org.kpcs.protos.ChairRecord;
import org.kpcs.protos.GetChairRequest;
import org.kpcs.protos.ListOpenProposalsRequest;
import org.kpcs.protos.ParticipantEvent;
import org.kpcs.protos.ParticipantStatus;
import org.kpcs.protos.ProposalState;
import org.kpcs.protos.ProposeChairRequest;
import org.kpcs.protos.StatusProposal;
import org.kpcs.protos.StatusProposalList;

/** The Plenary elects the Chair by the registry's decision rule; the adoption hands the chair over (KPCS VI 4). */
class ChairElectionTest {
    private final FakeFabric fabric = Kp.bootstrapped();

    private Result proposeChair(final User who, final String code, final int year, final String reason) {
        return fabric.submit(
                who,
                "Chair:ProposeChair",
                ProposeChairRequest.newBuilder()
                        .setParticipantCode(code)
                        .setYear(year)
                        .setReason(reason)
                        .build());
    }

    private StatusProposal elect(final User chair, final String code) {
        final Result proposed = proposeChair(chair, code, 2027, "elected at the end of the 2026 Plenary");
        assertThat(proposed.ok()).as(proposed.message()).isTrue();
        return proposed.as(StatusProposal.parser());
    }

    private Result approve(final User delegate, final String proposalId) {
        return fabric.submit(
                delegate, "ParticipantRegistry:ApproveStatusChange", Requests.approveStatusChange(proposalId));
    }

    private ChairRecord chair() {
        return fabric.evaluate(OBSERVER, "Chair:GetChair", GetChairRequest.getDefaultInstance())
                .as(ChairRecord.parser());
    }

    private List<StatusProposal> openProposals() {
        return fabric.evaluate(
                        OBSERVER,
                        "ParticipantRegistry:ListOpenProposals",
                        ListOpenProposalsRequest.getDefaultInstance())
                .as(StatusProposalList.parser())
                .getProposalsList();
    }

    private void refused(final Result result, final String code, final Map<String, List<Byte>> before) {
        assertThat(result.errorCode()).as(result.message()).isEqualTo(code);
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    private static int required(final byte[] policy) throws InvalidProtocolBufferException {
        return SignaturePolicyEnvelope.parseFrom(policy).getRule().getNOutOf().getN();
    }

    @Test
    void a_majority_elects_the_successor_and_the_chair_passes_to_it() throws InvalidProtocolBufferException {
        final StatusProposal election = elect(CHAIR, "AE");
        assertThat(election.getChairYear()).isEqualTo(2027);
        assertThat(election.getProposedStatus()).isEqualTo(ParticipantStatus.PARTICIPANT_STATUS_UNSPECIFIED);
        assertThat(election.getRequiredApprovals()).isEqualTo(2);
        assertThat(election.getElectorateList()).containsExactly("AE", "BW", "IN");

        assertThat(approve(AE_DELEGATE, election.getId())
                        .as(StatusProposal.parser())
                        .getState())
                .isEqualTo(ProposalState.OPEN);
        assertThat(chair().getChairParticipant())
                .as("one approval of two changes nothing")
                .isEqualTo("BW");

        final Result adopted = approve(BW_DELEGATE, election.getId());
        assertThat(adopted.as(StatusProposal.parser()).getState()).isEqualTo(ProposalState.ADOPTED);
        final ChairHandOver handOver = adopted.event(ParticipantEvent.parser()).getChairHandedOver();
        assertThat(handOver.getFromParticipant()).isEqualTo("BW");
        assertThat(handOver.getToParticipant()).isEqualTo("AE");
        assertThat(handOver.getYear()).isEqualTo(2027);
        assertThat(handOver.getProposalId()).isEqualTo(election.getId());

        final ChairRecord record = chair();
        assertThat(record.getChairParticipant()).isEqualTo("AE");
        assertThat(record.getHandOversList()).containsExactly(handOver);
        assertThat(required(fabric.validationParameter("SCHEME")))
                .as("the chair is bound to a majority of the Participants' peers")
                .isEqualTo(2);
        assertThat(openProposals()).isEmpty();
    }

    @Test
    void after_the_hand_over_only_the_new_chair_acts_as_chair() {
        final StatusProposal election = elect(CHAIR, "AE");
        approve(AE_DELEGATE, election.getId());
        approve(IN_DELEGATE, election.getId());

        final Map<String, List<Byte>> before = fabric.snapshot();
        refused(
                fabric.submit(
                        CHAIR,
                        "ParticipantRegistry:ProposeStatusChange",
                        Requests.proposeStatusChange("IN", ParticipantStatus.SUSPENDED, "the old chair tries")),
                "WRONG_ORGANISATION",
                before);
        final Result byNewChair = fabric.submit(
                AE_CHAIR,
                "ParticipantRegistry:ProposeStatusChange",
                Requests.proposeStatusChange("IN", ParticipantStatus.SUSPENDED, "statistics not submitted"));
        assertThat(byNewChair.ok()).as(byNewChair.message()).isTrue();
        assertThat(byNewChair.as(StatusProposal.parser()).getProposedByParticipant())
                .isEqualTo("AE");

        // and the new Chair hands it back by the same rule
        final StatusProposal back = elect(AE_CHAIR, "BW");
        approve(BW_DELEGATE, back.getId());
        approve(AE_DELEGATE, back.getId());
        assertThat(chair().getChairParticipant()).isEqualTo("BW");
        assertThat(chair().getHandOversList())
                .extracting(ChairHandOver::getToParticipant)
                .containsExactly("AE", "BW");
    }

    @Test
    void only_the_chair_proposes_an_election() {
        final Map<String, List<Byte>> before = fabric.snapshot();
        refused(proposeChair(BW_EXPORTER, "AE", 2027, "r"), "ROLE_REQUIRED", before);
        refused(proposeChair(BW_DELEGATE, "AE", 2027, "r"), "ROLE_REQUIRED", before);
        refused(proposeChair(IN_CHAIR, "IN", 2027, "r"), "WRONG_ORGANISATION", before);
        refused(proposeChair(OBSERVER, "AE", 2027, "r"), "OBSERVER_READ_ONLY", before);
    }

    @Test
    void a_bad_election_is_refused_and_changes_nothing() {
        final Map<String, List<Byte>> before = fabric.snapshot();
        refused(proposeChair(CHAIR, "BW", 2027, "r"), "ALREADY_CHAIR", before);
        refused(proposeChair(CHAIR, "ZA", 2027, "r"), "PARTICIPANT_NOT_FOUND", before);
        refused(proposeChair(CHAIR, "zz", 2027, "r"), "INVALID_ARGUMENT", before);
        refused(proposeChair(CHAIR, "AE", 2025, "r"), "INVALID_ARGUMENT", before);
        refused(proposeChair(CHAIR, "AE", 2028, "r"), "INVALID_ARGUMENT", before);
        refused(proposeChair(CHAIR, "AE", 0, "r"), "INVALID_ARGUMENT", before);
        refused(proposeChair(CHAIR, "AE", 2027, " "), "INVALID_ARGUMENT", before);
    }

    @Test
    void one_election_open_at_a_time_beside_the_status_proposals() {
        final StatusProposal election = elect(CHAIR, "AE");
        final Map<String, List<Byte>> before = fabric.snapshot();
        refused(proposeChair(CHAIR, "IN", 2027, "a second candidate"), "PROPOSAL_ALREADY_OPEN", before);
        final Result status = fabric.submit(
                CHAIR,
                "ParticipantRegistry:ProposeStatusChange",
                Requests.proposeStatusChange("AE", ParticipantStatus.SUSPENDED, "a status proposal on the candidate"));
        assertThat(status.ok()).as(status.message()).isTrue();
        assertThat(openProposals())
                .extracting(StatusProposal::getId)
                .containsExactlyInAnyOrder(
                        election.getId(), status.as(StatusProposal.parser()).getId());
    }

    @Test
    void a_candidate_suspended_before_the_majority_cannot_take_the_chair() {
        final StatusProposal election = elect(CHAIR, "IN");
        final StatusProposal suspension = fabric.submit(
                        CHAIR,
                        "ParticipantRegistry:ProposeStatusChange",
                        Requests.proposeStatusChange("IN", ParticipantStatus.SUSPENDED, "review mission"))
                .as(StatusProposal.parser());
        approve(AE_DELEGATE, suspension.getId());
        approve(BW_DELEGATE, suspension.getId());
        approve(AE_DELEGATE, election.getId());

        final Map<String, List<Byte>> before = fabric.snapshot();
        refused(approve(BW_DELEGATE, election.getId()), "PARTICIPANT_NOT_ACTIVE", before);
        assertThat(chair().getChairParticipant()).isEqualTo("BW");
        assertThat(chair().getHandOversList()).isEmpty();
    }
}
