package org.kpcs.gateway.cli;

import java.util.List;
import java.util.Locale;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.industry.Industry;
import org.kpcs.protos.FirmActivity;
import org.kpcs.protos.RegisterFirmRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kpcs firm ...}: licensed firms (Annex II 13, 14) and sanctions (II 6). */
@Command(
        name = "firm",
        description = "Licensed firms: register, show, list, sanction.",
        subcommands = {
            FirmCommand.Register.class,
            FirmCommand.Show.class,
            FirmCommand.ListCmd.class,
            FirmCommand.Sanction.class
        })
final class FirmCommand {
    /** A firm subcommand. */
    abstract static class Sub extends GatewayCommand {
        @Override
        final void execute(final KpGateway gateway, final Output out) {
            run(Industry.of(gateway), out);
        }

        abstract void run(Industry industry, Output out);
    }

    @Command(
            name = "register",
            description = "As a Participant's authority, register a firm licensed in its territory.")
    static final class Register extends Sub {
        @Option(names = "--id", required = true, description = "Firm id, e.g. AE-F-0001")
        String id;

        @Option(names = "--name", required = true)
        String name;

        @Option(names = "--address", required = true)
        String address;

        @Option(names = "--country", required = true, description = "The licensing Participant (yours)")
        String country;

        @Option(names = "--licence", required = true, description = "Licence number")
        String licence;

        @Option(
                names = "--activities",
                split = ",",
                required = true,
                description = "BUYER, SELLER, EXPORTER, BROKER, MANUFACTURER")
        List<FirmActivity> activities;

        @Override
        void run(final Industry industry, final Output out) {
            out.print(
                    industry.registerFirm(RegisterFirmRequest.newBuilder()
                            .setFirmId(id)
                            .setName(name)
                            .setAddress(address)
                            .setCountry(country.toUpperCase(Locale.ROOT))
                            .setLicenceNumber(licence)
                            .addAllActivities(activities)
                            .build()),
                    IndustryText::firm);
        }
    }

    @Command(name = "show", description = "A firm, its licence and any sanctions.")
    static final class Show extends Sub {
        @Parameters(paramLabel = "FIRM_ID")
        String id;

        @Override
        void run(final Industry industry, final Output out) {
            out.print(industry.firm(id), IndustryText::firm);
        }
    }

    @Command(name = "list", description = "The firms one Participant has licensed.")
    static final class ListCmd extends Sub {
        @Option(names = "--country", required = true)
        String country;

        @Mixin
        PageOptions page;

        @Override
        void run(final Industry industry, final Output out) {
            out.print(industry.firms(country.toUpperCase(Locale.ROOT), page.size, page.bookmark), IndustryText::firms);
        }
    }

    @Command(name = "sanction", description = "Record that a firm was convicted or sanctioned (Annex II 6).")
    static final class Sanction extends Sub {
        @Parameters(paramLabel = "FIRM_ID")
        String id;

        @Option(names = "--reason", required = true)
        String reason;

        @Option(names = "--reference", defaultValue = "", description = "Judgment or decision reference")
        String reference;

        @Override
        void run(final Industry industry, final Output out) {
            out.print(industry.sanction(id, reason, reference), IndustryText::firm);
        }
    }
}
