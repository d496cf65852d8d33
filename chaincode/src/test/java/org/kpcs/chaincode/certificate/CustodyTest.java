package org.kpcs.chaincode.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kpcs.chaincode.testing.Trade.CONTAINER;
import static org.kpcs.chaincode.testing.Trade.NUMBER;
import static org.kpcs.chaincode.testing.Trade.ok;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kpcs.chaincode.testing.FakeFabric;
import org.kpcs.chaincode.testing.Kp;
import org.kpcs.chaincode.testing.Requests;
import org.kpcs.chaincode.testing.Result;
import org.kpcs.chaincode.testing.Trade;
import org.kpcs.chaincode.testing.User;
import org.kpcs.protos.CertificateEvent;
import org.kpcs.protos.CertificatePage;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.CustodyEvent;

class CustodyTest {
    private final FakeFabric fabric = Kp.bootstrapped();

    CustodyTest() {
        ok(Trade.issue(fabric, Trade.request().build()));
    }

    private Result seal(final User who, final String container) {
        return fabric.submit(
                who, "Custody:SealShipment", Requests.sealShipment(NUMBER, container, "sealed at the Diamond Hub"));
    }

    private Result transit(final User who, final String container, final boolean intact) {
        return fabric.submit(
                who, "Custody:RecordTransit", Requests.custodyStep(NUMBER, container, intact, "through Johannesburg"));
    }

    private Result arrive(final User who, final String container, final boolean intact) {
        return fabric.submit(
                who, "Custody:RecordArrival", Requests.custodyStep(NUMBER, container, intact, "inspected at Dubai"));
    }

    private void refusedWithoutChange(final Result result, final String code) {
        assertThat(result.errorCode()).as(result.message()).isEqualTo(code);
    }

    private CertificateStatus status() {
        return Trade.view(fabric, NUMBER).getStatus();
    }

    private int pending() {
        return fabric.evaluate(
                        Kp.OBSERVER,
                        "Certificates:ListPendingConfirmation",
                        Requests.listPendingConfirmation("AE", 10, ""))
                .as(CertificatePage.parser())
                .getCertificatesCount();
    }

    @Test
    void a_shipment_is_sealed_crosses_a_transit_participant_and_arrives() {
        ok(seal(Kp.BW_CUSTOMS, CONTAINER));
        assertThat(status()).isEqualTo(CertificateStatus.SEALED_FOR_EXPORT);
        ok(transit(Kp.IN_CUSTOMS, CONTAINER, true));
        assertThat(status()).isEqualTo(CertificateStatus.IN_TRANSIT);
        final Result arrival = ok(arrive(Kp.AE_IMPORTER, CONTAINER, true));
        assertThat(arrival.as(CertificateView.parser()).getStatus()).isEqualTo(CertificateStatus.ARRIVED_AT_IMPORT);
        assertThat(arrival.event(CertificateEvent.parser()).getCustody().getEvent())
                .isEqualTo(CustodyEvent.ARRIVED);
        final CertificateView view = Trade.view(fabric, NUMBER);
        assertThat(view.getCustodyList())
                .extracting(c -> c.getEvent() + "@" + c.getParticipant())
                .containsExactly("SEALED@BW", "TRANSIT@IN", "ARRIVED@AE");
        assertThat(view.getReceipt().getArrived()).isTrue();
        assertThat(pending()).as("still awaiting confirmation").isEqualTo(1);
    }

    @Test
    void only_the_exporters_authorities_seal_and_only_the_container_on_the_certificate() {
        final Map<String, List<Byte>> before = fabric.snapshot();
        refusedWithoutChange(seal(Kp.AE_CUSTOMS, CONTAINER), "WRONG_ORGANISATION");
        refusedWithoutChange(seal(Kp.BW_DELEGATE, CONTAINER), "ROLE_REQUIRED");
        refusedWithoutChange(seal(Kp.OBSERVER, CONTAINER), "OBSERVER_READ_ONLY");
        refusedWithoutChange(seal(Kp.BW_CUSTOMS, "OTHER-BOX"), "CONTAINER_MISMATCH");
        refusedWithoutChange(
                fabric.submit(Kp.BW_CUSTOMS, "Custody:SealShipment", Requests.sealShipment("BW-NOPE", CONTAINER, "")),
                "CERTIFICATE_NOT_FOUND");
        assertThat(fabric.snapshot()).isEqualTo(before);
        ok(seal(Kp.BW_EXPORTER, CONTAINER));
        final Map<String, List<Byte>> sealed = fabric.snapshot();
        refusedWithoutChange(seal(Kp.BW_CUSTOMS, CONTAINER), "INVALID_STATE");
        assertThat(fabric.snapshot()).isEqualTo(sealed);
    }

    @Test
    void transit_is_recorded_by_a_third_participant_after_sealing() {
        final Map<String, List<Byte>> before = fabric.snapshot();
        refusedWithoutChange(transit(Kp.IN_CUSTOMS, CONTAINER, true), "INVALID_STATE");
        assertThat(fabric.snapshot()).isEqualTo(before);
        ok(seal(Kp.BW_CUSTOMS, CONTAINER));
        final Map<String, List<Byte>> sealed = fabric.snapshot();
        refusedWithoutChange(transit(Kp.BW_CUSTOMS, CONTAINER, true), "WRONG_ORGANISATION");
        refusedWithoutChange(transit(Kp.AE_CUSTOMS, CONTAINER, true), "WRONG_ORGANISATION");
        refusedWithoutChange(transit(Kp.IN_IMPORTER, CONTAINER, true), "ROLE_REQUIRED");
        assertThat(fabric.snapshot()).isEqualTo(sealed);
    }

    @Test
    void a_broken_seal_in_transit_disputes_the_certificate_and_tells_the_chair_and_the_exporter() {
        ok(seal(Kp.BW_CUSTOMS, CONTAINER));
        final Result result = ok(transit(Kp.IN_CUSTOMS, CONTAINER, false));
        assertThat(result.as(CertificateView.parser()).getStatus()).isEqualTo(CertificateStatus.DISPUTED);
        final CertificateEvent event = result.event(CertificateEvent.parser());
        assertThat(event.getStatus()).isEqualTo(CertificateStatus.DISPUTED);
        assertThat(event.getDisputed().getNotifyList()).containsExactly("CHAIR", "BW");
        assertThat(event.getDisputed().getReasonsList()).anyMatch(r -> r.contains("seal"));
        assertThat(pending()).isZero();
        assertThat(fabric.evaluate(Kp.OBSERVER, "Certificates:ListDisputed", Requests.listDisputed(10, ""))
                        .as(CertificatePage.parser())
                        .getCertificatesList())
                .extracting(v -> v.getCertificate().getNumber())
                .containsExactly(NUMBER);
        refusedWithoutChange(arrive(Kp.AE_IMPORTER, CONTAINER, true), "INVALID_STATE");
    }

    @Test
    void a_different_container_on_arrival_disputes_the_certificate() {
        ok(seal(Kp.BW_CUSTOMS, CONTAINER));
        final Result result = ok(arrive(Kp.AE_CUSTOMS, "SEAL-XX-1", true));
        final CertificateView view = result.as(CertificateView.parser());
        assertThat(view.getStatus()).isEqualTo(CertificateStatus.DISPUTED);
        assertThat(view.getReceipt().getDisputeReasonsList()).anyMatch(r -> r.contains("SEAL-XX-1"));
        assertThat(result.event(CertificateEvent.parser()).getDisputed().getRaisedBy())
                .isEqualTo("AE");
    }

    @Test
    void only_the_importers_authorities_record_arrival_of_a_sealed_shipment() {
        final Map<String, List<Byte>> before = fabric.snapshot();
        refusedWithoutChange(arrive(Kp.AE_IMPORTER, CONTAINER, true), "INVALID_STATE");
        assertThat(fabric.snapshot()).isEqualTo(before);
        ok(seal(Kp.BW_CUSTOMS, CONTAINER));
        final Map<String, List<Byte>> sealed = fabric.snapshot();
        refusedWithoutChange(arrive(Kp.IN_IMPORTER, CONTAINER, true), "WRONG_ORGANISATION");
        refusedWithoutChange(arrive(Kp.BW_CUSTOMS, CONTAINER, true), "WRONG_ORGANISATION");
        refusedWithoutChange(arrive(Kp.OBSERVER, CONTAINER, true), "OBSERVER_READ_ONLY");
        refusedWithoutChange(arrive(Kp.AE_IMPORTER, " ", true), "INVALID_ARGUMENT");
        assertThat(fabric.snapshot()).isEqualTo(sealed);
    }
}
