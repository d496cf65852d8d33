package org.kpcs.gateway.cli;

import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.compliance.Compliance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kpcs compliance ...}: compliance concerns (KPCS V(e), VI 16) and review missions (VI 13-15). */
@Command(
        name = "compliance",
        description = "Compliance concerns raised through the Chair and review missions. Their text is confidential"
                + " to the Participants (a private data collection); anyone sees that they exist.",
        subcommands = {
            ComplianceCommand.Raise.class,
            ComplianceCommand.Reply.class,
            ComplianceCommand.Show.class,
            ComplianceCommand.ListConcerns.class,
            MissionCommand.class
        })
final class ComplianceCommand {
    @Command(
            name = "raise",
            description = "Inform the Chair of a concern about another Participant (KPCS V(e), VI 16); a"
                    + " Participant's delegate. The Participant concerned and the text stay confidential.")
    static final class Raise extends ConfidentialCommand {
        @Parameters(index = "0", paramLabel = "PARTICIPANT", description = "The Participant concerned, e.g. IN")
        String concerned;

        @Override
        void execute(final KpGateway gateway, final Output out) {
            out.print(Compliance.of(gateway).raise(StatsCommand.code(concerned), text), ComplianceText::marker);
        }
    }

    @Command(
            name = "reply",
            description = "Reply in a concern's dialogue: the Participant concerned or the one that raised it (their"
                    + " delegates), or the Chair, who may close it.")
    static final class Reply extends ConfidentialCommand {
        @Parameters(index = "0", paramLabel = "CONCERN_ID", description = "The concern, e.g. CN-20261202-1a2b3c4d")
        String id;

        @Option(names = "--close", description = "Close the dialogue with this reply (the Chair only)")
        boolean close;

        @Override
        void execute(final KpGateway gateway, final Output out) {
            out.print(Compliance.of(gateway).reply(id, text, close), ComplianceText::marker);
        }
    }

    @Command(
            name = "show",
            description = "A concern with its confidential dialogue: a Participant's delegate or the Chair only.")
    static final class Show extends GatewayCommand {
        @Parameters(index = "0", paramLabel = "CONCERN_ID", description = "The concern")
        String id;

        @Override
        void execute(final KpGateway gateway, final Output out) {
            out.print(Compliance.of(gateway).concern(id), ComplianceText::concern);
        }
    }

    @Command(
            name = "list",
            description = "Every concern's public marker (date, raised by, entries, open or closed, the hash of its"
                    + " confidential file). Anyone may run it.")
    static final class ListConcerns extends GatewayCommand {
        @Option(names = "--open", description = "Only open concerns")
        boolean open;

        @Override
        void execute(final KpGateway gateway, final Output out) {
            out.print(Compliance.of(gateway).concerns(open), ComplianceText::concerns);
        }
    }
}
