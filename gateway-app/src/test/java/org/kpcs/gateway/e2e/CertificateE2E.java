package org.kpcs.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.kpcs.gateway.certificate.Certificates;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.client.KpcsException;
import org.kpcs.gateway.events.LedgerEvents;
import org.kpcs.protos.CertificateEvent;
import org.kpcs.protos.CertificateHistoryEntry;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.ConfirmImportRequest;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.GetCertificateRequest;
import org.kpcs.protos.IssueCertificateRequest;
import org.kpcs.protos.PartyIdentification;

/** Certificates, custody and import confirmation on the real network, through the Fabric gateway. */
class CertificateE2E {
    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();
    private static final String EXPIRY =
            LocalDate.now(ZoneOffset.UTC).plusDays(60).toString();

    @AfterAll
    static void closeChannels() {
        LocalNetwork.CHANNELS.close();
    }

    private static String number(final String exporter) {
        return exporter + "-E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static CommercialDetails details(final String invoice) {
        return CommercialDetails.newBuilder()
                .setValueUsdCents(1_875_000_000L)
                .setExporter(PartyIdentification.newBuilder().setName("Okavango Diamond Company"))
                .setImporter(PartyIdentification.newBuilder().setName("Gulf Rough Trading DMCC"))
                .setInvoiceReference(invoice)
                .setSalt(UUID.randomUUID().toString())
                .build();
    }

    private static IssueCertificateRequest.Builder request(final String number, final String to) {
        return IssueCertificateRequest.newBuilder()
                .setNumber(number)
                .setImportingParticipant(to)
                .setOrigin("BW")
                .setIssuingAuthority("Government Diamond Valuator")
                .setDateOfExpiry(EXPIRY)
                .setCaratWeightMilli(12_500_250)
                .setNumberOfParcels(3)
                .setHsCode("7102.10")
                .setContainerId("SEAL-" + number)
                .setConflictFreeDeclaration(true);
    }

    private static ConfirmImportRequest confirmation(final String number, final long carats, final int parcels) {
        return ConfirmImportRequest.newBuilder()
                .setCertificateNumber(number)
                .setCaratWeightMilli(carats)
                .setNumberOfParcels(parcels)
                .setDateOfReceipt(TODAY)
                .build();
    }

    /** Issues BW -> AE, seals and records arrival; returns the details that travel with the shipment. */
    private static CommercialDetails shipToAe(final String number) {
        final CommercialDetails details = details("INV-" + number);
        try (KpGateway exporter = LocalNetwork.as("BW", "exporter");
                KpGateway customs = LocalNetwork.as("BW", "customs");
                KpGateway importer = LocalNetwork.as("AE", "importer")) {
            Certificates.of(exporter).issue(request(number, "AE").build(), details);
            Certificates.of(customs).seal(number, "SEAL-" + number, "e2e");
            Trades.awaitOnEveryParticipantsPeer(number, CertificateStatus.SEALED_FOR_EXPORT);
            Certificates.of(importer).arrive(number, "SEAL-" + number, true, "e2e");
            // a confirmation endorsed by other Participants' peers needs them to have seen the arrival too
            Trades.awaitOnEveryParticipantsPeer(number, CertificateStatus.ARRIVED_AT_IMPORT);
        }
        return details;
    }

    /**
     * The certificate reaches this status on every Participant's peer (a peer may commit a block a moment after
     * another; a refused request that changed something would never show the expected status).
     */
    private static void assertStatusOnEveryPeer(final String number, final CertificateStatus status) {
        Trades.awaitOnEveryParticipantsPeer(number, status);
    }

    @Test
    void a_trade_runs_end_to_end_and_the_re_export_of_a_mixed_parcel_too() {
        final String first = number("BW");
        final CommercialDetails firstDetails = shipToAe(first);
        try (KpGateway importer = LocalNetwork.as("AE", "importer")) {
            final CertificateView confirmed =
                    Certificates.of(importer).confirm(confirmation(first, 12_500_250, 3), firstDetails);
            assertThat(confirmed.getStatus()).isEqualTo(CertificateStatus.CONFIRMED);
        }

        final String second = number("AE");
        final CommercialDetails secondDetails = details("INV-" + second);
        try (KpGateway aeExporter = LocalNetwork.as("AE", "exporter");
                KpGateway aeCustoms = LocalNetwork.as("AE", "customs");
                KpGateway bwCustoms = LocalNetwork.as("BW", "customs");
                KpGateway inImporter = LocalNetwork.as("IN", "importer")) {
            final CertificateView issued = Certificates.of(aeExporter)
                    .issue(
                            request(second, "IN")
                                    .setOrigin("MIXED")
                                    .addAllMixedOrigins(List.of("BW", "RU", "CA"))
                                    .addTransitParticipants("BW")
                                    .setCaratWeightMilli(4_200_500)
                                    .setNumberOfParcels(2)
                                    .build(),
                            secondDetails);
            assertThat(issued.getCertificate().getMixedOriginsList()).containsExactly("BW", "RU", "CA");
            Certificates.of(aeCustoms).seal(second, "SEAL-" + second, "Dubai");
            Trades.awaitOnEveryParticipantsPeer(second, CertificateStatus.SEALED_FOR_EXPORT);
            Certificates.of(bwCustoms).transit(second, "SEAL-" + second, true, "Gaborone");
            Trades.awaitOnEveryParticipantsPeer(second, CertificateStatus.IN_TRANSIT);
            Certificates.of(inImporter).arrive(second, "SEAL-" + second, true, "Mumbai");
            assertThat(Certificates.of(inImporter)
                            .confirm(confirmation(second, 4_200_500, 2), secondDetails)
                            .getStatus())
                    .isEqualTo(CertificateStatus.CONFIRMED);
        }
        try (KpGateway observer = LocalNetwork.as("CSO", "observer")) {
            final List<CertificateHistoryEntry> history =
                    Certificates.of(observer).history(second).getEntriesList();
            assertThat(history)
                    .extracting(e -> e.getRecord()
                            + (e.hasCustody() ? ":" + e.getCustody().getEvent() : ""))
                    .containsExactly(
                            "certificate",
                            "receipt",
                            "custody:SEALED",
                            "custody:TRANSIT",
                            "custody:ARRIVED",
                            "receipt",
                            "receipt");
            assertThat(history).allMatch(e -> e.getTxId().length() == 64);
        }
    }

    @Test
    void commercial_details_are_visible_to_the_importer_and_not_to_an_observer_or_a_third_participant() {
        final String number = number("BW");
        final CommercialDetails details = shipToAe(number);
        try (KpGateway importer = LocalNetwork.as("AE", "importer")) {
            Certificates.of(importer).confirm(confirmation(number, 12_500_250, 3), details);
            assertThat(Certificates.of(importer).details(number)).isEqualTo(details);
        }
        try (KpGateway exporter = LocalNetwork.as("BW", "exporter")) {
            assertThat(Certificates.of(exporter).details(number)).isEqualTo(details);
        }
        try (KpGateway third = LocalNetwork.as("IN", "importer")) {
            final KpcsException refused = catchThrowableOfType(
                    KpcsException.class, () -> Certificates.of(third).details(number));
            assertThat(refused.code()).isEqualTo(ErrorCode.DETAILS_NOT_FOUND);
        }
        try (KpGateway observer = LocalNetwork.as("CSO", "observer")) {
            final KpcsException refused = catchThrowableOfType(
                    KpcsException.class, () -> Certificates.of(observer).details(number));
            assertThat(refused.code()).isEqualTo(ErrorCode.OBSERVER_READ_ONLY);
            assertThat(Certificates.of(observer).show(number).toString())
                    .doesNotContain("Okavango")
                    .doesNotContain("INV-" + number);
        }
    }

    @Test
    void a_tampered_detail_is_caught_by_the_hash_and_disputes_the_certificate() {
        final String number = number("BW");
        final CommercialDetails details = shipToAe(number);
        final CommercialDetails tampered =
                details.toBuilder().setValueUsdCents(1).build();
        try (KpGateway importer = LocalNetwork.as("AE", "importer")) {
            assertThat(Certificates.of(importer).verify(number, tampered).getMatches())
                    .isFalse();
            final CertificateView disputed =
                    Certificates.of(importer).confirm(confirmation(number, 12_500_250, 3), tampered);
            assertThat(disputed.getStatus()).isEqualTo(CertificateStatus.DISPUTED);
            assertThat(disputed.getReceipt().getDisputeReasonsList()).anyMatch(r -> r.contains("hash"));
        }
        try (KpGateway chair = LocalNetwork.as("BW", "chair")) {
            // the Chair's peer (BW's) may commit the importer's block a moment after AE's
            NetworkNodes.await(
                    "the Chair's peer listing " + number + " as disputed",
                    Duration.ofSeconds(30),
                    () -> Certificates.of(chair).disputed(100, "").getCertificatesList().stream()
                            .anyMatch(v -> v.getCertificate().getNumber().equals(number)));
        }
    }

    @Test
    void a_confirmation_by_the_wrong_participant_is_refused_and_changes_nothing() {
        final String number = number("BW");
        final CommercialDetails details = shipToAe(number);
        try (KpGateway wrong = LocalNetwork.as("IN", "importer")) {
            final KpcsException refused = catchThrowableOfType(
                    KpcsException.class,
                    () -> Certificates.of(wrong).confirm(confirmation(number, 12_500_250, 3), details));
            assertThat(refused.stage()).isEqualTo(KpcsException.Stage.ENDORSEMENT);
            assertThat(refused.code()).isEqualTo(ErrorCode.WRONG_ORGANISATION);
        }
        assertStatusOnEveryPeer(number, CertificateStatus.ARRIVED_AT_IMPORT);
    }

    @Test
    void an_arrival_not_endorsed_by_the_importers_peer_fails_key_level_endorsement() {
        final String number = number("BW");
        try (KpGateway exporter = LocalNetwork.as("BW", "exporter");
                KpGateway customs = LocalNetwork.as("BW", "customs")) {
            Certificates.of(exporter).issue(request(number, "AE").build(), details("INV-" + number));
            Certificates.of(customs).seal(number, "SEAL-" + number, "e2e");
            Trades.awaitOnEveryParticipantsPeer(number, CertificateStatus.SEALED_FOR_EXPORT);
        }
        try (KpGateway importer = LocalNetwork.as("AE", "importer")) {
            // the chaincode's rules pass on BW's and IN's peers, but the receipt key needs AE's peer
            final KpcsException refused = catchThrowableOfType(
                    KpcsException.class,
                    () -> Certificates.of(importer)
                            .arrive(number, "SEAL-" + number, true, "e2e", List.of("BWMSP", "INMSP")));
            assertThat(refused.stage()).isEqualTo(KpcsException.Stage.VALIDATION);
            assertThat(refused.code()).isEqualTo(ErrorCode.ENDORSEMENT_POLICY_FAILURE);
        }
        assertStatusOnEveryPeer(number, CertificateStatus.SEALED_FOR_EXPORT);
    }

    @Test
    void a_confirmation_the_importers_peer_did_not_endorse_is_refused_without_stalling_that_peer() {
        final String number = number("BW");
        final CommercialDetails details = shipToAe(number);
        try (KpGateway importer = LocalNetwork.as("AE", "importer")) {
            final long start = System.nanoTime();
            // BW's and IN's peers endorse a write to AE's private collection; the receipt key needs AE's peer, so
            // the transaction is invalid, and AE's peer must not wait for private data of an invalid transaction
            final KpcsException refused = catchThrowableOfType(
                    KpcsException.class,
                    () -> Certificates.of(importer)
                            .confirm(confirmation(number, 12_500_250, 3), details, List.of("BWMSP", "INMSP")));
            assertThat(refused.stage()).isEqualTo(KpcsException.Stage.VALIDATION);
            assertThat(refused.code()).isEqualTo(ErrorCode.ENDORSEMENT_POLICY_FAILURE);
            Certificates.of(importer).confirm(confirmation(number, 12_500_250, 3), details);
            final Duration both = Duration.ofNanos(System.nanoTime() - start);
            System.out.println(
                    "refused and then accepted confirmation, committed on AE's peer in " + both.toMillis() + " ms");
            assertThat(both).as("AE's peer committing both").isLessThan(Duration.ofSeconds(20));
            assertThat(Certificates.of(importer).details(number)).isEqualTo(details);
        }
        assertStatusOnEveryPeer(number, CertificateStatus.CONFIRMED);
    }

    @Test
    void an_observers_certificate_writes_are_refused_by_chaincode_and_ordering_service() {
        final String number = number("BW");
        try (KpGateway exporter = LocalNetwork.as("BW", "exporter")) {
            Certificates.of(exporter).issue(request(number, "AE").build(), details("INV-" + number));
        }
        try (KpGateway observer = LocalNetwork.as("CSO", "observer")) {
            final KpcsException byChaincode = catchThrowableOfType(
                    KpcsException.class,
                    () -> Certificates.of(observer).seal(number, "SEAL-" + number, "observer tries"));
            assertThat(byChaincode.stage()).isEqualTo(KpcsException.Stage.ENDORSEMENT);
            assertThat(byChaincode.code()).isEqualTo(ErrorCode.OBSERVER_READ_ONLY);
            final KpcsException byOrderer = catchThrowableOfType(
                    KpcsException.class,
                    () -> observer.submit(
                            "Certificates",
                            "GetCertificate",
                            GetCertificateRequest.newBuilder().setNumber(number).build()));
            assertThat(byOrderer.stage()).isEqualTo(KpcsException.Stage.ORDERING);
            assertThat(byOrderer.code()).isEqualTo(ErrorCode.FORBIDDEN);
        }
        assertStatusOnEveryPeer(number, CertificateStatus.ISSUED);
    }

    @Test
    void the_importing_authority_learns_of_a_shipment_from_the_issued_event() {
        final String number = number("BW");
        try (KpGateway exporter = LocalNetwork.as("BW", "exporter")) {
            Certificates.of(exporter).issue(request(number, "AE").build(), details("INV-" + number));
        }
        final List<CertificateEvent> seen = new java.util.ArrayList<>();
        try (KpGateway importer = LocalNetwork.as("AE", "importer")) {
            LedgerEvents.of(importer).follow(0, 10_000, 5, e -> {
                if (e.payload() instanceof CertificateEvent c
                        && c.getCertificateNumber().equals(number)) {
                    seen.add(c);
                }
            });
        }
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).getStatus()).isEqualTo(CertificateStatus.ISSUED);
        assertThat(seen.get(0).getImportingParticipant()).isEqualTo("AE");
        assertThat(seen.get(0).getIssued().getCaratWeightMilli()).isEqualTo(12_500_250);
        assertThat(seen.get(0).getIssued().getContainerId()).isEqualTo("SEAL-" + number);
    }

    @Test
    void a_bad_issuance_is_refused_with_its_code_and_nothing_is_recorded() {
        final String number = number("BW");
        try (KpGateway exporter = LocalNetwork.as("BW", "exporter")) {
            final KpcsException refused = catchThrowableOfType(
                    KpcsException.class,
                    () -> Certificates.of(exporter)
                            .issue(request(number, "AE").setHsCode("7102.39").build(), details("INV-1")));
            assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
            assertThat(refused.getMessage()).contains("7102.39");
        }
        try (KpGateway observer = LocalNetwork.as("CSO", "observer")) {
            final KpcsException missing = catchThrowableOfType(
                    KpcsException.class, () -> Certificates.of(observer).show(number));
            assertThat(missing.code()).isEqualTo(ErrorCode.CERTIFICATE_NOT_FOUND);
        }
    }
}
