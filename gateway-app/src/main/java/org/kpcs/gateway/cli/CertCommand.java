package org.kpcs.gateway.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.kpcs.gateway.certificate.Certificates;
import org.kpcs.gateway.certificate.Quantities;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.protos.AmendCertificateRequest;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.ConfirmImportRequest;
import org.kpcs.protos.IssueCertificateRequest;
import org.kpcs.protos.PartyIdentification;
import org.kpcs.protos.TradeDirection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kpcs cert ...}: Kimberley Process Certificates (KPCS II, III, Annex I). */
@Command(
        name = "cert",
        description = "Kimberley Process Certificates: issue, show, history, list, pending, disputed, void, amend,"
                + " confirm, verify, details.",
        subcommands = {
            CertCommand.Issue.class,
            CertCommand.Show.class,
            CertCommand.History.class,
            CertCommand.ListCmd.class,
            CertCommand.Pending.class,
            CertCommand.Disputed.class,
            CertCommand.Void.class,
            CertCommand.Amend.class,
            CertCommand.Confirm.class,
            CertCommand.Verify.class,
            CertCommand.Details.class
        })
final class CertCommand {
    /** A certificate subcommand. */
    abstract static class Sub extends GatewayCommand {
        @Override
        final void execute(final KpGateway gateway, final Output out) {
            run(new Certificates(gateway), out);
        }

        abstract void run(Certificates certificates, Output out);
    }

    @Command(name = "issue", description = "As the Exporting Authority, validate a Certificate for a shipment.")
    static final class Issue extends Sub {
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
            out.certificate(certificates.issue(request, details));
            if (detailsOut != null) {
                DetailsFile.write(detailsOut, details);
                out.note("commercial details written to " + detailsOut + " (send them with the shipment)");
            }
        }
    }

    @Command(name = "show", description = "A Certificate, its custody and its status. Public.")
    static final class Show extends Sub {
        @Parameters(paramLabel = "NUMBER")
        String number;

        @Override
        void run(final Certificates certificates, final Output out) {
            out.certificate(certificates.show(number));
        }
    }

    @Command(name = "history", description = "Every state of a Certificate, with transaction ids and times.")
    static final class History extends Sub {
        @Parameters(paramLabel = "NUMBER")
        String number;

        @Override
        void run(final Certificates certificates, final Output out) {
            out.history(certificates.history(number));
        }
    }

    @Command(name = "list", description = "A Participant's Certificates by direction and period, paginated.")
    static final class ListCmd extends Sub {
        @Option(names = "--participant", required = true)
        String participant;

        @Option(names = "--direction", defaultValue = "EXPORT", description = "EXPORT or IMPORT")
        TradeDirection direction;

        @Option(names = "--from", required = true, description = "First date of issue, yyyy-mm-dd")
        String from;

        @Option(names = "--to", required = true, description = "Last date of issue, yyyy-mm-dd")
        String to;

        @Mixin
        PageOptions page;

        @Override
        void run(final Certificates certificates, final Output out) {
            out.page(certificates.list(
                    participant.toUpperCase(Locale.ROOT), direction, from, to, page.size, page.bookmark));
        }
    }

    @Command(name = "pending", description = "Certificates awaiting an importing Participant's confirmation.")
    static final class Pending extends Sub {
        @Option(names = "--importer", required = true)
        String importer;

        @Mixin
        PageOptions page;

        @Override
        void run(final Certificates certificates, final Output out) {
            out.page(certificates.pending(importer.toUpperCase(Locale.ROOT), page.size, page.bookmark));
        }
    }

    @Command(name = "disputed", description = "Disputed Certificates.")
    static final class Disputed extends Sub {
        @Mixin
        PageOptions page;

        @Override
        void run(final Certificates certificates, final Output out) {
            out.page(certificates.disputed(page.size, page.bookmark));
        }
    }

    @Command(name = "void", description = "As the issuer, void a Certificate before confirmation.")
    static final class Void extends Sub {
        @Parameters(paramLabel = "NUMBER")
        String number;

        @Option(names = "--reason", required = true)
        String reason;

        @Override
        void run(final Certificates certificates, final Output out) {
            out.certificate(certificates.voidCertificate(number, reason));
        }
    }

    @Command(name = "amend", description = "As the issuer, amend a Certificate before confirmation.")
    static final class Amend extends Sub {
        @Parameters(paramLabel = "NUMBER")
        String number;

        @Option(names = "--reason", required = true)
        String reason;

        @Option(names = "--carats")
        String carats;

        @Option(names = "--parcels", defaultValue = "0")
        int parcels;

        @Option(names = "--hs", defaultValue = "")
        String hsCode;

        @Option(names = "--expiry", defaultValue = "")
        String expiry;

        @Option(names = "--container", defaultValue = "")
        String container;

        @Option(names = "--details", description = "New commercial details file")
        Path details;

        private long caratsMilli;

        @Override
        void validate() {
            caratsMilli = carats == null ? 0 : Quantities.caratsToMilli(carats);
        }

        @Override
        void run(final Certificates certificates, final Output out) {
            final AmendCertificateRequest.Builder request = AmendCertificateRequest.newBuilder()
                    .setNumber(number)
                    .setReason(reason)
                    .setNumberOfParcels(parcels)
                    .setHsCode(hsCode)
                    .setDateOfExpiry(expiry)
                    .setContainerId(container);
            request.setCaratWeightMilli(caratsMilli);
            out.certificate(certificates.amend(request.build(), details == null ? null : DetailsFile.read(details)));
        }
    }

    @Command(
            name = "confirm",
            description = "As the Importing Authority, confirm receipt (once); a mismatch disputes the Certificate.")
    static final class Confirm extends Sub {
        @Parameters(paramLabel = "NUMBER")
        String number;

        @Option(names = "--parcels", required = true, description = "Parcels received")
        int parcels;

        @Option(names = "--carats", required = true, description = "Carats received")
        String carats;

        @Option(names = "--received", required = true, description = "Date of receipt, yyyy-mm-dd")
        String received;

        @Option(names = "--details", required = true, description = "Commercial details file received")
        Path details;

        private long caratsMilli;

        @Override
        void validate() {
            caratsMilli = Quantities.caratsToMilli(carats);
        }

        @Override
        void run(final Certificates certificates, final Output out) {
            out.certificate(certificates.confirm(
                    ConfirmImportRequest.newBuilder()
                            .setCertificateNumber(number)
                            .setNumberOfParcels(parcels)
                            .setCaratWeightMilli(caratsMilli)
                            .setDateOfReceipt(received)
                            .build(),
                    DetailsFile.read(details)));
        }
    }

    @Command(name = "verify", description = "Check a details file against a Certificate's hash (records nothing).")
    static final class Verify extends Sub {
        @Parameters(paramLabel = "NUMBER")
        String number;

        @Option(names = "--details", required = true)
        Path details;

        @Override
        void run(final Certificates certificates, final Output out) {
            out.verification(certificates.verify(number, DetailsFile.read(details)));
        }
    }

    @Command(name = "details", description = "The commercial details, from your own Participant's private collection.")
    static final class Details extends Sub {
        @Parameters(paramLabel = "NUMBER")
        String number;

        @Override
        void run(final Certificates certificates, final Output out) {
            out.details(certificates.details(number));
        }
    }
}
