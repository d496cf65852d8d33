package org.kpcs.chaincode.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kpcs.chaincode.testing.Trade.CONTAINER;
import static org.kpcs.chaincode.testing.Trade.NUMBER;
import static org.kpcs.chaincode.testing.Trade.ok;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kpcs.chaincode.testing.Chain;
import org.kpcs.chaincode.testing.FakeFabric;
import org.kpcs.chaincode.testing.Kp;
import org.kpcs.chaincode.testing.Requests;
import org.kpcs.chaincode.testing.Result;
import org.kpcs.chaincode.testing.Trade;
import org.kpcs.protos.AmendCertificateRequest;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.PartyIdentification;
import org.kpcs.protos.TradeDirection;

/** Guards against rewriting, backdating and trading around a suspension. */
class CertificateGuardsTest {
    private final FakeFabric fabric = Kp.bootstrapped();

    CertificateGuardsTest() {
        ok(Trade.issue(fabric, Trade.request().build()));
    }

    private void suspend(final String code) {
        Kp.suspend(fabric, code);
    }

    @Test
    void once_sealed_only_the_date_of_expiry_may_be_amended() {
        ok(fabric.submit(Kp.BW_CUSTOMS, "Custody:SealShipment", Requests.sealShipment(NUMBER, CONTAINER, "")));
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Result carats = fabric.submit(
                Kp.BW_EXPORTER,
                "Certificates:AmendCertificate",
                AmendCertificateRequest.newBuilder()
                        .setNumber(NUMBER)
                        .setReason("re-weighed")
                        .setCaratWeightMilli(1)
                        .build());
        assertThat(carats.errorCode()).isEqualTo("INVALID_STATE");
        assertThat(carats.message()).contains("only the date of expiry");
        assertThat(fabric.snapshot()).isEqualTo(before);
        final CertificateView extended = ok(fabric.submit(
                        Kp.BW_EXPORTER,
                        "Certificates:AmendCertificate",
                        AmendCertificateRequest.newBuilder()
                                .setNumber(NUMBER)
                                .setReason("flight delayed")
                                .setDateOfExpiry("2026-06-01")
                                .build()))
                .as(CertificateView.parser());
        assertThat(extended.getCertificate().getDateOfExpiry()).isEqualTo("2026-06-01");
    }

    @Test
    void an_expired_certificate_cannot_be_revived_by_amendment() {
        fabric.setTime(Instant.parse("2026-05-05T10:00:00Z"));
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Result revived = fabric.submit(
                Kp.BW_EXPORTER,
                "Certificates:AmendCertificate",
                AmendCertificateRequest.newBuilder()
                        .setNumber(NUMBER)
                        .setReason("extend")
                        .setDateOfExpiry("2026-07-01")
                        .build());
        assertThat(revived.errorCode()).isEqualTo("CERTIFICATE_EXPIRED");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    @Test
    void no_step_of_the_journey_with_a_suspended_participant() {
        suspend("AE");
        final Map<String, List<Byte>> before = fabric.snapshot();
        assertThat(fabric.submit(Kp.BW_CUSTOMS, "Custody:SealShipment", Requests.sealShipment(NUMBER, CONTAINER, ""))
                        .errorCode())
                .isEqualTo("PARTICIPANT_NOT_ACTIVE");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    @Test
    void a_step_dated_before_the_last_recorded_step_is_refused() {
        ok(fabric.submit(Kp.BW_CUSTOMS, "Custody:SealShipment", Requests.sealShipment(NUMBER, CONTAINER, "")));
        fabric.setTime(Instant.parse("2026-03-01T08:00:00Z"));
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Result backdated = fabric.submit(
                Kp.AE_IMPORTER, "Custody:RecordArrival", Requests.custodyStep(NUMBER, CONTAINER, true, ""));
        assertThat(backdated.errorCode()).isEqualTo("INVALID_ARGUMENT");
        assertThat(backdated.message()).contains("client's clock");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    @Test
    void tampered_details_naming_an_unknown_firm_dispute_instead_of_failing() {
        final FakeFabric arrived = Trade.arrived();
        final var tampered = Trade.details()
                .setImporter(PartyIdentification.newBuilder().setName("Ghost").setFirmId("AE-F-GHOST"))
                .build();
        final CertificateView view = ok(Trade.confirm(
                        arrived, Trade.confirmation().build(), tampered))
                .as(CertificateView.parser());
        assertThat(view.getStatus()).isEqualTo(CertificateStatus.DISPUTED);
    }

    @Test
    void an_importer_firm_sanctioned_after_issuance_disputes_the_import() {
        final FakeFabric chain = Kp.bootstrapped();
        Chain.registerFirms(chain);
        final var details = Trade.details()
                .setImporter(PartyIdentification.newBuilder().setName("Gulf").setFirmId("AE-F-GULF"))
                .build();
        ok(chain.submitWithTransient(
                Kp.BW_EXPORTER,
                Trade.transientDetails(details),
                "Certificates:IssueCertificate",
                Trade.request().build()));
        ok(chain.submit(Kp.BW_CUSTOMS, "Custody:SealShipment", Requests.sealShipment(NUMBER, CONTAINER, "")));
        ok(chain.submit(Kp.AE_IMPORTER, "Custody:RecordArrival", Requests.custodyStep(NUMBER, CONTAINER, true, "")));
        ok(chain.submit(Kp.IN_IMPORTER, "Firms:SanctionFirm", Requests.sanctionFirm("AE-F-GULF", "convicted", "")));
        final CertificateView view =
                ok(Trade.confirm(chain, Trade.confirmation().build(), details)).as(CertificateView.parser());
        assertThat(view.getStatus()).isEqualTo(CertificateStatus.DISPUTED);
        assertThat(view.getReceipt().getDisputeReasonsList()).anyMatch(r -> r.contains("FIRM_SANCTIONED"));
    }

    @Test
    void only_a_declared_transit_participant_records_transit() {
        ok(Trade.issue(
                fabric,
                Trade.request()
                        .setNumber("BW-2026-2")
                        .clearTransitParticipants()
                        .build()));
        ok(fabric.submit(Kp.BW_CUSTOMS, "Custody:SealShipment", Requests.sealShipment("BW-2026-2", CONTAINER, "")));
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Result undeclared = fabric.submit(
                Kp.IN_CUSTOMS,
                "Custody:RecordTransit",
                Requests.custodyStep("BW-2026-2", CONTAINER, false, "not mine"));
        assertThat(undeclared.errorCode()).isEqualTo("WRONG_ORGANISATION");
        assertThat(undeclared.message()).contains("not a declared transit Participant");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    @Test
    void transit_participants_are_declared_correctly_at_issuance() {
        final Map<String, List<Byte>> before = fabric.snapshot();
        assertThat(Trade.issue(
                                fabric,
                                Trade.request()
                                        .setNumber("BW-2026-3")
                                        .clearTransitParticipants()
                                        .addTransitParticipants("AE")
                                        .build())
                        .errorCode())
                .isEqualTo("INVALID_ARGUMENT");
        assertThat(Trade.issue(
                                fabric,
                                Trade.request()
                                        .setNumber("BW-2026-4")
                                        .addTransitParticipants("IN")
                                        .build())
                        .errorCode())
                .isEqualTo("INVALID_ARGUMENT");
        assertThat(Trade.issue(
                                fabric,
                                Trade.request()
                                        .setNumber("BW-2026-5")
                                        .clearTransitParticipants()
                                        .addTransitParticipants("ZA")
                                        .build())
                        .errorCode())
                .isEqualTo("PARTICIPANT_NOT_FOUND");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    @Test
    void a_bookmark_from_another_query_is_refused() {
        final Result result = fabric.evaluate(
                Kp.OBSERVER,
                "Certificates:ListCertificates",
                Requests.listCertificates(
                        "BW",
                        TradeDirection.EXPORT,
                        "2026-03-01",
                        "2026-03-31",
                        2,
                        "IDX~cert~AE~IMPORT~2026-03-02~BW-2026-000123"));
        assertThat(result.errorCode()).isEqualTo("INVALID_ARGUMENT");
        assertThat(result.message()).contains("bookmark");
    }
}
