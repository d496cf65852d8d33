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
import org.kpcs.protos.AmendCertificateRequest;
import org.kpcs.protos.CertificateHistory;
import org.kpcs.protos.CertificateHistoryEntry;
import org.kpcs.protos.CertificatePage;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.TradeDirection;

/** Amendment and voiding by the issuer before confirmation, and the public queries. */
class CertificateLifecycleTest {
    private final FakeFabric fabric = Kp.bootstrapped();

    CertificateLifecycleTest() {
        ok(Trade.issue(fabric, Trade.request().build()));
    }

    private Result amend(final AmendCertificateRequest request) {
        return fabric.submit(Kp.BW_EXPORTER, "Certificates:AmendCertificate", request);
    }

    @Test
    void the_issuer_amends_before_confirmation_and_the_history_keeps_both_states() {
        final CertificateView amended = ok(amend(AmendCertificateRequest.newBuilder()
                        .setNumber(NUMBER)
                        .setReason("re-weighed at the Diamond Hub")
                        .setCaratWeightMilli(12_400_000)
                        .build()))
                .as(CertificateView.parser());
        assertThat(amended.getCertificate().getCaratWeightMilli()).isEqualTo(12_400_000);
        assertThat(amended.getCertificate().getAmendments(0).getReason()).isEqualTo("re-weighed at the Diamond Hub");
        assertThat(amended.getCertificate().getAmendments(0).getChangedFieldsList())
                .containsExactly("carat_weight");

        final CertificateHistory history = fabric.evaluate(
                        Kp.OBSERVER, "Certificates:GetCertificateHistory", Requests.getCertificateHistory(NUMBER))
                .as(CertificateHistory.parser());
        assertThat(history.getEntriesList())
                .filteredOn(e -> e.getRecord().equals("certificate"))
                .extracting(e -> e.getCertificate().getCaratWeightMilli())
                .containsExactly(12_500_250L, 12_400_000L);
        assertThat(history.getEntriesList())
                .allMatch(e -> !e.getTxId().isEmpty() && e.getTimestamp().getSeconds() > 0);
    }

    @Test
    void amending_the_commercial_details_replaces_the_hash_and_the_private_copy() throws Exception {
        final CommercialDetails corrected =
                Trade.details().setInvoiceReference("INV-2026-0311-R1").build();
        final CertificateView amended = ok(fabric.submitWithTransient(
                        Kp.BW_EXPORTER,
                        Trade.transientDetails(corrected),
                        "Certificates:AmendCertificate",
                        AmendCertificateRequest.newBuilder()
                                .setNumber(NUMBER)
                                .setReason("invoice re-issued")
                                .build()))
                .as(CertificateView.parser());
        assertThat(amended.getCertificate().getCommercialDetailsHash()).isEqualTo(CertificateRules.hash(corrected));
        assertThat(CommercialDetails.parseFrom(fabric.privateData("_implicit_org_BWMSP", NUMBER)))
                .isEqualTo(corrected);
    }

    @Test
    void bad_amendments_are_refused_and_change_nothing() {
        final Map<String, List<Byte>> before = fabric.snapshot();
        final AmendCertificateRequest.Builder base =
                AmendCertificateRequest.newBuilder().setNumber(NUMBER).setReason("r");
        assertThat(amend(base.clone().setReason("").setNumberOfParcels(2).build())
                        .errorCode())
                .isEqualTo("INVALID_ARGUMENT");
        assertThat(amend(base.clone().build()).errorCode()).isEqualTo("INVALID_ARGUMENT");
        assertThat(amend(base.clone().setHsCode("7102.29").build()).errorCode()).isEqualTo("INVALID_ARGUMENT");
        assertThat(amend(base.clone().setCaratWeightMilli(-1).build()).errorCode())
                .isEqualTo("INVALID_ARGUMENT");
        assertThat(amend(base.clone().setDateOfExpiry("2026-01-01").build()).errorCode())
                .isEqualTo("INVALID_ARGUMENT");
        assertThat(fabric.submit(
                                Kp.AE_EXPORTER,
                                "Certificates:AmendCertificate",
                                base.clone().setNumberOfParcels(2).build())
                        .errorCode())
                .isEqualTo("WRONG_ORGANISATION");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    @Test
    void the_container_cannot_be_amended_once_sealed() {
        ok(fabric.submit(Kp.BW_CUSTOMS, "Custody:SealShipment", Requests.sealShipment(NUMBER, CONTAINER, "")));
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Result result = amend(AmendCertificateRequest.newBuilder()
                .setNumber(NUMBER)
                .setReason("new box")
                .setContainerId("SEAL-NEW")
                .build());
        assertThat(result.errorCode()).isEqualTo("INVALID_STATE");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    @Test
    void the_issuer_voids_before_confirmation_and_not_after() {
        final Map<String, List<Byte>> before = fabric.snapshot();
        assertThat(fabric.submit(Kp.AE_EXPORTER, "Certificates:VoidCertificate", Requests.voidCertificate(NUMBER, "x"))
                        .errorCode())
                .isEqualTo("WRONG_ORGANISATION");
        assertThat(fabric.submit(Kp.BW_EXPORTER, "Certificates:VoidCertificate", Requests.voidCertificate(NUMBER, " "))
                        .errorCode())
                .isEqualTo("INVALID_ARGUMENT");
        assertThat(fabric.snapshot()).isEqualTo(before);

        final CertificateView voided = ok(fabric.submit(
                        Kp.BW_EXPORTER,
                        "Certificates:VoidCertificate",
                        Requests.voidCertificate(NUMBER, "buyer cancelled")))
                .as(CertificateView.parser());
        assertThat(voided.getStatus()).isEqualTo(CertificateStatus.VOID);
        assertThat(voided.getCertificate().getVoidReason()).isEqualTo("buyer cancelled");
        assertThat(fabric.evaluate(
                                Kp.OBSERVER,
                                "Certificates:ListPendingConfirmation",
                                Requests.listPendingConfirmation("AE", 10, ""))
                        .as(CertificatePage.parser())
                        .getCertificatesCount())
                .isZero();
        assertThat(fabric.submit(
                                Kp.BW_EXPORTER,
                                "Certificates:VoidCertificate",
                                Requests.voidCertificate(NUMBER, "again"))
                        .errorCode())
                .isEqualTo("CERTIFICATE_VOID");
        assertThat(fabric.submit(Kp.BW_CUSTOMS, "Custody:SealShipment", Requests.sealShipment(NUMBER, CONTAINER, ""))
                        .errorCode())
                .isEqualTo("CERTIFICATE_VOID");
    }

    @Test
    void a_confirmed_certificate_can_be_neither_voided_nor_amended() {
        final FakeFabric confirmed = Trade.arrived();
        ok(Trade.confirm(
                confirmed, Trade.confirmation().build(), Trade.details().build()));
        final Map<String, List<Byte>> before = confirmed.snapshot();
        assertThat(confirmed
                        .submit(
                                Kp.BW_EXPORTER,
                                "Certificates:VoidCertificate",
                                Requests.voidCertificate(NUMBER, "late"))
                        .errorCode())
                .isEqualTo("ALREADY_CONFIRMED");
        assertThat(confirmed
                        .submit(
                                Kp.BW_EXPORTER,
                                "Certificates:AmendCertificate",
                                AmendCertificateRequest.newBuilder()
                                        .setNumber(NUMBER)
                                        .setReason("late")
                                        .setNumberOfParcels(1)
                                        .build())
                        .errorCode())
                .isEqualTo("ALREADY_CONFIRMED");
        assertThat(confirmed.snapshot()).isEqualTo(before);
    }

    @Test
    void certificates_are_listed_by_participant_direction_and_period_one_page_at_a_time() {
        for (int i = 1; i <= 4; i++) {
            ok(Trade.issue(
                    fabric, Trade.request().setNumber("BW-2026-00010" + i).build()));
        }
        final CertificatePage first = fabric.evaluate(
                        Kp.OBSERVER,
                        "Certificates:ListCertificates",
                        Requests.listCertificates("BW", TradeDirection.EXPORT, "2026-03-01", "2026-03-31", 2, ""))
                .as(CertificatePage.parser());
        assertThat(first.getCertificatesCount()).isEqualTo(2);
        assertThat(first.getBookmark()).isNotEmpty();
        final CertificatePage second = fabric.evaluate(
                        Kp.OBSERVER,
                        "Certificates:ListCertificates",
                        Requests.listCertificates(
                                "BW", TradeDirection.EXPORT, "2026-03-01", "2026-03-31", 2, first.getBookmark()))
                .as(CertificatePage.parser());
        final CertificatePage third = fabric.evaluate(
                        Kp.OBSERVER,
                        "Certificates:ListCertificates",
                        Requests.listCertificates(
                                "BW", TradeDirection.EXPORT, "2026-03-01", "2026-03-31", 2, second.getBookmark()))
                .as(CertificatePage.parser());
        assertThat(first.getCertificatesCount() + second.getCertificatesCount() + third.getCertificatesCount())
                .isEqualTo(5);
        assertThat(third.getBookmark()).isEmpty();
        assertThat(fabric.evaluate(
                                Kp.OBSERVER,
                                "Certificates:ListCertificates",
                                Requests.listCertificates(
                                        "AE", TradeDirection.IMPORT, "2026-03-02", "2026-03-02", 10, ""))
                        .as(CertificatePage.parser())
                        .getCertificatesCount())
                .isEqualTo(5);
        assertThat(fabric.evaluate(
                                Kp.OBSERVER,
                                "Certificates:ListCertificates",
                                Requests.listCertificates(
                                        "BW", TradeDirection.EXPORT, "2026-04-01", "2026-04-30", 10, ""))
                        .as(CertificatePage.parser())
                        .getCertificatesCount())
                .as("outside the period")
                .isZero();
        assertThat(fabric.evaluate(
                                Kp.OBSERVER,
                                "Certificates:ListCertificates",
                                Requests.listCertificates(
                                        "BW", TradeDirection.IMPORT, "2026-03-01", "2026-03-31", 10, ""))
                        .as(CertificatePage.parser())
                        .getCertificatesCount())
                .as("BW imported nothing")
                .isZero();
    }

    @Test
    void bad_queries_are_clear_errors() {
        assertThat(fabric.evaluate(
                                Kp.OBSERVER,
                                "Certificates:ListCertificates",
                                Requests.listCertificates(
                                        "BW",
                                        TradeDirection.TRADE_DIRECTION_UNSPECIFIED,
                                        "2026-03-01",
                                        "2026-03-31",
                                        2,
                                        ""))
                        .errorCode())
                .isEqualTo("INVALID_ARGUMENT");
        assertThat(fabric.evaluate(
                                Kp.OBSERVER,
                                "Certificates:ListCertificates",
                                Requests.listCertificates(
                                        "BW", TradeDirection.EXPORT, "2026-03-31", "2026-03-01", 2, ""))
                        .errorCode())
                .isEqualTo("INVALID_ARGUMENT");
        assertThat(fabric.evaluate(
                                Kp.OBSERVER,
                                "Certificates:ListCertificates",
                                Requests.listCertificates(
                                        "BW", TradeDirection.EXPORT, "2026-03-01", "2026-03-31", 1000, ""))
                        .errorCode())
                .isEqualTo("INVALID_ARGUMENT");
        assertThat(fabric.evaluate(
                                Kp.OBSERVER,
                                "Certificates:ListCertificates",
                                Requests.listCertificates(
                                        "ZA", TradeDirection.EXPORT, "2026-03-01", "2026-03-31", 2, ""))
                        .errorCode())
                .isEqualTo("PARTICIPANT_NOT_FOUND");
        assertThat(fabric.evaluate(Kp.OBSERVER, "Certificates:GetCertificate", Requests.getCertificate("BW-NONE"))
                        .errorCode())
                .isEqualTo("CERTIFICATE_NOT_FOUND");
        assertThat(fabric.evaluate(
                                Kp.OBSERVER,
                                "Certificates:GetCertificateHistory",
                                Requests.getCertificateHistory("BW-NONE"))
                        .errorCode())
                .isEqualTo("CERTIFICATE_NOT_FOUND");
    }

    @Test
    void commercial_details_are_readable_only_by_the_exporter_and_after_confirmation_the_importer() throws Exception {
        assertThat(CommercialDetails.parseFrom(fabric.evaluate(
                                Kp.BW_EXPORTER,
                                "Certificates:GetCommercialDetails",
                                Requests.getCommercialDetails(NUMBER))
                        .payload()))
                .isEqualTo(Trade.details().build());
        assertThat(fabric.evaluate(
                                Kp.AE_IMPORTER,
                                "Certificates:GetCommercialDetails",
                                Requests.getCommercialDetails(NUMBER))
                        .errorCode())
                .isEqualTo("DETAILS_NOT_FOUND");
        assertThat(fabric.evaluate(
                                Kp.IN_IMPORTER,
                                "Certificates:GetCommercialDetails",
                                Requests.getCommercialDetails(NUMBER))
                        .errorCode())
                .isEqualTo("DETAILS_NOT_FOUND");
        assertThat(fabric.evaluate(
                                Kp.OBSERVER, "Certificates:GetCommercialDetails", Requests.getCommercialDetails(NUMBER))
                        .errorCode())
                .isEqualTo("OBSERVER_READ_ONLY");

        final FakeFabric confirmed = Trade.arrived();
        ok(Trade.confirm(
                confirmed, Trade.confirmation().build(), Trade.details().build()));
        assertThat(CommercialDetails.parseFrom(confirmed
                        .evaluate(
                                Kp.AE_IMPORTER,
                                "Certificates:GetCommercialDetails",
                                Requests.getCommercialDetails(NUMBER))
                        .payload()))
                .isEqualTo(Trade.details().build());
        assertThat(confirmed
                        .evaluate(
                                Kp.IN_IMPORTER,
                                "Certificates:GetCommercialDetails",
                                Requests.getCommercialDetails(NUMBER))
                        .errorCode())
                .isEqualTo("DETAILS_NOT_FOUND");
    }

    @Test
    void the_history_shows_every_step_of_a_trade_in_order() {
        final FakeFabric trade = Trade.arrived();
        ok(Trade.confirm(trade, Trade.confirmation().build(), Trade.details().build()));
        final CertificateHistory history = trade.evaluate(
                        Kp.OBSERVER, "Certificates:GetCertificateHistory", Requests.getCertificateHistory(NUMBER))
                .as(CertificateHistory.parser());
        assertThat(history.getEntriesList())
                .extracting(CertificateHistoryEntry::getRecord)
                .containsExactly("certificate", "receipt", "custody", "custody", "receipt", "receipt");
    }
}
