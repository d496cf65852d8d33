package org.kpcs.chaincode.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kpcs.chaincode.testing.Trade.NUMBER;
import static org.kpcs.chaincode.testing.Trade.ok;

import java.time.Instant;
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
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.DetailsVerification;
import org.kpcs.protos.ParticipantStatus;
import org.kpcs.protos.StatusProposal;

class ImportConfirmationTest {
    private final FakeFabric fabric = Trade.arrived();

    private Result confirmAs(final User who) {
        return fabric.submitWithTransient(
                who,
                Trade.transientDetails(Trade.details().build()),
                "Imports:ConfirmImport",
                Trade.confirmation().build());
    }

    @Test
    void the_importing_authority_confirms_receipt_and_closes_the_loop() throws Exception {
        final Result result = ok(Trade.confirm(
                fabric, Trade.confirmation().build(), Trade.details().build()));
        final CertificateView view = result.as(CertificateView.parser());
        assertThat(view.getStatus()).isEqualTo(CertificateStatus.CONFIRMED);
        assertThat(view.getReceipt().getConfirmation().getDetailsMatch()).isTrue();
        assertThat(view.getReceipt().getConfirmation().getDateOfReceipt()).isEqualTo("2026-03-02");
        final CertificateEvent event = result.event(CertificateEvent.parser());
        assertThat(event.getExportingParticipant())
                .as("the exporter learns of it")
                .isEqualTo("BW");
        assertThat(event.getConfirmed().getCertificateNumber()).isEqualTo(NUMBER);
        assertThat(CommercialDetails.parseFrom(fabric.privateData("_implicit_org_AEMSP", NUMBER)))
                .isEqualTo(Trade.details().build());
        assertThat(fabric.evaluate(
                                Kp.OBSERVER,
                                "Certificates:ListPendingConfirmation",
                                Requests.listPendingConfirmation("AE", 10, ""))
                        .as(CertificatePage.parser())
                        .getCertificatesCount())
                .isZero();
    }

    @Test
    void confirmation_happens_once_only() {
        ok(confirmAs(Kp.AE_IMPORTER));
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Result again = confirmAs(Kp.AE_IMPORTER);
        assertThat(again.errorCode()).isEqualTo("ALREADY_CONFIRMED");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    @Test
    void only_the_importing_participants_importing_authority_confirms() {
        final Map<String, List<Byte>> before = fabric.snapshot();
        assertThat(confirmAs(Kp.IN_IMPORTER).errorCode()).isEqualTo("WRONG_ORGANISATION");
        assertThat(confirmAs(Kp.AE_CUSTOMS).errorCode()).isEqualTo("ROLE_REQUIRED");
        assertThat(confirmAs(Kp.BW_EXPORTER).errorCode()).isEqualTo("ROLE_REQUIRED");
        assertThat(confirmAs(Kp.OBSERVER).errorCode()).isEqualTo("OBSERVER_READ_ONLY");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    @Test
    void confirmation_after_expiry_is_refused_by_the_transaction_timestamp() {
        fabric.setTime(Instant.parse("2026-05-02T08:00:00Z"));
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Result late = confirmAs(Kp.AE_IMPORTER);
        assertThat(late.errorCode()).isEqualTo("CERTIFICATE_EXPIRED");
        assertThat(late.message()).contains("2026-05-01");
        assertThat(fabric.snapshot()).isEqualTo(before);
        assertThat(Trade.view(fabric, NUMBER).getStatus()).isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void a_carat_mismatch_disputes_the_certificate_and_tells_the_chair_and_the_exporter() {
        final Result result = ok(Trade.confirm(
                fabric,
                Trade.confirmation().setCaratWeightMilli(12_500_249).build(),
                Trade.details().build()));
        final CertificateView view = result.as(CertificateView.parser());
        assertThat(view.getStatus()).isEqualTo(CertificateStatus.DISPUTED);
        assertThat(view.getReceipt().getDisputeReasonsList())
                .containsExactly("carat weight: the Certificate says 12500.250 ct, 12500.249 ct received");
        final CertificateEvent event = result.event(CertificateEvent.parser());
        assertThat(event.getDisputed().getNotifyList()).containsExactly("CHAIR", "BW");
    }

    @Test
    void a_parcel_count_mismatch_disputes_the_certificate() {
        final CertificateView view = ok(Trade.confirm(
                        fabric,
                        Trade.confirmation().setNumberOfParcels(2).build(),
                        Trade.details().build()))
                .as(CertificateView.parser());
        assertThat(view.getStatus()).isEqualTo(CertificateStatus.DISPUTED);
        assertThat(view.getReceipt().getDisputeReasonsList()).anyMatch(r -> r.startsWith("parcels"));
    }

    @Test
    void a_tampered_detail_is_caught_by_the_hash() {
        final CommercialDetails tampered =
                Trade.details().setValueUsdCents(1_000_000_00L).build();
        final CertificateView view = ok(Trade.confirm(
                        fabric, Trade.confirmation().build(), tampered))
                .as(CertificateView.parser());
        assertThat(view.getStatus()).isEqualTo(CertificateStatus.DISPUTED);
        assertThat(view.getReceipt().getConfirmation().getDetailsMatch()).isFalse();
        assertThat(view.getReceipt().getDisputeReasonsList()).anyMatch(r -> r.contains("hash"));
    }

    @Test
    void the_importer_can_check_details_against_the_hash_without_recording() {
        final Map<String, List<Byte>> before = fabric.snapshot();
        final DetailsVerification good = fabric.evaluateWithTransient(
                        Kp.AE_IMPORTER,
                        Trade.transientDetails(Trade.details().build()),
                        "Imports:VerifyDetails",
                        Requests.verifyDetails(NUMBER))
                .as(DetailsVerification.parser());
        assertThat(good.getMatches()).isTrue();
        final DetailsVerification bad = fabric.evaluateWithTransient(
                        Kp.AE_IMPORTER,
                        Trade.transientDetails(Trade.details()
                                .setInvoiceReference("INV-FORGED")
                                .build()),
                        "Imports:VerifyDetails",
                        Requests.verifyDetails(NUMBER))
                .as(DetailsVerification.parser());
        assertThat(bad.getMatches()).isFalse();
        assertThat(fabric.evaluateWithTransient(
                                Kp.IN_IMPORTER,
                                Trade.transientDetails(Trade.details().build()),
                                "Imports:VerifyDetails",
                                Requests.verifyDetails(NUMBER))
                        .errorCode())
                .isEqualTo("WRONG_ORGANISATION");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    @Test
    void bad_confirmations_are_refused_and_change_nothing() {
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Result noDetails = fabric.submit(
                Kp.AE_IMPORTER, "Imports:ConfirmImport", Trade.confirmation().build());
        assertThat(noDetails.errorCode()).isEqualTo("DETAILS_REQUIRED");
        assertThat(Trade.confirm(
                                fabric,
                                Trade.confirmation()
                                        .setDateOfReceipt("2026-01-01")
                                        .build(),
                                Trade.details().build())
                        .errorCode())
                .isEqualTo("INVALID_ARGUMENT");
        assertThat(Trade.confirm(
                                fabric,
                                Trade.confirmation()
                                        .setDateOfReceipt("2027-01-01")
                                        .build(),
                                Trade.details().build())
                        .errorCode())
                .isEqualTo("INVALID_ARGUMENT");
        assertThat(Trade.confirm(
                                fabric,
                                Trade.confirmation()
                                        .setCertificateNumber("BW-UNKNOWN")
                                        .build(),
                                Trade.details().build())
                        .errorCode())
                .isEqualTo("CERTIFICATE_NOT_FOUND");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    @Test
    void confirmation_before_arrival_is_refused() {
        final FakeFabric fresh = Kp.bootstrapped();
        ok(Trade.issue(fresh, Trade.request().build()));
        final Result early = fresh.submitWithTransient(
                Kp.AE_IMPORTER,
                Trade.transientDetails(Trade.details().build()),
                "Imports:ConfirmImport",
                Trade.confirmation().build());
        assertThat(early.errorCode()).isEqualTo("INVALID_STATE");
        assertThat(early.message()).contains("ISSUED");
    }

    @Test
    void no_import_from_a_participant_suspended_after_issuance() {
        final String proposal = ok(fabric.submit(
                        Kp.CHAIR,
                        "ParticipantRegistry:ProposeStatusChange",
                        Requests.proposeStatusChange("BW", ParticipantStatus.SUSPENDED, "non-compliance")))
                .as(StatusProposal.parser())
                .getId();
        ok(fabric.submit(
                Kp.AE_DELEGATE, "ParticipantRegistry:ApproveStatusChange", Requests.approveStatusChange(proposal)));
        ok(fabric.submit(
                Kp.IN_DELEGATE, "ParticipantRegistry:ApproveStatusChange", Requests.approveStatusChange(proposal)));
        final Map<String, List<Byte>> before = fabric.snapshot();
        assertThat(confirmAs(Kp.AE_IMPORTER).errorCode()).isEqualTo("PARTICIPANT_NOT_ACTIVE");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }
}
