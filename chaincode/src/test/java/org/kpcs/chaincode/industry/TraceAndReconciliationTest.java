package org.kpcs.chaincode.industry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kpcs.chaincode.testing.Chain.draw;
import static org.kpcs.chaincode.testing.Chain.warranty;
import static org.kpcs.chaincode.testing.Trade.NUMBER;
import static org.kpcs.chaincode.testing.Trade.ok;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kpcs.chaincode.testing.Chain;
import org.kpcs.chaincode.testing.FakeFabric;
import org.kpcs.chaincode.testing.Kp;
import org.kpcs.chaincode.testing.Requests;
import org.kpcs.protos.Attestation;
import org.kpcs.protos.AttestationList;
import org.kpcs.protos.CertificateUse;
import org.kpcs.protos.FirmYearReconciliation;
import org.kpcs.protos.OriginShare;
import org.kpcs.protos.RecordTransformationRequest;
import org.kpcs.protos.SourceKind;
import org.kpcs.protos.TraceInvoiceRequest;
import org.kpcs.protos.TraceNode;
import org.kpcs.protos.WarrantyTrace;

/** The chain Gulf -> Trader -> Cutter, polished, then sold on: traced back, forward, and reconciled. */
class TraceAndReconciliationTest {
    private final FakeFabric fabric = Chain.imported();

    TraceAndReconciliationTest() {
        ok(fabric.submit(
                Kp.GULF,
                "Warranties:IssueWarranty",
                warranty("INV-1", "AE-F-GULF", "AE-F-TRADE", draw(SourceKind.CERTIFICATE, NUMBER, 5_000_000))
                        .build()));
        ok(fabric.submit(
                Kp.TRADER,
                "Warranties:IssueWarranty",
                warranty("INV-2", "AE-F-TRADE", "IN-F-CUT", draw(SourceKind.INVOICE, "INV-1", 3_000_000))
                        .build()));
        ok(fabric.submit(
                Kp.CUTTER,
                "Warranties:RecordTransformation",
                RecordTransformationRequest.newBuilder()
                        .setTransformationId("CUT-1")
                        .setFirm("IN-F-CUT")
                        .addInputs(draw(SourceKind.INVOICE, "INV-2", 3_000_000))
                        .setOutputMilli(1_200_000)
                        .setDate("2026-03-02")
                        .build()));
        ok(fabric.submit(
                Kp.CUTTER,
                "Warranties:IssueWarranty",
                warranty("INV-3", "IN-F-CUT", "AE-F-TRADE", draw(SourceKind.TRANSFORMATION, "CUT-1", 600_000))
                        .build()));
    }

    @Test
    void the_last_invoice_traces_back_to_botswanas_certificate_and_origin() {
        final WarrantyTrace trace = fabric.evaluate(
                        Kp.OBSERVER, "Warranties:TraceInvoice", Requests.traceInvoice(SourceKind.INVOICE, "INV-3"))
                .as(WarrantyTrace.parser());
        assertThat(trace.getNodesList())
                .extracting(n -> n.getKind() + ":" + n.getRef() + "@" + n.getDepth())
                .containsExactly(
                        "INVOICE:INV-3@0",
                        "TRANSFORMATION:CUT-1@1",
                        "INVOICE:INV-2@2",
                        "INVOICE:INV-1@3",
                        "CERTIFICATE:" + NUMBER + "@4");
        final TraceNode certificate = trace.getNodes(4);
        assertThat(certificate.getExportingParticipant()).isEqualTo("BW");
        assertThat(certificate.getOrigin()).isEqualTo("BW");
        assertThat(trace.getOriginsList())
                .extracting(OriginShare::getOrigin, OriginShare::getContributesMilli)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("BW", 600_000L));
        assertThat(trace.getNodesVisited()).isEqualTo(5);
    }

    @Test
    void an_invoice_drawing_on_two_certificates_shares_its_carats_by_origin() {
        final FakeFabric two = Chain.imported();
        // a second, mixed-origin import by Gulf, from IN
        final var details = org.kpcs.chaincode.testing.Trade.details()
                .setImporter(org.kpcs.protos.PartyIdentification.newBuilder()
                        .setName("Gulf")
                        .setFirmId("AE-F-GULF"))
                .build();
        ok(two.submitWithTransient(
                org.kpcs.chaincode.testing.User.of("INMSP", "exporter", "exporting-authority"),
                org.kpcs.chaincode.testing.Trade.transientDetails(details),
                "Certificates:IssueCertificate",
                org.kpcs.chaincode.testing.Trade.request()
                        .setNumber("IN-2026-7")
                        .clearTransitParticipants()
                        .setOrigin("MIXED")
                        .addMixedOrigins("RU")
                        .addMixedOrigins("CA")
                        .setCaratWeightMilli(1_000_000)
                        .setContainerId("SEAL-IN-7")
                        .build()));
        ok(two.submit(
                org.kpcs.chaincode.testing.User.of("INMSP", "customs", "customs"),
                "Custody:SealShipment",
                Requests.sealShipment("IN-2026-7", "SEAL-IN-7", "")));
        ok(two.submit(
                Kp.AE_IMPORTER, "Custody:RecordArrival", Requests.custodyStep("IN-2026-7", "SEAL-IN-7", true, "")));
        ok(two.submitWithTransient(
                Kp.AE_IMPORTER,
                org.kpcs.chaincode.testing.Trade.transientDetails(details),
                "Imports:ConfirmImport",
                org.kpcs.chaincode.testing.Trade.confirmation()
                        .setCertificateNumber("IN-2026-7")
                        .setCaratWeightMilli(1_000_000)
                        .build()));
        ok(two.submit(
                Kp.GULF,
                "Warranties:IssueWarranty",
                warranty(
                                "INV-MIX",
                                "AE-F-GULF",
                                "AE-F-TRADE",
                                draw(SourceKind.CERTIFICATE, NUMBER, 3_000_000),
                                draw(SourceKind.CERTIFICATE, "IN-2026-7", 1_000_000))
                        .build()));
        final WarrantyTrace trace = two.evaluate(
                        Kp.OBSERVER, "Warranties:TraceInvoice", Requests.traceInvoice(SourceKind.INVOICE, "INV-MIX"))
                .as(WarrantyTrace.parser());
        assertThat(trace.getOriginsList())
                .extracting(OriginShare::getCertificateNumber, OriginShare::getOrigin, OriginShare::getContributesMilli)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(NUMBER, "BW", 3_000_000L),
                        org.assertj.core.groups.Tuple.tuple("IN-2026-7", "MIXED", 1_000_000L));
    }

    @Test
    void the_certificate_traces_forward_to_every_invoice_that_drew_on_it() {
        final CertificateUse use = fabric.evaluate(
                        Kp.OBSERVER, "Warranties:TraceCertificate", Requests.traceCertificate(NUMBER))
                .as(CertificateUse.parser());
        assertThat(use.getNodesList())
                .extracting(n -> n.getKind() + ":" + n.getRef())
                .containsExactly(
                        "CERTIFICATE:" + NUMBER,
                        "INVOICE:INV-1",
                        "INVOICE:INV-2",
                        "TRANSFORMATION:CUT-1",
                        "INVOICE:INV-3");
        assertThat(use.getNodes(1).getDrawnMilli()).isEqualTo(5_000_000);
    }

    @Test
    void bad_trace_requests_are_clear_errors() {
        assertThat(fabric.evaluate(
                                Kp.OBSERVER,
                                "Warranties:TraceInvoice",
                                Requests.traceInvoice(SourceKind.INVOICE, "INV-NONE"))
                        .errorCode())
                .isEqualTo("SOURCE_NOT_FOUND");
        assertThat(fabric.evaluate(
                                Kp.OBSERVER,
                                "Warranties:TraceInvoice",
                                Requests.traceInvoice(SourceKind.CERTIFICATE, NUMBER))
                        .errorCode())
                .isEqualTo("INVALID_ARGUMENT");
        assertThat(fabric.evaluate(
                                Kp.OBSERVER,
                                "Warranties:TraceInvoice",
                                TraceInvoiceRequest.newBuilder()
                                        .setKindValue(99)
                                        .setRef("x")
                                        .build())
                        .errorCode())
                .isEqualTo("INVALID_ARGUMENT");
        assertThat(fabric.evaluate(Kp.OBSERVER, "Warranties:TraceCertificate", Requests.traceCertificate("BW-NONE"))
                        .errorCode())
                .isEqualTo("CERTIFICATE_NOT_FOUND");
    }

    @Test
    void a_firms_year_reconciles_warranties_received_against_issued() {
        final FirmYearReconciliation gulf = fabric.evaluate(
                        Kp.OBSERVER, "Warranties:ReconcileFirmYear", Requests.reconcileFirmYear("AE-F-GULF", 2026))
                .as(FirmYearReconciliation.parser());
        assertThat(gulf.getImportedList()).extracting(b -> b.getRef()).containsExactly(NUMBER);
        assertThat(gulf.getCaratsInMilli()).isEqualTo(12_500_250);
        assertThat(gulf.getCaratsOutMilli()).isEqualTo(5_000_000);
        assertThat(gulf.getOpenBalancesList())
                .extracting(b -> b.getRef() + "=" + b.getRemainingMilli())
                .containsExactly(NUMBER + "=7500250");

        final FirmYearReconciliation trader = fabric.evaluate(
                        Kp.OBSERVER, "Warranties:ReconcileFirmYear", Requests.reconcileFirmYear("AE-F-TRADE", 2026))
                .as(FirmYearReconciliation.parser());
        assertThat(trader.getReceivedList()).extracting(w -> w.getInvoiceId()).containsExactly("INV-1", "INV-3");
        assertThat(trader.getIssuedList()).extracting(w -> w.getInvoiceId()).containsExactly("INV-2");
        assertThat(trader.getCaratsInMilli()).isEqualTo(5_600_000);
        assertThat(trader.getCaratsOutMilli()).isEqualTo(3_000_000);

        final FirmYearReconciliation cutter = fabric.evaluate(
                        Kp.OBSERVER, "Warranties:ReconcileFirmYear", Requests.reconcileFirmYear("IN-F-CUT", 2026))
                .as(FirmYearReconciliation.parser());
        assertThat(cutter.getTransformationsList())
                .extracting(t -> t.getTransformationId())
                .containsExactly("CUT-1");
        assertThat(fabric.evaluate(
                                Kp.OBSERVER,
                                "Warranties:ReconcileFirmYear",
                                Requests.reconcileFirmYear("AE-F-GULF", 2025))
                        .as(FirmYearReconciliation.parser())
                        .getIssuedCount())
                .isZero();
    }

    @Test
    void an_auditor_attests_a_firms_year_once() {
        final String hash = "b".repeat(64);
        final Attestation attestation = ok(fabric.submit(
                        Kp.AUDITOR,
                        "Warranties:RecordAttestation",
                        Requests.recordAttestation("AE-F-GULF", 2026, "Audit & Co", hash, "warranties reconcile")))
                .as(Attestation.parser());
        assertThat(attestation.getYear()).isEqualTo(2026);
        assertThat(fabric.evaluate(
                                Kp.OBSERVER,
                                "Warranties:ReconcileFirmYear",
                                Requests.reconcileFirmYear("AE-F-GULF", 2026))
                        .as(FirmYearReconciliation.parser())
                        .getAttested())
                .isTrue();
        assertThat(fabric.evaluate(Kp.OBSERVER, "Warranties:ListAttestations", Requests.listAttestations("AE-F-GULF"))
                        .as(AttestationList.parser())
                        .getAttestationsList())
                .extracting(Attestation::getYear)
                .containsExactly(2026);

        final Map<String, List<Byte>> before = fabric.snapshot();
        assertThat(fabric.submit(
                                Kp.AUDITOR,
                                "Warranties:RecordAttestation",
                                Requests.recordAttestation("AE-F-GULF", 2026, "Audit & Co", hash, "again"))
                        .errorCode())
                .isEqualTo("ALREADY_ATTESTED");
        assertThat(fabric.submit(
                                Kp.GULF,
                                "Warranties:RecordAttestation",
                                Requests.recordAttestation("AE-F-GULF", 2025, "Me", hash, "fine"))
                        .errorCode())
                .isEqualTo("ROLE_REQUIRED");
        assertThat(fabric.submit(
                                org.kpcs.chaincode.testing.User.of("AEMSP", "auditor", "auditor"),
                                "Warranties:RecordAttestation",
                                Requests.recordAttestation("AE-F-GULF", 2025, "X", hash, "ok"))
                        .errorCode())
                .isEqualTo("WRONG_ORGANISATION");
        assertThat(fabric.submit(
                                Kp.AUDITOR,
                                "Warranties:RecordAttestation",
                                Requests.recordAttestation("AE-F-GULF", 2031, "X", hash, "ok"))
                        .errorCode())
                .isEqualTo("INVALID_ARGUMENT");
        assertThat(fabric.submit(
                                Kp.AUDITOR,
                                "Warranties:RecordAttestation",
                                Requests.recordAttestation("AE-F-GULF", 2025, "X", "nothex", "ok"))
                        .errorCode())
                .isEqualTo("INVALID_ARGUMENT");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }
}
