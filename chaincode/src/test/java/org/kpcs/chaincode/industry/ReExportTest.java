package org.kpcs.chaincode.industry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kpcs.chaincode.testing.Chain.draw;
import static org.kpcs.chaincode.testing.Chain.warranty;
import static org.kpcs.chaincode.testing.Trade.NUMBER;
import static org.kpcs.chaincode.testing.Trade.ok;

import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.kpcs.chaincode.testing.Chain;
import org.kpcs.chaincode.testing.FakeFabric;
import org.kpcs.chaincode.testing.Kp;
import org.kpcs.chaincode.testing.Requests;
import org.kpcs.chaincode.testing.Result;
import org.kpcs.chaincode.testing.Trade;
import org.kpcs.chaincode.testing.User;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.IssueCertificateRequest;
import org.kpcs.protos.OriginShare;
import org.kpcs.protos.PartyIdentification;
import org.kpcs.protos.SourceBalance;
import org.kpcs.protos.SourceKind;
import org.kpcs.protos.TraceNode;
import org.kpcs.protos.WarrantyTrace;

/** Carats are conserved across a re-export: the exporting firm draws them from its sources. */
class ReExportTest {
    private static final User AE_EXPORTER = Kp.AE_EXPORTER;
    private final FakeFabric fabric = Chain.imported();

    private static CommercialDetails details() {
        return Trade.details()
                .setExporter(PartyIdentification.newBuilder().setName("Gulf").setFirmId("AE-F-GULF"))
                .setImporter(PartyIdentification.newBuilder().setName("Cutter").setFirmId("IN-F-CUT"))
                .build();
    }

    private static IssueCertificateRequest.Builder reExport() {
        return Trade.request()
                .setNumber("AE-2026-1")
                .setImportingParticipant("IN")
                .clearTransitParticipants()
                .setOrigin("MIXED")
                .addMixedOrigins("BW")
                .addMixedOrigins("RU")
                .setCaratWeightMilli(4_000_000)
                .setContainerId("SEAL-AE-1");
    }

    private Result issue(final IssueCertificateRequest request) {
        return fabric.submitWithTransient(
                AE_EXPORTER, Trade.transientDetails(details()), "Certificates:IssueCertificate", request);
    }

    private long left() {
        return fabric.evaluate(
                        Kp.OBSERVER,
                        "Warranties:GetSourceBalance",
                        Requests.getSourceBalance(SourceKind.CERTIFICATE, NUMBER))
                .as(SourceBalance.parser())
                .getRemainingMilli();
    }

    @Test
    void a_re_export_draws_its_carats_from_the_firms_sources() {
        ok(issue(reExport()
                .addExporterSources(draw(SourceKind.CERTIFICATE, NUMBER, 3_000_000))
                .build()));
        assertThat(left()).isEqualTo(9_500_250);
        final Result overWarranted = fabric.submit(
                Kp.GULF,
                "Warranties:IssueWarranty",
                warranty("INV-1", "AE-F-GULF", "AE-F-TRADE", draw(SourceKind.CERTIFICATE, NUMBER, 9_500_251))
                        .build());
        assertThat(overWarranted.errorCode())
                .as("the re-exported carats cannot be warranted again")
                .isEqualTo("OVER_WARRANTED");
    }

    @Test
    void a_firm_re_exporting_foreign_goods_must_cite_its_sources() {
        final Map<String, List<Byte>> before = fabric.snapshot();
        assertThat(issue(reExport().build()).errorCode()).isEqualTo("INVALID_ARGUMENT");
        assertThat(issue(reExport()
                                .addExporterSources(draw(SourceKind.CERTIFICATE, NUMBER, 12_500_251))
                                .setCaratWeightMilli(13_000_000)
                                .build())
                        .errorCode())
                .isEqualTo("OVER_WARRANTED");
        assertThat(issue(reExport()
                                .addExporterSources(draw(SourceKind.CERTIFICATE, NUMBER, 4_000_001))
                                .build())
                        .errorCode())
                .isEqualTo("INVALID_ARGUMENT");
        assertThat(issue(reExport()
                                .setOrigin("BW")
                                .clearMixedOrigins()
                                .addExporterSources(draw(SourceKind.CERTIFICATE, NUMBER, 1_000_000))
                                .build())
                        .errorCode())
                .as("a single-origin parcel draws all its carats")
                .isEqualTo("INVALID_ARGUMENT");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    @Test
    void voiding_a_re_export_gives_the_carats_back() {
        ok(issue(reExport()
                .addExporterSources(draw(SourceKind.CERTIFICATE, NUMBER, 3_000_000))
                .build()));
        ok(fabric.submit(
                AE_EXPORTER,
                "Certificates:VoidCertificate",
                Requests.voidCertificate("AE-2026-1", "shipment cancelled")));
        assertThat(left()).isEqualTo(12_500_250);
    }

    @Test
    void a_trace_crosses_the_re_export_back_to_the_first_certificate() {
        ok(issue(reExport()
                .addExporterSources(draw(SourceKind.CERTIFICATE, NUMBER, 3_000_000))
                .build()));
        ok(fabric.submit(Kp.AE_CUSTOMS, "Custody:SealShipment", Requests.sealShipment("AE-2026-1", "SEAL-AE-1", "")));
        ok(fabric.submit(
                Kp.IN_IMPORTER, "Custody:RecordArrival", Requests.custodyStep("AE-2026-1", "SEAL-AE-1", true, "")));
        ok(fabric.submitWithTransient(
                Kp.IN_IMPORTER,
                Trade.transientDetails(details()),
                "Imports:ConfirmImport",
                Trade.confirmation()
                        .setCertificateNumber("AE-2026-1")
                        .setCaratWeightMilli(4_000_000)
                        .build()));
        ok(fabric.submit(
                Kp.CUTTER,
                "Warranties:IssueWarranty",
                warranty("INV-C", "IN-F-CUT", "AE-F-TRADE", draw(SourceKind.CERTIFICATE, "AE-2026-1", 2_000_000))
                        .build()));
        final WarrantyTrace trace = fabric.evaluate(
                        Kp.OBSERVER, "Warranties:TraceInvoice", Requests.traceInvoice(SourceKind.INVOICE, "INV-C"))
                .as(WarrantyTrace.parser());
        assertThat(trace.getNodesList()).extracting(TraceNode::getRef).containsExactly("INV-C", "AE-2026-1", NUMBER);
        assertThat(trace.getOriginsList())
                .extracting(OriginShare::getCertificateNumber, OriginShare::getContributesMilli)
                .containsExactlyInAnyOrder(Tuple.tuple("AE-2026-1", 500_000L), Tuple.tuple(NUMBER, 1_500_000L));
    }
}
