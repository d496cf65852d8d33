package org.kpcs.gateway.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.kpcs.gateway.certificate.Certificates;
import org.kpcs.gateway.certificate.Quantities;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.IssueCertificateRequest;
import org.kpcs.protos.PartyIdentification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kpcs cert issue}: the Exporting Authority validates a Certificate (KPCS II, Annex I, Annex II 17-20). */
@Command(name = "issue", description = "As the Exporting Authority, validate a Certificate for a shipment.")
final class CertIssue extends CertCommand.Sub {
    @Option(names = "--number", required = true, description = "Unique number, starting with your code")
    String number;

    @Option(names = "--to", required = true, description = "Importing Participant (alpha-2)")
    String importer;

    @Option(names = "--origin", required = true, description = "Country of origin (alpha-2) or MIXED")
    String origin;

    @Option(names = "--mixed-origins", split = ",", description = "Countries of a mixed parcel, e.g. BW,ZA")
    List<String> mixedOrigins = List.of();

    @Option(
            names = "--transit",
            split = ",",
            description = "Participants whose territory the shipment crosses; only their customs record transit")
    List<String> transit = List.of();

    @Option(names = "--carats", required = true, description = "Carat weight, e.g. 12500.25")
    String carats;

    @Option(names = "--parcels", required = true, description = "Number of parcels")
    int parcels;

    @Option(names = "--hs", required = true, description = "HS code: 7102.10, 7102.21 or 7102.31")
    String hsCode;

    @Option(names = "--container", required = true, description = "Id of the sealed container")
    String container;

    @Option(names = "--expiry", required = true, description = "Date of expiry, yyyy-mm-dd")
    String expiry;

    @Option(names = "--authority", required = true, description = "Name of the issuing authority")
    String authority;

    @Option(
            names = "--declare-conflict-free",
            description = "The exporter declares the goods are not conflict diamonds (Annex II 18)")
    boolean conflictFree;

    @Option(names = "--value-usd", required = true, description = "Value in US$, e.g. 1875000.00")
    String valueUsd;

    @Option(names = "--exporter-name", required = true)
    String exporterName;

    @Option(names = "--exporter-address", defaultValue = "")
    String exporterAddress;

    @Option(names = "--exporter-licence", defaultValue = "")
    String exporterLicence;

    @Option(names = "--importer-name", required = true)
    String importerName;

    @Option(names = "--importer-address", defaultValue = "")
    String importerAddress;

    @Option(names = "--importer-licence", defaultValue = "")
    String importerLicence;

    @Option(names = "--invoice", required = true, description = "Invoice reference")
    String invoice;

    @Option(names = "--exporter-firm", defaultValue = "", description = "Exporter's registered firm id")
    String exporterFirm;

    @Option(
            names = "--exporter-source",
            description = "For a re-export by a registered firm: KIND:REF:CARATS it draws on, repeatable")
    List<String> exporterSources = List.of();

    @Option(
            names = "--importer-firm",
            defaultValue = "",
            description = "Importer's registered firm id: on confirmation the Certificate becomes its source")
    String importerFirm;

    @Option(
            names = "--details-out",
            description = "Write the commercial details (with their salt) to this file, to travel with the"
                    + " shipment; the importer confirms with it")
    Path detailsOut;

    private long caratsMilli;
    private long valueCents;
    private List<org.kpcs.protos.SourceDraw> sources;

    @Override
    void validate() {
        caratsMilli = Quantities.caratsToMilli(carats);
        valueCents = Quantities.usdToCents(valueUsd);
        sources = WarrantyCommand.sources(exporterSources);
    }

    @Override
    void run(final Certificates certificates, final Output out) {
        final IssueCertificateRequest request = IssueCertificateRequest.newBuilder()
                .setNumber(number)
                .setImportingParticipant(importer.toUpperCase(Locale.ROOT))
                .setOrigin(origin.toUpperCase(Locale.ROOT))
                .addAllMixedOrigins(mixedOrigins.stream()
                        .map(o -> o.strip().toUpperCase(Locale.ROOT))
                        .toList())
                .addAllTransitParticipants(transit.stream()
                        .map(t -> t.strip().toUpperCase(Locale.ROOT))
                        .toList())
                .addAllExporterSources(sources)
                .setCaratWeightMilli(caratsMilli)
                .setNumberOfParcels(parcels)
                .setHsCode(hsCode)
                .setContainerId(container)
                .setDateOfExpiry(expiry)
                .setIssuingAuthority(authority)
                .setConflictFreeDeclaration(conflictFree)
                .build();
        final CommercialDetails details = CommercialDetails.newBuilder()
                .setValueUsdCents(valueCents)
                .setExporter(PartyIdentification.newBuilder()
                        .setName(exporterName)
                        .setAddress(exporterAddress)
                        .setLicenceNumber(exporterLicence)
                        .setFirmId(exporterFirm))
                .setImporter(PartyIdentification.newBuilder()
                        .setName(importerName)
                        .setAddress(importerAddress)
                        .setLicenceNumber(importerLicence)
                        .setFirmId(importerFirm))
                .setInvoiceReference(invoice)
                .setSalt(DetailsFile.salt())
                .build();
        out.print(certificates.issue(request, details), CertificateText::certificate);
        if (detailsOut != null) {
            DetailsFile.write(detailsOut, details);
            out.note("commercial details written to " + detailsOut + " (send them with the shipment)");
        }
    }
}
