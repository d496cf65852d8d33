package org.kpcs.loadgen;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.kpcs.gateway.client.KpGateway.Submission;
import org.kpcs.loadgen.Workload.Step;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.ConfirmImportRequest;
import org.kpcs.protos.CustodyStepRequest;
import org.kpcs.protos.IssueCertificateRequest;
import org.kpcs.protos.PartyIdentification;
import org.kpcs.protos.SealShipmentRequest;

/**
 * The transactions of a rough-diamond shipment under the KPCS, as the load generator sends them: issuance of the
 * Certificate with its commercial details as private data (KPCS II, Annex I), sealing by the exporter's customs,
 * arrival and confirmation of receipt by the importer (KPCS III(b)). The same transactions as the kpcs client's
 * {@code Certificates}, built here so that they can be submitted asynchronously.
 */
final class Shipments {
    /** The transient field the chaincode reads the commercial details from. */
    private static final String DETAILS = "details";

    private final Connections connections;
    private final String run;

    Shipments(final Connections connections, final String run) {
        this.connections = connections;
        this.run = run.toUpperCase(Locale.ROOT);
    }

    /** A shipment of {@code caratsMilli} from {@code exporter} to {@code importer}; the importing firm may be empty. */
    record Shipment(String number, String exporter, String importer, long caratsMilli, CommercialDetails details) {
        String container() {
            return "SEAL-" + number;
        }
    }

    Shipment shipment(
            final String exporter,
            final String importer,
            final String tag,
            final long caratsMilli,
            final String importingFirm) {
        final String number = exporter + "-" + run + "-" + tag;
        final CommercialDetails details = CommercialDetails.newBuilder()
                .setValueUsdCents(125_000_00)
                .setExporter(PartyIdentification.newBuilder().setName("Load exporter " + exporter))
                .setImporter(PartyIdentification.newBuilder()
                        .setName("Load importer " + importer)
                        .setFirmId(importingFirm))
                .setInvoiceReference("INV-" + number)
                .setSalt(UUID.randomUUID().toString())
                .build();
        return new Shipment(number, exporter, importer, caratsMilli, details);
    }

    /** The Exporting Authority issues the Certificate, endorsed by both Participants (their private data). */
    Step issue(final Shipment s) {
        final IssueCertificateRequest request = IssueCertificateRequest.newBuilder()
                .setNumber(s.number())
                .setImportingParticipant(s.importer())
                .setOrigin(s.exporter())
                .setIssuingAuthority("Load authority " + s.exporter())
                .setDateOfExpiry(today().plusDays(30).toString())
                .setCaratWeightMilli(s.caratsMilli())
                .setNumberOfParcels(1)
                .setHsCode("7102.10")
                .setContainerId(s.container())
                .setConflictFreeDeclaration(true)
                .build();
        return Step.submit(
                connections.as(s.exporter(), "exporter"),
                Submission.of("Certificates", "IssueCertificate", request)
                        .withTransient(Map.of(DETAILS, s.details().toByteArray()))
                        .withEndorsingOrganizations(parties(s)));
    }

    Step seal(final Shipment s) {
        return Step.submit(
                connections.as(s.exporter(), "customs"),
                Submission.of(
                        "Custody",
                        "SealShipment",
                        SealShipmentRequest.newBuilder()
                                .setCertificateNumber(s.number())
                                .setContainerId(s.container())
                                .build()));
    }

    Step arrive(final Shipment s) {
        return Step.submit(
                connections.as(s.importer(), "importer"),
                Submission.of(
                        "Custody",
                        "RecordArrival",
                        CustodyStepRequest.newBuilder()
                                .setCertificateNumber(s.number())
                                .setContainerId(s.container())
                                .setSealIntact(true)
                                .build()));
    }

    Step confirm(final Shipment s) {
        return Step.submit(
                connections.as(s.importer(), "importer"),
                Submission.of(
                                "Imports",
                                "ConfirmImport",
                                ConfirmImportRequest.newBuilder()
                                        .setCertificateNumber(s.number())
                                        .setNumberOfParcels(1)
                                        .setCaratWeightMilli(s.caratsMilli())
                                        .setDateOfReceipt(today().toString())
                                        .build())
                        .withTransient(Map.of(DETAILS, s.details().toByteArray()))
                        .withEndorsingOrganizations(parties(s)));
    }

    /** Issue, seal, arrive and confirm. */
    List<Step> lifecycle(final Shipment s) {
        return List.of(issue(s), seal(s), arrive(s), confirm(s));
    }

    private List<String> parties(final Shipment s) {
        return List.of(connections.mspOf(s.exporter()), connections.mspOf(s.importer()));
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
