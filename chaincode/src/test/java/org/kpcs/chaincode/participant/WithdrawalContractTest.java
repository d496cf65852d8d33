package org.kpcs.chaincode.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kpcs.chaincode.testing.Kp.AE_DELEGATE;
import static org.kpcs.chaincode.testing.Kp.BW_DELEGATE;
import static org.kpcs.chaincode.testing.Kp.CHAIR;
import static org.kpcs.chaincode.testing.Kp.IN_DELEGATE;
import static org.kpcs.chaincode.testing.Kp.IN_IMPORTER;
import static org.kpcs.chaincode.testing.Kp.OBSERVER;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kpcs.chaincode.testing.FakeFabric;
import org.kpcs.chaincode.testing.Kp;
import org.kpcs.chaincode.testing.Requests;
import org.kpcs.chaincode.testing.Result;
import org.kpcs.chaincode.testing.Trade;
import org.kpcs.chaincode.testing.User;
import org.kpcs.protos.Participant;
import org.kpcs.protos.ParticipantEvent;
import org.kpcs.protos.ParticipantStatus;
import org.kpcs.protos.RecordWithdrawalRequest;
import org.kpcs.protos.StatusProposal;

class WithdrawalContractTest {
    private final FakeFabric fabric = Kp.bootstrapped();

    private static RecordWithdrawalRequest.Builder notice(final String code) {
        return RecordWithdrawalRequest.newBuilder()
                .setCode(code)
                .setNotifiedOn("2026-03-01")
                .setReason("no longer trades in rough diamonds");
    }

    private Result withdraw(final User user, final RecordWithdrawalRequest.Builder request) {
        return fabric.submit(user, "Admission:RecordWithdrawal", request.build());
    }

    private Participant participant(final String code) {
        return fabric.evaluate(OBSERVER, "ParticipantRegistry:GetParticipant", Requests.getParticipant(code))
                .as(Participant.parser());
    }

    @Test
    void a_participant_withdraws_and_no_trade_with_it_follows() {
        final Result result = withdraw(IN_DELEGATE, notice("IN"));
        assertThat(result.ok()).as(result.message()).isTrue();
        final Participant withdrawn = participant("IN");
        assertThat(withdrawn.getStatus()).isEqualTo(ParticipantStatus.WITHDRAWN);
        assertThat(withdrawn.getWithdrawal().getNotifiedOn()).isEqualTo("2026-03-01");
        assertThat(withdrawn.getWithdrawal().getReason()).isEqualTo("no longer trades in rough diamonds");
        assertThat(withdrawn.getWithdrawal().getRecordedBy()).isNotEmpty();
        assertThat(result.event(ParticipantEvent.parser()).getWithdrew().getCode())
                .isEqualTo("IN");
        // two Participants remain: every registry record now needs both of them
        for (final String code : List.of("BW", "AE", "IN")) {
            assertThat(Kp.requiredEndorsements(fabric, code)).as(code).isEqualTo(2);
        }
        // and so does the record of who holds the chair: both of the two that remain
        assertThat(Kp.policyOf(fabric, "SCHEME").getRule().getNOutOf().getN()).isEqualTo(2);
        assertThat(Kp.policyOf(fabric, "SCHEME").getIdentitiesCount()).isEqualTo(2);
        final Result toIndia = Trade.issue(
                fabric,
                Trade.request()
                        .setImportingParticipant("IN")
                        .clearTransitParticipants()
                        .build());
        assertThat(toIndia.errorCode()).isEqualTo("PARTICIPANT_NOT_ACTIVE");
        assertThat(toIndia.message()).contains("IN is WITHDRAWN");
        final Result toEmirates =
                Trade.issue(fabric, Trade.request().clearTransitParticipants().build());
        assertThat(toEmirates.ok()).as(toEmirates.message()).isTrue();
    }

    @Test
    void the_plenary_decides_nothing_more_about_a_withdrawn_participant() {
        withdraw(IN_DELEGATE, notice("IN"));
        final Map<String, List<Byte>> before = fabric.snapshot();
        for (final ParticipantStatus status : List.of(ParticipantStatus.ACTIVE, ParticipantStatus.SUSPENDED)) {
            final Result proposal = fabric.submit(
                    CHAIR,
                    "ParticipantRegistry:ProposeStatusChange",
                    Requests.proposeStatusChange("IN", status, "come back"));
            assertThat(proposal.errorCode()).as(status.name()).isEqualTo("STATUS_NOT_ALLOWED");
        }
        assertThat(withdraw(IN_DELEGATE, notice("IN")).errorCode()).isEqualTo("STATUS_UNCHANGED");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    @Test
    void bad_withdrawals_are_refused_and_write_nothing() {
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Map<String, Result> refused = new java.util.LinkedHashMap<>();
        refused.put("WRONG_ORGANISATION", withdraw(AE_DELEGATE, notice("IN")));
        refused.put("ROLE_REQUIRED", withdraw(IN_IMPORTER, notice("IN")));
        refused.put("HOLDS_THE_CHAIR", withdraw(BW_DELEGATE, notice("BW")));
        refused.put("PARTICIPANT_NOT_FOUND", withdraw(IN_DELEGATE, notice("ZA")));
        refused.put("INVALID_ARGUMENT", withdraw(IN_DELEGATE, notice("IN").setNotifiedOn("2026-03-03")));
        refused.put("OBSERVER_READ_ONLY", withdraw(OBSERVER, notice("IN")));
        refused.forEach((code, result) ->
                assertThat(result.errorCode()).as(result.message()).isEqualTo(code));
        assertThat(refused.get("HOLDS_THE_CHAIR").message()).contains("elects another Chair");
        assertThat(refused.get("INVALID_ARGUMENT").message()).contains("after today");
        assertThat(withdraw(IN_DELEGATE, notice("IN").setNotifiedOn("1 March")).message())
                .contains("yyyy-mm-dd");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    @Test
    void the_scheme_keeps_an_exporter_and_an_importer() {
        assertThat(withdraw(IN_DELEGATE, notice("IN")).ok()).isTrue();
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Result last = withdraw(AE_DELEGATE, notice("AE"));
        assertThat(last.errorCode()).isEqualTo("TOO_FEW_PARTICIPANTS");
        assertThat(last.message()).contains("at least two");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    @Test
    void a_suspended_participant_may_still_withdraw() {
        Kp.suspend(fabric, "IN");
        final Result result = withdraw(IN_DELEGATE, notice("IN"));
        assertThat(result.ok()).as(result.message()).isTrue();
        assertThat(participant("IN").getStatus()).isEqualTo(ParticipantStatus.WITHDRAWN);
    }

    @Test
    void a_decision_open_when_a_participant_withdraws_neither_undoes_it_nor_counts_its_vote() {
        Kp.suspend(fabric, "IN");
        final String reinstate = fabric.submit(
                        CHAIR,
                        "ParticipantRegistry:ProposeStatusChange",
                        Requests.proposeStatusChange("IN", ParticipantStatus.ACTIVE, "statistics submitted"))
                .as(StatusProposal.parser())
                .getId();
        assertThat(withdraw(IN_DELEGATE, notice("IN")).ok()).isTrue();
        assertThat(fabric.submit(
                                BW_DELEGATE,
                                "ParticipantRegistry:ApproveStatusChange",
                                Requests.approveStatusChange(reinstate))
                        .ok())
                .isTrue();
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Result adopting = fabric.submit(
                AE_DELEGATE, "ParticipantRegistry:ApproveStatusChange", Requests.approveStatusChange(reinstate));
        assertThat(adopting.errorCode()).isEqualTo("STATUS_NOT_ALLOWED");
        assertThat(adopting.message()).contains("withdrawn");
        assertThat(fabric.snapshot()).isEqualTo(before);
        assertThat(participant("IN").getStatus()).isEqualTo(ParticipantStatus.WITHDRAWN);
    }

    @Test
    void a_withdrawn_participant_no_longer_approves() {
        final String suspendAe = fabric.submit(
                        CHAIR,
                        "ParticipantRegistry:ProposeStatusChange",
                        Requests.proposeStatusChange("AE", ParticipantStatus.SUSPENDED, "review"))
                .as(StatusProposal.parser())
                .getId();
        assertThat(withdraw(IN_DELEGATE, notice("IN")).ok()).isTrue();
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Result vote = fabric.submit(
                IN_DELEGATE, "ParticipantRegistry:ApproveStatusChange", Requests.approveStatusChange(suspendAe));
        assertThat(vote.errorCode()).isEqualTo("PARTICIPANT_NOT_ACTIVE");
        assertThat(vote.message()).contains("no longer takes part");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }
}
