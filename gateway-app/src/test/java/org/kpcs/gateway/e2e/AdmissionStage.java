package org.kpcs.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kpcs.gateway.certificate.Certificates;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.client.KpcsException;
import org.kpcs.gateway.compliance.Compliance;
import org.kpcs.gateway.registry.Registry;
import org.kpcs.protos.Authority;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.ConcernMarker;
import org.kpcs.protos.ConfirmImportRequest;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.ParticipantStatus;
import org.kpcs.protos.RecordApplicationRequest;
import org.kpcs.protos.RecordWithdrawalRequest;
import org.kpcs.protos.StatusProposal;

/**
 * A fourth Participant admitted while the network runs (KPCS VI 8-9), then trading: the last stage of
 * scripts/test.sh, since it changes the network for good (a new organisation on the channel, a new chaincode
 * definition). South Africa applies, the Plenary admits it, {@code network/kpnet add-participant} brings it in,
 * Botswana ships to it, its peer's endorsement counts, and it takes part in compliance matters; then it
 * withdraws and {@code kpnet remove-participant} takes it off the channel. Not an *E2E class: only its own
 * stage runs it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdmissionStage {
    private static final String CODE = "ZA";
    private static final String NAME = "South Africa";

    @AfterAll
    static void closeChannels() {
        LocalNetwork.CHANNELS.close();
    }

    private static StatusProposal admitByThePlenary() {
        try (KpGateway chair = LocalNetwork.as("BW", "chair");
                KpGateway ae = LocalNetwork.as("AE", "delegate");
                KpGateway in = LocalNetwork.as("IN", "delegate")) {
            final StatusProposal proposal = Registry.of(chair)
                    .proposeStatus(CODE, ParticipantStatus.ADMITTED, "meets the scheme's minimum requirements");
            assertThat(proposal.getRequiredApprovals()).isEqualTo(2);
            Registry.of(ae).approve(proposal.getId());
            NetworkNodes.await(
                    "IN's peer seeing AE's approval",
                    Duration.ofSeconds(30),
                    () -> Registry.of(in).proposal(proposal.getId()).getApprovalsCount() == 1);
            return Registry.of(in).approve(proposal.getId());
        }
    }

    private static ParticipantStatus statusSeenBy(final String org, final String user) {
        try (KpGateway gateway = LocalNetwork.as(org, user)) {
            return Registry.of(gateway).show(CODE).getStatus();
        }
    }

    @Test
    @Order(1)
    void a_fourth_participant_applies_is_admitted_joins_the_running_network_and_trades() {
        try (KpGateway chair = LocalNetwork.as("BW", "chair")) {
            Registry.of(chair)
                    .recordApplication(RecordApplicationRequest.newBuilder()
                            .setCode(CODE)
                            .setName(NAME)
                            .setMspId(CODE + "MSP")
                            .addAuthorities(Authority.newBuilder()
                                    .setRole("exporting-authority")
                                    .setName("South African Diamond and Precious Metals Regulator"))
                            .setLawsSynopsis("Diamonds Act 56 of 1986: licences, export permits, state diamond trader")
                            .setNotifiedOn(Trades.TODAY)
                            .build());
        }
        NetworkNodes.await(
                "the observer seeing the application",
                Duration.ofSeconds(30),
                () -> statusSeenBy("CSO", "observer") == ParticipantStatus.APPLICANT);

        // no Plenary decision yet: the network refuses to bring it in
        final LocalNetwork.Kpnet early = LocalNetwork.kpnet("add-participant", CODE, NAME);
        assertThat(early.exitCode()).as(early.output()).isNotZero();
        assertThat(early.output()).contains("the Plenary has not admitted ZA");
        assertThat(LocalNetwork.profile().getOrgsList()).doesNotContain(CODE);

        assertThat(admitByThePlenary().getState().name()).isEqualTo("ADOPTED");
        NetworkNodes.await(
                "BW's peer seeing the decision",
                Duration.ofSeconds(30),
                () -> statusSeenBy("BW", "delegate") == ParticipantStatus.ADMITTED);

        final long start = System.nanoTime();
        final LocalNetwork.Kpnet added = LocalNetwork.kpnet("add-participant", CODE, NAME);
        assertThat(added.exitCode()).as(added.output()).isZero();
        System.out.printf("kpnet add-participant %s took %d s%n", CODE, (System.nanoTime() - start) / 1_000_000_000L);
        assertThat(LocalNetwork.profile().getParticipantsList()).containsExactly("BW", "AE", "IN", CODE);
        assertThat(statusSeenBy(CODE, "delegate")).isEqualTo(ParticipantStatus.ACTIVE);

        // a code already present is refused, founder or newcomer, and the network is unchanged
        for (final String[] again : List.of(new String[] {CODE, NAME}, new String[] {"BW", "Botswana"})) {
            final LocalNetwork.Kpnet refused = LocalNetwork.kpnet("add-participant", again[0], again[1]);
            assertThat(refused.exitCode()).as(refused.output()).isNotZero();
            assertThat(refused.output()).contains(again[0] + " (" + again[1]).contains("is already in the network");
        }
        assertThat(LocalNetwork.profile().getParticipantsList()).containsExactly("BW", "AE", "IN", CODE);
        assertThat(LocalNetwork.kpnet("status").exitCode()).isZero();

        tradesWithBotswana();
        takesPartInComplianceMatters();
    }

    /**
     * The new Participant is a member of the collection "participants": its delegate raises a concern about BW
     * that BW's delegate reads, and reads through its own peer a concern raised before it joined.
     */
    private static void takesPartInComplianceMatters() {
        final List<ConcernMarker> earlier;
        try (KpGateway bw = LocalNetwork.as("BW", "delegate")) {
            earlier = Compliance.of(bw).concerns(false).getConcernsList();
        }
        try (KpGateway za = LocalNetwork.as(CODE, "delegate");
                KpGateway bw = LocalNetwork.as("BW", "delegate")) {
            final String text = "BW's export licences for " + System.currentTimeMillis();
            final ConcernMarker raised = Compliance.of(za).raise("BW", text);
            assertThat(raised.getRaisedByParticipant()).isEqualTo(CODE);
            NetworkNodes.await(
                    "BW's peer holding ZA's concern",
                    Duration.ofSeconds(30),
                    () -> Compliance.of(bw)
                            .concern(raised.getId())
                            .getFile()
                            .getDialogue(0)
                            .getText()
                            .equals(text));
            assertThat(Compliance.of(za).concern(raised.getId()).getFile().getConcernedParticipant())
                    .isEqualTo("BW");
            for (final ConcernMarker before : earlier) {
                NetworkNodes.await(
                        "ZA's peer reconciling concern " + before.getId() + " raised before it joined",
                        Duration.ofSeconds(60),
                        () -> Compliance.of(za)
                                .concern(before.getId())
                                .getMarker()
                                .equals(before));
            }
        }
    }

    @Test
    @Order(2)
    void it_withdraws_leaves_the_running_network_and_the_others_trade_on() {
        // not before its own delegate has recorded the withdrawal
        final LocalNetwork.Kpnet early = LocalNetwork.kpnet("remove-participant", CODE);
        assertThat(early.exitCode()).as(early.output()).isNotZero();
        assertThat(early.output()).contains("ZA is ACTIVE in the registry").contains("kpcs participant withdraw ZA");

        try (KpGateway delegate = LocalNetwork.as(CODE, "delegate")) {
            assertThat(Registry.of(delegate)
                            .withdraw(RecordWithdrawalRequest.newBuilder()
                                    .setCode(CODE)
                                    .setNotifiedOn(Trades.TODAY)
                                    .setReason("leaves the rough diamond trade")
                                    .build())
                            .getStatus())
                    .isEqualTo(ParticipantStatus.WITHDRAWN);
        }
        NetworkNodes.await(
                "every Participant's peer seeing the withdrawal",
                Duration.ofSeconds(30),
                () -> List.of("BW", "AE", "IN").stream()
                        .allMatch(org -> statusSeenBy(org, "delegate") == ParticipantStatus.WITHDRAWN));
        try (KpGateway exporter = LocalNetwork.as("BW", "exporter")) {
            final String number = "BW-WITHDRAWN-" + System.currentTimeMillis();
            final KpcsException refused = catchThrowableOfType(
                    KpcsException.class,
                    () -> Certificates.of(exporter)
                            .issue(Trades.certificate(number, CODE, 1_000_000), Trades.details(number, "")));
            assertThat(refused.code()).isEqualTo(ErrorCode.PARTICIPANT_NOT_ACTIVE);
        }

        final long start = System.nanoTime();
        final LocalNetwork.Kpnet removed = LocalNetwork.kpnet("remove-participant", CODE);
        assertThat(removed.exitCode()).as(removed.output()).isZero();
        System.out.printf(
                "kpnet remove-participant %s took %d s%n", CODE, (System.nanoTime() - start) / 1_000_000_000L);
        assertThat(removed.output()).contains("ZAMSP) is off");
        assertThat(LocalNetwork.profile().getParticipantsList()).containsExactly("BW", "AE", "IN");
        assertThat(LocalNetwork.profile().getOrgsList()).doesNotContain(CODE);
        final LocalNetwork.Kpnet again = LocalNetwork.kpnet("remove-participant", CODE);
        assertThat(again.exitCode()).isNotZero();
        assertThat(again.output()).contains("ZA is not an organisation of this network");
        assertThat(LocalNetwork.kpnet("status").exitCode()).isZero();

        // the others trade on under the new chaincode definition
        final String number = "BW-AFTER-ZA-" + System.currentTimeMillis();
        try (KpGateway exporter = LocalNetwork.as("BW", "exporter")) {
            Certificates.of(exporter).issue(Trades.certificate(number, "AE", 1_500_000), Trades.details(number, ""));
        }
        Trades.awaitOnEveryParticipantsPeer(number, CertificateStatus.ISSUED);
    }

    /** BW certifies a shipment to ZA; BW customs seal it; ZA records arrival and confirms receipt. */
    private static void tradesWithBotswana() {
        final String number = "BW-ADMISSION-" + System.currentTimeMillis();
        final CommercialDetails details = Trades.details(number, "");
        try (KpGateway exporter = LocalNetwork.as("BW", "exporter");
                KpGateway customs = LocalNetwork.as("BW", "customs");
                KpGateway importer = LocalNetwork.as(CODE, "importer")) {
            Certificates.of(exporter).issue(Trades.certificate(number, CODE, 2_500_000), details);
            Certificates.of(customs).seal(number, "SEAL-" + number, "sealed at Gaborone");
            Trades.awaitOnEveryParticipantsPeer(number, CertificateStatus.SEALED_FOR_EXPORT);

            // ZA's peer endorses: an arrival endorsed by ZA, AE and IN only (three of the four Participants,
            // as the new definition requires) is valid; without ZA's peer the import receipt is refused.
            final KpcsException withoutZa = catchThrowableOfType(
                    KpcsException.class,
                    () -> Certificates.of(importer)
                            .arrive(number, "SEAL-" + number, true, "", List.of("BWMSP", "AEMSP", "INMSP")));
            assertThat(withoutZa.code()).isEqualTo(ErrorCode.ENDORSEMENT_POLICY_FAILURE);
            assertThat(Certificates.of(importer)
                            .arrive(
                                    number,
                                    "SEAL-" + number,
                                    true,
                                    "inspected at Johannesburg",
                                    List.of("ZAMSP", "AEMSP", "INMSP"))
                            .getStatus())
                    .isEqualTo(CertificateStatus.ARRIVED_AT_IMPORT);
            assertThat(Certificates.of(importer)
                            .confirm(
                                    ConfirmImportRequest.newBuilder()
                                            .setCertificateNumber(number)
                                            .setNumberOfParcels(1)
                                            .setCaratWeightMilli(2_500_000)
                                            .setDateOfReceipt(Trades.TODAY)
                                            .build(),
                                    details)
                            .getStatus())
                    .isEqualTo(CertificateStatus.CONFIRMED);
            assertThat(Certificates.of(importer).details(number).getInvoiceReference())
                    .isEqualTo(details.getInvoiceReference());
        }
    }
}
