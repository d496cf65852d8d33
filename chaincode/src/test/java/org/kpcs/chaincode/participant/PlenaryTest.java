package org.kpcs.chaincode.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.junit.jupiter.api.Test;
import org.kpcs.protos.Participant;
import org.kpcs.protos.ParticipantStatus;
import org.kpcs.protos.PlenaryApproval;
import org.kpcs.protos.ProposalState;
import org.kpcs.protos.StatusProposal;

class PlenaryTest {
    private static final StatusProposal OPEN = StatusProposal.newBuilder()
            .setId("p1")
            .setState(ProposalState.OPEN)
            .addAllElectorate(List.of("BW", "AE", "IN"))
            .setRequiredApprovals(2)
            .build();

    @Test
    void majority_is_more_than_half_of_the_electorate() {
        assertThat(Plenary.majorityOf(1)).isEqualTo(1);
        assertThat(Plenary.majorityOf(2)).isEqualTo(2);
        assertThat(Plenary.majorityOf(3)).isEqualTo(2);
        assertThat(Plenary.majorityOf(4)).isEqualTo(3);
        assertThat(Plenary.majorityOf(85)).isEqualTo(43);
    }

    @Test
    void an_empty_electorate_cannot_decide() {
        assertThatThrownBy(() -> Plenary.majorityOf(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_proposal_must_change_the_status() {
        assertThatThrownBy(() -> Plenary.checkProposedStatus(ParticipantStatus.ACTIVE, ParticipantStatus.ACTIVE))
                .isInstanceOf(ChaincodeException.class)
                .hasMessageStartingWith("STATUS_UNCHANGED:");
        assertThatThrownBy(() -> Plenary.checkProposedStatus(
                        ParticipantStatus.ACTIVE, ParticipantStatus.PARTICIPANT_STATUS_UNSPECIFIED))
                .hasMessageStartingWith("INVALID_ARGUMENT:");
        Plenary.checkProposedStatus(ParticipantStatus.ACTIVE, ParticipantStatus.SUSPENDED);
        Plenary.checkProposedStatus(ParticipantStatus.SUSPENDED, ParticipantStatus.ACTIVE);
    }

    @Test
    void only_the_electorate_approves_and_only_once() {
        Plenary.checkApproval(OPEN, active("AE"));
        assertThatThrownBy(() -> Plenary.checkApproval(OPEN, active("ZA")))
                .hasMessageStartingWith("NOT_IN_ELECTORATE:");
        final StatusProposal approvedByAe = OPEN.toBuilder()
                .addApprovals(PlenaryApproval.newBuilder().setParticipantCode("AE"))
                .build();
        assertThatThrownBy(() -> Plenary.checkApproval(approvedByAe, active("AE")))
                .hasMessageStartingWith("DUPLICATE_APPROVAL:");
        Plenary.checkApproval(approvedByAe, active("IN"));
    }

    @Test
    void a_withdrawn_participant_no_longer_approves() {
        final Participant withdrawn =
                active("AE").toBuilder().setStatus(ParticipantStatus.WITHDRAWN).build();
        assertThatThrownBy(() -> Plenary.checkApproval(OPEN, withdrawn))
                .hasMessageStartingWith("PARTICIPANT_NOT_ACTIVE:");
    }

    private static Participant active(final String code) {
        return Participant.newBuilder()
                .setCode(code)
                .setStatus(ParticipantStatus.ACTIVE)
                .build();
    }

    @Test
    void an_adopted_proposal_takes_no_more_approvals() {
        final StatusProposal adopted =
                OPEN.toBuilder().setState(ProposalState.ADOPTED).build();
        assertThatThrownBy(() -> Plenary.checkApproval(adopted, active("IN")))
                .hasMessageStartingWith("PROPOSAL_CLOSED:");
    }

    @Test
    void adoption_needs_the_required_number_of_approvals() {
        final StatusProposal one = OPEN.toBuilder()
                .addApprovals(PlenaryApproval.newBuilder().setParticipantCode("AE"))
                .build();
        assertThat(Plenary.isAdopted(one)).isFalse();
        final StatusProposal two = one.toBuilder()
                .addApprovals(PlenaryApproval.newBuilder().setParticipantCode("IN"))
                .build();
        assertThat(Plenary.isAdopted(two)).isTrue();
    }

    @Test
    void the_electorate_is_the_active_participants() {
        final List<Participant> registry = List.of(
                Participant.newBuilder()
                        .setCode("BW")
                        .setStatus(ParticipantStatus.ACTIVE)
                        .build(),
                Participant.newBuilder()
                        .setCode("ZW")
                        .setStatus(ParticipantStatus.SUSPENDED)
                        .build(),
                Participant.newBuilder()
                        .setCode("IN")
                        .setStatus(ParticipantStatus.ACTIVE)
                        .build());
        assertThat(Plenary.activeCodes(registry)).containsExactly("BW", "IN");
    }
}
