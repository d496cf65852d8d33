package org.kpcs.chaincode.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kpcs.chaincode.governance.GovernanceContractTest.modification;

import com.google.protobuf.Message;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kpcs.chaincode.testing.FakeFabric;
import org.kpcs.chaincode.testing.Kp;
import org.kpcs.chaincode.testing.Result;
import org.kpcs.chaincode.testing.User;
import org.kpcs.protos.ListModificationsRequest;
import org.kpcs.protos.ModificationList;
import org.kpcs.protos.ModificationProposal;
import org.kpcs.protos.PlenaryMeeting;
import org.kpcs.protos.SchedulePlenaryRequest;

/**
 * KPCS VI 18 when the Chair moves the next Plenary: the proposals on its agenda came in time for the date then
 * recorded, so they move with the meeting; their days count to the new date, and a move under ninety days marks
 * them short notice instead of dropping them.
 */
class PlenaryMoveTest {
    private final FakeFabric fabric = Kp.bootstrapped();

    PlenaryMoveTest() {
        fabric.setTime(Instant.parse("2026-03-02T09:00:00Z"));
    }

    private Result submit(final User who, final String function, final Message request) {
        final Result result = fabric.submit(who, "Governance:" + function, request);
        assertThat(result.ok()).as(result.message()).isTrue();
        return result;
    }

    private PlenaryMeeting schedule(final String date) {
        return submit(
                        Kp.CHAIR,
                        "SchedulePlenary",
                        SchedulePlenaryRequest.newBuilder()
                                .setDate(date)
                                .setVenue("Gaborone")
                                .build())
                .as(PlenaryMeeting.parser());
    }

    private ModificationList agenda(final String date) {
        return fabric.evaluate(
                        Kp.OBSERVER,
                        "Governance:ListModifications",
                        ListModificationsRequest.newBuilder()
                                .setPlenaryDate(date)
                                .build())
                .as(ModificationList.parser());
    }

    @Test
    void a_moved_plenary_takes_its_agenda_and_a_move_under_ninety_days_marks_short_notice() {
        schedule("2026-10-01");
        final ModificationProposal proposed = submit(Kp.AE_DELEGATE, "ProposeModification", modification("AE"))
                .as(ModificationProposal.parser());
        assertThat(proposed.getDaysBeforePlenary()).isEqualTo(213);

        final PlenaryMeeting later = schedule("2026-11-10");
        assertThat(later.getMovedFrom()).isEqualTo("2026-10-01");
        assertThat(later.getProposalsMoved()).isEqualTo(1);
        assertThat(agenda("2026-10-01").getProposalsList()).isEmpty();
        final ModificationProposal moved = agenda("2026-11-10").getProposals(0);
        assertThat(moved.getId()).isEqualTo(proposed.getId());
        assertThat(moved.getDaysBeforePlenary()).isEqualTo(253);
        assertThat(moved.getFirstPlenaryDate()).isEqualTo("2026-10-01");
        assertThat(moved.getShortNotice()).isFalse();

        final PlenaryMeeting sooner = schedule("2026-05-01");
        assertThat(sooner.getProposalsMoved()).isEqualTo(1);
        final ModificationProposal shortened = agenda("2026-05-01").getProposals(0);
        assertThat(shortened.getDaysBeforePlenary()).isEqualTo(60);
        assertThat(shortened.getFirstPlenaryDate()).isEqualTo("2026-10-01");
        assertThat(shortened.getShortNotice()).isTrue();
        assertThat(agenda("").getProposalsList()).singleElement().isEqualTo(shortened);
    }

    @Test
    void the_same_date_again_or_a_first_date_moves_nothing() {
        assertThat(schedule("2026-10-01").getMovedFrom()).isEmpty();
        submit(Kp.AE_DELEGATE, "ProposeModification", modification("AE"));
        final PlenaryMeeting again = schedule("2026-10-01");
        assertThat(again.getMovedFrom()).isEmpty();
        assertThat(again.getProposalsMoved()).isZero();
        assertThat(agenda("2026-10-01").getProposalsList())
                .singleElement()
                .satisfies(p -> assertThat(p.getFirstPlenaryDate()).isEmpty());
    }
}
