package org.kpcs.chaincode.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kpcs.chaincode.testing.Trade.NUMBER;
import static org.kpcs.chaincode.testing.Trade.ok;

import com.google.protobuf.InvalidProtocolBufferException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.hyperledger.fabric.protos.common.MSPRole;
import org.hyperledger.fabric.protos.common.SignaturePolicyEnvelope;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.junit.jupiter.api.Test;
import org.kpcs.chaincode.testing.FakeFabric;
import org.kpcs.chaincode.testing.Kp;
import org.kpcs.chaincode.testing.Requests;
import org.kpcs.chaincode.testing.Result;
import org.kpcs.chaincode.testing.Trade;
import org.kpcs.chaincode.testing.User;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.CertificateEvent;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.IssueCertificateRequest;
import org.kpcs.protos.ParticipantStatus;

class IssueCertificateTest {
    private final FakeFabric fabric = Kp.bootstrapped();

    private static String mspOfPeerPolicy(final byte[] policy) throws InvalidProtocolBufferException {
        final SignaturePolicyEnvelope envelope = SignaturePolicyEnvelope.parseFrom(policy);
        assertThat(envelope.getIdentitiesCount()).isEqualTo(1);
        return MSPRole.parseFrom(envelope.getIdentities(0).getPrincipal()).getMspIdentifier();
    }

    @Test
    void the_exporting_authority_issues_a_certificate_with_every_annex_i_field() {
        final CertificateView view =
                ok(Trade.issue(fabric, Trade.request().build())).as(CertificateView.parser());
        final Certificate c = view.getCertificate();
        assertThat(view.getStatus()).isEqualTo(CertificateStatus.ISSUED);
        assertThat(c.getTitle()).isEqualTo("Kimberley Process Certificate");
        assertThat(c.getKpStatement())
                .isEqualTo("The rough diamonds in this shipment have been handled in accordance with the provisions"
                        + " of the Kimberley Process Certification Scheme for rough diamonds");
        assertThat(c.getNumber()).isEqualTo(NUMBER);
        assertThat(c.getOrigin()).isEqualTo("BW");
        assertThat(c.getExportingParticipant()).isEqualTo("BW");
        assertThat(c.getImportingParticipant()).isEqualTo("AE");
        assertThat(c.getIssuingAuthority()).isEqualTo("Government Diamond Valuator, Gaborone");
        assertThat(c.getValidatedBy()).contains("CN=exporter");
        assertThat(c.getDateOfIssue()).isEqualTo("2026-03-02");
        assertThat(c.getDateOfExpiry()).isEqualTo("2026-05-01");
        assertThat(c.getCaratWeightMilli()).isEqualTo(12_500_250);
        assertThat(c.getNumberOfParcels()).isEqualTo(3);
        assertThat(c.getHsCode()).isEqualTo("7102.10");
        assertThat(c.getContainerId()).isEqualTo(Trade.CONTAINER);
        assertThat(c.getConflictFreeDeclaration()).isTrue();
        assertThat(c.getCommercialDetailsHash())
                .isEqualTo(CertificateRules.hash(Trade.details().build()));
    }

    @Test
    void confidential_details_stay_in_the_exporters_collection_and_out_of_the_public_record() throws Exception {
        final Result result = ok(Trade.issue(fabric, Trade.request().build()));
        final byte[] stored = fabric.privateData("_implicit_org_BWMSP", NUMBER);
        assertThat(CommercialDetails.parseFrom(stored))
                .isEqualTo(Trade.details().build());
        assertThat(fabric.privateData("_implicit_org_AEMSP", NUMBER)).isNull();
        assertThat(fabric.privateData("_implicit_org_INMSP", NUMBER)).isNull();
        final String publicState =
                fabric.snapshot().toString() + new String(result.eventPayload(), StandardCharsets.ISO_8859_1);
        final String publicBytes = new String(result.payload(), StandardCharsets.ISO_8859_1) + publicState;
        assertThat(publicBytes).doesNotContain("Okavango").doesNotContain("INV-2026-0311");
    }

    @Test
    void the_certificate_needs_its_exporters_peer_and_the_receipt_its_importers() throws Exception {
        ok(Trade.issue(fabric, Trade.request().build()));
        assertThat(mspOfPeerPolicy(fabric.validationParameter(new CompositeKey("certificate", NUMBER).toString())))
                .isEqualTo("BWMSP");
        assertThat(mspOfPeerPolicy(fabric.validationParameter(new CompositeKey("receipt", NUMBER).toString())))
                .isEqualTo("AEMSP");
    }

    @Test
    void issuance_tells_the_importing_authority_with_public_fields_only() {
        final Result result = ok(Trade.issue(fabric, Trade.request().build()));
        assertThat(result.eventName()).isEqualTo("CertificateEvent");
        final CertificateEvent event = result.event(CertificateEvent.parser());
        assertThat(event.getImportingParticipant()).isEqualTo("AE");
        assertThat(event.getIssued().getCaratWeightMilli()).isEqualTo(12_500_250);
        assertThat(event.getIssued().getContainerId()).isEqualTo(Trade.CONTAINER);
        assertThat(new String(result.eventPayload(), StandardCharsets.ISO_8859_1))
                .doesNotContain("Gulf Rough")
                .doesNotContain("INV-2026");
    }

    @Test
    void a_mixed_origin_parcel_lists_its_origins() {
        final CertificateView view = ok(Trade.issue(
                        fabric,
                        Trade.request()
                                .setOrigin("MIXED")
                                .addAllMixedOrigins(List.of("BW", "ZA", "NA"))
                                .build()))
                .as(CertificateView.parser());
        assertThat(view.getCertificate().getMixedOriginsList()).containsExactly("BW", "ZA", "NA");
    }

    private void refused(
            final User who,
            final UnaryOperator<IssueCertificateRequest.Builder> change,
            final String code,
            final String because) {
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Result result = fabric.submitWithTransient(
                who,
                Trade.transientDetails(Trade.details().build()),
                "Certificates:IssueCertificate",
                change.apply(Trade.request()).build());
        assertThat(result.errorCode()).as(because).isEqualTo(code);
        assertThat(result.message()).as(because).isNotBlank();
        assertThat(fabric.snapshot()).as("ledger unchanged after: " + because).isEqualTo(before);
    }

    @Test
    void bad_issuance_requests_are_refused_with_a_code_and_change_nothing() {
        refused(Kp.AE_IMPORTER, r -> r, "ROLE_REQUIRED", "an importing authority cannot issue");
        refused(Kp.BW_CUSTOMS, r -> r, "ROLE_REQUIRED", "customs cannot issue");
        refused(Kp.OBSERVER, r -> r, "OBSERVER_READ_ONLY", "observers write nothing");
        refused(Kp.AE_EXPORTER, r -> r, "INVALID_ARGUMENT", "AE cannot number a certificate BW-...");
        refused(Kp.BW_EXPORTER, r -> r.setNumber("bw-1"), "INVALID_ARGUMENT", "malformed number");
        refused(Kp.BW_EXPORTER, r -> r.setImportingParticipant("BW"), "SAME_PARTICIPANT", "exporter = importer");
        refused(Kp.BW_EXPORTER, r -> r.setImportingParticipant("ZA"), "PARTICIPANT_NOT_FOUND", "non-Participant");
        refused(Kp.BW_EXPORTER, r -> r.setImportingParticipant(""), "INVALID_ARGUMENT", "no importer");
        refused(Kp.BW_EXPORTER, r -> r.setHsCode("7102.39"), "INVALID_ARGUMENT", "worked diamonds");
        refused(Kp.BW_EXPORTER, r -> r.setOrigin("XX"), "INVALID_ARGUMENT", "bad origin");
        refused(Kp.BW_EXPORTER, r -> r.setOrigin("MIXED"), "INVALID_ARGUMENT", "mixed without origins");
        refused(Kp.BW_EXPORTER, r -> r.setCaratWeightMilli(0), "INVALID_ARGUMENT", "zero carats");
        refused(Kp.BW_EXPORTER, r -> r.setCaratWeightMilli(-1), "INVALID_ARGUMENT", "negative carats");
        refused(Kp.BW_EXPORTER, r -> r.setNumberOfParcels(0), "INVALID_ARGUMENT", "zero parcels");
        refused(Kp.BW_EXPORTER, r -> r.setContainerId(""), "INVALID_ARGUMENT", "no container");
        refused(Kp.BW_EXPORTER, r -> r.setConflictFreeDeclaration(false), "INVALID_ARGUMENT", "no declaration");
        refused(Kp.BW_EXPORTER, r -> r.setIssuingAuthority(" "), "INVALID_ARGUMENT", "no issuing authority");
        refused(Kp.BW_EXPORTER, r -> r.setDateOfExpiry("2026-03-02"), "INVALID_ARGUMENT", "expires on issue day");
        refused(Kp.BW_EXPORTER, r -> r.setDateOfExpiry("2026-02-01"), "INVALID_ARGUMENT", "expired already");
        refused(Kp.BW_EXPORTER, r -> r.setDateOfExpiry("01/05/2026"), "INVALID_ARGUMENT", "not a date");
    }

    @Test
    void a_duplicate_number_is_refused_and_changes_nothing() {
        ok(Trade.issue(fabric, Trade.request().build()));
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Result again =
                Trade.issue(fabric, Trade.request().setCaratWeightMilli(1).build());
        assertThat(again.errorCode()).isEqualTo("DUPLICATE_CERTIFICATE");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    @Test
    void missing_or_incomplete_commercial_details_are_refused() {
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Result none = fabric.submit(
                Kp.BW_EXPORTER, "Certificates:IssueCertificate", Trade.request().build());
        assertThat(none.errorCode()).isEqualTo("DETAILS_REQUIRED");
        assertThat(none.message()).contains("transient");
        final Result garbage = fabric.submitWithTransient(
                Kp.BW_EXPORTER,
                Map.of("details", new byte[] {(byte) 0xff, 0x01}),
                "Certificates:IssueCertificate",
                Trade.request().build());
        assertThat(garbage.errorCode()).isEqualTo("DETAILS_REQUIRED");
        final Result noValue = fabric.submitWithTransient(
                Kp.BW_EXPORTER,
                Trade.transientDetails(Trade.details().setValueUsdCents(0).build()),
                "Certificates:IssueCertificate",
                Trade.request().build());
        assertThat(noValue.errorCode()).isEqualTo("DETAILS_REQUIRED");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    @Test
    void a_malformed_request_is_refused() {
        final Result result = fabric.submitWithTransient(
                Kp.BW_EXPORTER,
                Trade.transientDetails(Trade.details().build()),
                "Certificates:IssueCertificate",
                new byte[] {0x0a, (byte) 0xff});
        assertThat(result.errorCode()).isEqualTo("INVALID_ARGUMENT");
    }

    @Test
    void no_shipment_to_or_from_a_suspended_participant() {
        final String proposal = ok(fabric.submit(
                        Kp.CHAIR,
                        "ParticipantRegistry:ProposeStatusChange",
                        Requests.proposeStatusChange("AE", ParticipantStatus.SUSPENDED, "review mission")))
                .as(org.kpcs.protos.StatusProposal.parser())
                .getId();
        ok(fabric.submit(
                Kp.BW_DELEGATE, "ParticipantRegistry:ApproveStatusChange", Requests.approveStatusChange(proposal)));
        ok(fabric.submit(
                Kp.IN_DELEGATE, "ParticipantRegistry:ApproveStatusChange", Requests.approveStatusChange(proposal)));
        refused(Kp.BW_EXPORTER, r -> r, "PARTICIPANT_NOT_ACTIVE", "importer suspended (III(c))");
        refused(
                Kp.AE_EXPORTER,
                r -> r.setNumber("AE-2026-1").setImportingParticipant("IN"),
                "PARTICIPANT_NOT_ACTIVE",
                "exporter suspended (III(c))");
    }
}
