package org.kpcs.chaincode.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.junit.jupiter.api.Test;
import org.kpcs.protos.Participant;
import org.kpcs.protos.ParticipantStatus;
import org.kpcs.protos.Scheme;
import org.kpcs.protos.StatusProposal;

/** The rules of the Chair's election, without a ledger (KPCS VI 4). */
class ChairElectionsTest {
    private static final Scheme BW_CHAIRS =
            Scheme.newBuilder().setChairParticipant("BW").build();

    private static Participant participant(final String code, final ParticipantStatus status) {
        return Participant.newBuilder().setCode(code).setStatus(status).build();
    }

    private static String refusal(final Runnable check) {
        return catchThrowableOfType(ChaincodeException.class, check::run).getMessage();
    }

    @Test
    void the_candidate_is_an_active_participant_other_than_the_chair() {
        assertThatCode(() -> ChairElections.checkCandidate(BW_CHAIRS, participant("AE", ParticipantStatus.ACTIVE)))
                .doesNotThrowAnyException();
        assertThat(refusal(() -> ChairElections.checkCandidate(BW_CHAIRS, participant("BW", ParticipantStatus.ACTIVE))))
                .startsWith("ALREADY_CHAIR");
        for (final ParticipantStatus status : new ParticipantStatus[] {
            ParticipantStatus.SUSPENDED, ParticipantStatus.APPLICANT, ParticipantStatus.ADMITTED
        }) {
            assertThat(refusal(() -> ChairElections.checkCandidate(BW_CHAIRS, participant("AE", status))))
                    .as(status.toString())
                    .startsWith("PARTICIPANT_NOT_ACTIVE");
        }
    }

    @Test
    void the_term_is_this_year_or_the_next() {
        final LocalDate today = LocalDate.of(2026, 11, 20);
        assertThatCode(() -> ChairElections.checkYear(2026, today)).doesNotThrowAnyException();
        assertThatCode(() -> ChairElections.checkYear(2027, today)).doesNotThrowAnyException();
        for (final int year : new int[] {0, 2025, 2028}) {
            assertThat(refusal(() -> ChairElections.checkYear(year, today)))
                    .as(Integer.toString(year))
                    .startsWith("INVALID_ARGUMENT")
                    .contains("2026 or 2027");
        }
    }

    @Test
    void an_election_is_a_proposal_with_a_term() {
        assertThat(ChairElections.isElection(
                        StatusProposal.newBuilder().setChairYear(2027).build()))
                .isTrue();
        assertThat(ChairElections.isElection(StatusProposal.newBuilder()
                        .setProposedStatus(ParticipantStatus.SUSPENDED)
                        .build()))
                .isFalse();
        assertThat(PlenaryProposals.slotOf(StatusProposal.newBuilder()
                        .setParticipantCode("AE")
                        .setChairYear(2027)
                        .build()))
                .isEqualTo(ChairElections.OPEN_SLOT);
        assertThat(PlenaryProposals.slotOf(
                        StatusProposal.newBuilder().setParticipantCode("AE").build()))
                .isEqualTo("AE");
    }
}
