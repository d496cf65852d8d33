package org.kpcs.gateway.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.kpcs.gateway.certificate.Certificates;
import org.kpcs.gateway.certificate.Quantities;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.protos.AmendCertificateRequest;
import org.kpcs.protos.ConfirmImportRequest;
import org.kpcs.protos.ListCertificatesRequest;
import org.kpcs.protos.ListPendingConfirmationRequest;
import org.kpcs.protos.TradeDirection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kpcs cert ...}: Kimberley Process Certificates (KPCS II, III, Annex I). */
@Command(
        name = "cert",
        description = "Kimberley Process Certificates: issue, show, history, list, pending, disputed, void, amend,"
                + " confirm, verify, details, print, check-qr.",
        subcommands = {
            CertIssue.class,
            CertCommand.Show.class,
            CertCommand.History.class,
            CertCommand.ListCmd.class,
            CertCommand.Pending.class,
            CertCommand.Disputed.class,
            CertCommand.Void.class,
            CertCommand.Amend.class,
            CertCommand.Confirm.class,
            CertCommand.Verify.class,
            CertCommand.Details.class,
            CertPrint.class,
            CertCheckQr.class
        })
final class CertCommand {
    /** A certificate subcommand. */
    abstract static class Sub extends GatewayCommand {
        @Override
        final void execute(final KpGateway gateway, final Output out) {
            run(Certificates.of(gateway), out);
        }

        abstract void run(Certificates certificates, Output out);
    }

    @Command(name = "show", description = "A Certificate, its custody and its status. Public.")
    static final class Show extends Sub {
        @Parameters(paramLabel = "NUMBER")
        String number;

        @Mixin
        ServiceOption service;

        @Override
        boolean answeredByService(final Kpcs root, final Output out) {
            return service.print(root, out, api -> api.show(number), CertificateText::certificate);
        }

        @Override
        void run(final Certificates certificates, final Output out) {
            out.print(certificates.show(number), CertificateText::certificate);
        }
    }

    @Command(name = "history", description = "Every state of a Certificate, with transaction ids and times.")
    static final class History extends Sub {
        @Parameters(paramLabel = "NUMBER")
        String number;

        @Mixin
        ServiceOption service;

        @Override
        boolean answeredByService(final Kpcs root, final Output out) {
            return service.print(root, out, api -> api.history(number), CertificateText::history);
        }

        @Override
        void run(final Certificates certificates, final Output out) {
            out.print(certificates.history(number), CertificateText::history);
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

        @Mixin
        ServiceOption service;

        @Override
        boolean answeredByService(final Kpcs root, final Output out) {
            final ListCertificatesRequest request = ListCertificatesRequest.newBuilder()
                    .setParticipant(participant.toUpperCase(Locale.ROOT))
                    .setDirection(direction)
                    .setFrom(from)
                    .setTo(to)
                    .setPageSize(page.size)
                    .setBookmark(page.bookmark)
                    .build();
            return service.print(root, out, api -> api.list(request), CertificateText::page);
        }

        @Override
        void run(final Certificates certificates, final Output out) {
            out.print(
                    certificates.list(
                            participant.toUpperCase(Locale.ROOT), direction, from, to, page.size, page.bookmark),
                    CertificateText::page);
        }
    }

    @Command(name = "pending", description = "Certificates awaiting an importing Participant's confirmation.")
    static final class Pending extends Sub {
        @Option(names = "--importer", required = true)
        String importer;

        @Mixin
        PageOptions page;

        @Mixin
        ServiceOption service;

        @Override
        boolean answeredByService(final Kpcs root, final Output out) {
            final ListPendingConfirmationRequest request = ListPendingConfirmationRequest.newBuilder()
                    .setImporter(importer.toUpperCase(Locale.ROOT))
                    .setPageSize(page.size)
                    .setBookmark(page.bookmark)
                    .build();
            return service.print(root, out, api -> api.pending(request), CertificateText::page);
        }

        @Override
        void run(final Certificates certificates, final Output out) {
            out.print(
                    certificates.pending(importer.toUpperCase(Locale.ROOT), page.size, page.bookmark),
                    CertificateText::page);
        }
    }

    @Command(name = "disputed", description = "Disputed Certificates.")
    static final class Disputed extends Sub {
        @Mixin
        PageOptions page;

        @Override
        void run(final Certificates certificates, final Output out) {
            out.print(certificates.disputed(page.size, page.bookmark), CertificateText::page);
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
            out.print(certificates.voidCertificate(number, reason), CertificateText::certificate);
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
            out.print(
                    certificates.amend(request.build(), details == null ? null : DetailsFile.read(details)),
                    CertificateText::certificate);
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
            out.print(
                    certificates.confirm(
                            ConfirmImportRequest.newBuilder()
                                    .setCertificateNumber(number)
                                    .setNumberOfParcels(parcels)
                                    .setCaratWeightMilli(caratsMilli)
                                    .setDateOfReceipt(received)
                                    .build(),
                            DetailsFile.read(details)),
                    CertificateText::certificate);
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
            out.print(certificates.verify(number, DetailsFile.read(details)), CertificateText::verification);
        }
    }

    @Command(name = "details", description = "The commercial details, from your own Participant's private collection.")
    static final class Details extends Sub {
        @Parameters(paramLabel = "NUMBER")
        String number;

        @Override
        void run(final Certificates certificates, final Output out) {
            out.print(certificates.details(number), CertificateText::details);
        }
    }
}
