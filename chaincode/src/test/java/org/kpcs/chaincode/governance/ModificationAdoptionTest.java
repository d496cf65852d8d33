package org.kpcs.chaincode.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kpcs.chaincode.governance.GovernanceContractTest.modification;

import com.google.protobuf.Message;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kpcs.chaincode.testing.FakeFabric;
import org.kpcs.chaincode.testing.Kp;
import org.kpcs.chaincode.testing.Result;
import org.kpcs.chaincode.testing.User;
import org.kpcs.protos.ApproveModificationRequest;
import org.kpcs.protos.GovernanceEvent;
import org.kpcs.protos.ModificationProposal;
import org.kpcs.protos.PlenaryApproval;
import org.kpcs.protos.SchedulePlenaryRequest;

/**
 * KPCS VI 17 through the contract API: "This document may be modified by consensus of the Participants." At the
 * Plenary whose agenda a proposal is on, every Participant active when the Plenary took it up approves it, and
 * the last approval adopts it; nothing is decided before the meeting's day.
 */
class ModificationAdoptionTest {
    private static final String APPROVE = "Governance:ApproveModification";

    private final FakeFabric fabric = Kp.bootstrapped();
    private final String id;

    ModificationAdoptionTest() {
        fabric.setTime(Instant.parse("2026-03-02T09:00:00Z"));
        submit(
                Kp.CHAIR,
                "Governance:SchedulePlenary",
                SchedulePlenaryRequest.newBuilder()
                        .setDate("2026-06-10")
                        .setVenue("Gaborone")
                        .build());
        id = submit(Kp.AE_DELEGATE, "Governance:ProposeModification", modification("AE"))
                .as(ModificationProposal.parser())
                .getId();
    }

    private Result submit(final User who, final String function, final Message request) {
        final Result result = fabric.submit(who, function, request);
        assertThat(result.ok()).as(result.message()).isTrue();
        return result;
    }

    private ModificationProposal approve(final User delegate) {
        return submit(delegate, APPROVE, request(id)).as(ModificationProposal.parser());
    }

    private static ApproveModificationRequest request(final String id) {
        return ApproveModificationRequest.newBuilder().setModificationId(id).build();
    }

    private void refused(final User who, final String modification, final String code) {
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Result result = fabric.submit(who, APPROVE, request(modification));
        assertThat(result.errorCode()).as(result.message()).isEqualTo(code);
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    @Test
    void every_participant_approves_at_the_plenary_and_the_last_approval_adopts_it() {
        refused(Kp.BW_DELEGATE, id, "PLENARY_NOT_YET");
        fabric.setTime(Instant.parse("2026-06-10T09:00:00Z"));
        final ModificationProposal once = approve(Kp.BW_DELEGATE);
        assertThat(once.getElectorateList()).containsExactly("AE", "BW", "IN");
        assertThat(once.getAdopted()).isFalse();
        refused(Kp.BW_DELEGATE, id, "DUPLICATE_APPROVAL");
        approve(Kp.AE_DELEGATE);

        final Result last = submit(Kp.IN_DELEGATE, APPROVE, request(id));
        final ModificationProposal adopted = last.as(ModificationProposal.parser());
        assertThat(adopted.getAdopted()).isTrue();
        assertThat(adopted.getAdoptedOn()).isEqualTo("2026-06-10");
        assertThat(adopted.getApprovalsList())
                .extracting(PlenaryApproval::getParticipantCode)
                .containsExactly("BW", "AE", "IN");
        assertThat(last.event(GovernanceEvent.parser())
                        .getModificationApproved()
                        .getAdopted())
                .isTrue();
        refused(Kp.AE_DELEGATE, id, "PROPOSAL_CLOSED");
    }

    @Test
    void only_a_participants_delegate_approves_an_existing_proposal() {
        fabric.setTime(Instant.parse("2026-06-11T09:00:00Z"));
        refused(Kp.CHAIR, id, "ROLE_REQUIRED");
        refused(Kp.AUDITOR, id, "ROLE_REQUIRED");
        refused(Kp.OBSERVER, id, "OBSERVER_READ_ONLY");
        refused(Kp.BW_DELEGATE, "no-such-proposal", "MODIFICATION_NOT_FOUND");
    }

    @Test
    void a_participant_suspended_when_the_plenary_took_it_up_does_not_decide() {
        Kp.suspend(fabric, "IN");
        fabric.setTime(Instant.parse("2026-06-10T09:00:00Z"));
        assertThat(approve(Kp.BW_DELEGATE).getElectorateList()).containsExactly("AE", "BW");
        refused(Kp.IN_DELEGATE, id, "NOT_IN_ELECTORATE");
        assertThat(approve(Kp.AE_DELEGATE).getAdopted()).isTrue();
    }
}
