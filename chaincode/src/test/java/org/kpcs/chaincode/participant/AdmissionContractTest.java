package org.kpcs.chaincode.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kpcs.chaincode.testing.Kp.AE_DELEGATE;
import static org.kpcs.chaincode.testing.Kp.BW_DELEGATE;
import static org.kpcs.chaincode.testing.Kp.BW_EXPORTER;
import static org.kpcs.chaincode.testing.Kp.CHAIR;
import static org.kpcs.chaincode.testing.Kp.IN_CHAIR;
import static org.kpcs.chaincode.testing.Kp.OBSERVER;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.kpcs.chaincode.testing.FakeFabric;
import org.kpcs.chaincode.testing.Kp;
import org.kpcs.chaincode.testing.Requests;
import org.kpcs.chaincode.testing.Result;
import org.kpcs.chaincode.testing.Trade;
import org.kpcs.chaincode.testing.User;
import org.kpcs.protos.Authority;
import org.kpcs.protos.Participant;
import org.kpcs.protos.ParticipantEvent;
import org.kpcs.protos.ParticipantStatus;
import org.kpcs.protos.RecordAccessionRequest;
import org.kpcs.protos.RecordApplicationRequest;
import org.kpcs.protos.StatusProposal;

class AdmissionContractTest {
    private static final User ZA_DELEGATE = User.of("ZAMSP", "delegate", "delegate");
    private static final String LAW = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private final FakeFabric fabric = Kp.bootstrapped();

    private static RecordApplicationRequest application() {
        return RecordApplicationRequest.newBuilder()
                .setCode("ZA")
                .setName("South Africa")
                .setMspId("ZAMSP")
                .addAuthorities(Authority.newBuilder()
                        .setRole("exporting-authority")
                        .setName("South African Diamond and Precious Metals Regulator"))
                .addLawHashes(LAW)
                .setLawsSynopsis("Diamonds Act 56 of 1986: licensing, export permits, the state diamond trader")
                .setNotifiedOn("2026-02-20")
                .build();
    }

    private Result apply(final RecordApplicationRequest request) {
        return fabric.submit(CHAIR, "Admission:RecordApplication", request);
    }

    private Result accede(final User user, final String code) {
        return fabric.submit(
                user,
                "Admission:RecordAccession",
                RecordAccessionRequest.newBuilder().setCode(code).build());
    }

    private Participant participant(final String code) {
        return fabric.evaluate(OBSERVER, "ParticipantRegistry:GetParticipant", Requests.getParticipant(code))
                .as(Participant.parser());
    }

    private StatusProposal admit() {
        final StatusProposal proposal = fabric.submit(
                        CHAIR,
                        "ParticipantRegistry:ProposeStatusChange",
                        Requests.proposeStatusChange(
                                "ZA", ParticipantStatus.ADMITTED, "meets the minimum requirements"))
                .as(StatusProposal.parser());
        for (final User delegate : List.of(AE_DELEGATE, BW_DELEGATE)) {
            assertThat(fabric.submit(
                                    delegate,
                                    "ParticipantRegistry:ApproveStatusChange",
                                    Requests.approveStatusChange(proposal.getId()))
                            .ok())
                    .isTrue();
        }
        return proposal;
    }

    @Test
    void the_chair_records_an_application_and_circulates_it_in_an_event() {
        final Result result = apply(application());
        assertThat(result.ok()).as(result.message()).isTrue();
        final Participant applicant = participant("ZA");
        assertThat(applicant.getStatus()).isEqualTo(ParticipantStatus.APPLICANT);
        assertThat(applicant.getMspId()).isEqualTo("ZAMSP");
        assertThat(applicant.getAuthoritiesList()).hasSize(1);
        assertThat(applicant.getLawHashesList()).containsExactly(LAW);
        assertThat(applicant.getApplication().getNotifiedOn()).isEqualTo("2026-02-20");
        assertThat(applicant.getApplication().getCirculatedWithinMonth()).isTrue();
        final ParticipantEvent event = result.event(ParticipantEvent.parser());
        assertThat(event.getApplicationCirculated().getCode()).isEqualTo("ZA");
        assertThat(event.getApplicationCirculated().getCirculatedWithinMonth()).isTrue();
        // bound, like every registry record, to a majority of the active Participants (2 of 3)
        assertThat(Kp.requiredEndorsements(fabric, "ZA")).isEqualTo(2);
    }

    @Test
    void an_application_circulated_after_a_month_is_recorded_as_late() {
        fabric.setTime(Instant.parse("2026-04-02T09:00:00Z"));
        final Result result = apply(application());
        assertThat(result.ok()).isTrue();
        assertThat(participant("ZA").getApplication().getCirculatedWithinMonth())
                .isFalse();
    }

    @Test
    void no_trade_with_an_applicant() {
        apply(application());
        final Result issue = Trade.issue(
                fabric,
                Trade.request()
                        .setImportingParticipant("ZA")
                        .clearTransitParticipants()
                        .build());
        assertThat(issue.errorCode()).isEqualTo("PARTICIPANT_NOT_ACTIVE");
    }

    @Test
    void admitted_by_the_plenary_then_active_when_its_organisation_accedes() {
        apply(application());
        final StatusProposal proposal = admit();
        final Participant admitted = participant("ZA");
        assertThat(admitted.getStatus()).isEqualTo(ParticipantStatus.ADMITTED);
        assertThat(admitted.getLastDecisionId()).isEqualTo(proposal.getId());
        assertThat(admitted.getApplication().hasAdmittedAt()).isTrue();

        final Result accession = accede(ZA_DELEGATE, "ZA");
        assertThat(accession.ok()).as(accession.message()).isTrue();
        assertThat(accession.event(ParticipantEvent.parser()).getAcceded().getProposalId())
                .isEqualTo(proposal.getId());
        final Participant active = participant("ZA");
        assertThat(active.getStatus()).isEqualTo(ParticipantStatus.ACTIVE);
        assertThat(active.getApplication().hasAccededAt()).isTrue();
        // four active Participants: every record now needs three of them
        for (final String code : List.of("BW", "AE", "IN", "ZA")) {
            assertThat(Kp.requiredEndorsements(fabric, code)).as(code).isEqualTo(3);
        }
        // and it trades
        final Result issue = Trade.issue(
                fabric,
                Trade.request()
                        .setImportingParticipant("ZA")
                        .clearTransitParticipants()
                        .build());
        assertThat(issue.ok()).as(issue.message()).isTrue();
    }

    @Test
    void accession_without_a_plenary_decision_is_refused() {
        apply(application());
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Result result = accede(ZA_DELEGATE, "ZA");
        assertThat(result.errorCode()).isEqualTo("NOT_ADMITTED");
        assertThat(result.message()).contains("propose-status ZA ADMITTED");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    @Test
    void only_the_admitted_organisation_accedes_and_only_once() {
        apply(application());
        admit();
        final Map<String, List<Byte>> before = fabric.snapshot();
        assertThat(accede(AE_DELEGATE, "ZA").errorCode()).isEqualTo("WRONG_ORGANISATION");
        assertThat(accede(User.of("ZAMSP", "exporter", "exporting-authority"), "ZA")
                        .errorCode())
                .isEqualTo("ROLE_REQUIRED");
        assertThat(accede(ZA_DELEGATE, "NA").errorCode()).isEqualTo("PARTICIPANT_NOT_FOUND");
        assertThat(fabric.snapshot()).isEqualTo(before);
        assertThat(accede(ZA_DELEGATE, "ZA").ok()).isTrue();
        assertThat(accede(ZA_DELEGATE, "ZA").errorCode()).isEqualTo("STATUS_UNCHANGED");
    }

    @Test
    void the_plenary_admits_only_applicants_and_an_applicant_is_only_admitted() {
        apply(application());
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Map<String, ParticipantStatus> refused = Map.of(
                "ZA", ParticipantStatus.ACTIVE,
                "IN", ParticipantStatus.ADMITTED);
        refused.forEach((code, status) -> {
            final Result result = fabric.submit(
                    CHAIR, "ParticipantRegistry:ProposeStatusChange", Requests.proposeStatusChange(code, status, "x"));
            assertThat(result.errorCode()).as(code).isEqualTo("STATUS_NOT_ALLOWED");
        });
        assertThat(fabric.submit(
                                CHAIR,
                                "ParticipantRegistry:ProposeStatusChange",
                                Requests.proposeStatusChange("ZA", ParticipantStatus.SUSPENDED, "x"))
                        .errorCode())
                .isEqualTo("STATUS_NOT_ALLOWED");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    @Test
    void only_the_chair_records_applications() {
        final Map<String, List<Byte>> before = fabric.snapshot();
        assertThat(fabric.submit(BW_EXPORTER, "Admission:RecordApplication", application())
                        .errorCode())
                .isEqualTo("ROLE_REQUIRED");
        assertThat(fabric.submit(IN_CHAIR, "Admission:RecordApplication", application())
                        .errorCode())
                .isEqualTo("WRONG_ORGANISATION");
        assertThat(fabric.submit(OBSERVER, "Admission:RecordApplication", application())
                        .errorCode())
                .isEqualTo("OBSERVER_READ_ONLY");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    @Test
    void an_application_for_a_registered_code_or_organisation_is_refused() {
        apply(application());
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Map<String, UnaryOperator<RecordApplicationRequest.Builder>> taken = Map.of(
                "a founder's code", b -> b.setCode("BW").setMspId("BW2MSP"),
                "the applicant again", b -> b,
                "a founder's organisation", b -> b.setCode("NA").setMspId("INMSP"));
        taken.forEach((why, edit) -> assertThat(
                        apply(edit.apply(application().toBuilder()).build()).errorCode())
                .as(why)
                .isEqualTo("ALREADY_REGISTERED"));
        assertThat(apply(application().toBuilder()
                                .setCode("NA")
                                .setMspId("WDCMSP")
                                .build())
                        .errorCode())
                .isEqualTo("WRONG_ORGANISATION");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    @Test
    void incomplete_notifications_are_refused_and_write_nothing() {
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Map<String, UnaryOperator<RecordApplicationRequest.Builder>> bad = Map.of(
                "not an ISO 3166-1", b -> b.setCode("XX"),
                "needs a name", b -> b.setName(" "),
                "MSP id", b -> b.setMspId("ZA MSP"),
                "designated authorities", RecordApplicationRequest.Builder::clearAuthorities,
                "a role among",
                        b -> b.setAuthorities(
                                0, Authority.newBuilder().setRole("chair").setName("x")),
                "not a SHA-256 hash", b -> b.addLawHashes("abc"),
                "synopsis in English", b -> b.setLawsSynopsis(""),
                "is not a date", b -> b.setNotifiedOn("20 Feb"),
                "after today", b -> b.setNotifiedOn("2026-03-03"));
        bad.forEach((why, edit) -> {
            final Result result = apply(edit.apply(application().toBuilder()).build());
            assertThat(result.errorCode()).as(why).isEqualTo("INVALID_ARGUMENT");
            assertThat(result.message()).as(why).contains(why);
        });
        assertThat(fabric.snapshot()).isEqualTo(before);
    }
}
