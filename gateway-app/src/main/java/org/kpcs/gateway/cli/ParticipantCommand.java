package org.kpcs.gateway.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.registry.Registry;
import org.kpcs.protos.BootstrapRequest;
import org.kpcs.protos.ParticipantStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kpcs participant ...}: the Participant registry (KPCS Section VI). */
@Command(
        name = "participant",
        description = "The Participant registry: list, show, admission, and the Plenary's status decisions.",
        subcommands = {
            ParticipantCommand.Bootstrap.class,
            ParticipantCommand.ListCmd.class,
            ParticipantCommand.Show.class,
            ParticipantCommand.ProposeStatus.class,
            ParticipantCommand.Approve.class,
            ParticipantCommand.Proposals.class,
            ParticipantCommand.ProposalCmd.class,
            ApplicationCommands.RecordApplication.class,
            ApplicationCommands.Accede.class,
            ApplicationCommands.Withdraw.class
        })
final class ParticipantCommand {
    /** A registry subcommand. */
    abstract static class Sub extends GatewayCommand {
        @Override
        final void execute(final KpGateway gateway, final Output out) {
            run(Registry.of(gateway), out);
        }

        abstract void run(Registry registry, Output out);
    }

    @Command(
            name = "bootstrap",
            description = "As the Chair, register the founding Participants (once; repeating it changes nothing).")
    static final class Bootstrap extends Sub {
        @Option(
                names = "--founders",
                required = true,
                description =
                        "JSON of a kpcs.v1.BootstrapRequest: participants (code, name, mspId) and" + " industryMspIds")
        Path founders;

        private BootstrapRequest request;

        @Override
        void validate() {
            request = FoundersFile.read(founders);
        }

        @Override
        void run(final Registry registry, final Output out) {
            out.print(registry.bootstrap(request), RegistryText::participants);
        }
    }

    @Command(name = "list", description = "Every registered Participant and its status.")
    static final class ListCmd extends Sub {
        @Override
        void run(final Registry registry, final Output out) {
            out.print(registry.list(), RegistryText::participants);
        }
    }

    @Command(name = "show", description = "One Participant.")
    static final class Show extends Sub {
        @Parameters(paramLabel = "CODE", description = "ISO 3166-1 alpha-2 code (or EU)")
        String code;

        @Override
        void run(final Registry registry, final Output out) {
            out.print(registry.show(code.toUpperCase(Locale.ROOT)), RegistryText::participant);
        }
    }

    @Command(
            name = "propose-status",
            description = "As the Chair, propose to suspend (SUSPENDED) or reinstate (ACTIVE) a Participant, or to"
                    + " admit an applicant (ADMITTED).")
    static final class ProposeStatus extends Sub {
        @Parameters(index = "0", paramLabel = "CODE")
        String code;

        @Parameters(index = "1", paramLabel = "STATUS", description = "ACTIVE, SUSPENDED or ADMITTED")
        String status;

        @Option(names = "--reason", required = true, description = "Why, for the Plenary's record")
        String reason;

        private ParticipantStatus target;

        @Override
        void validate() {
            final String wanted = status.toUpperCase(Locale.ROOT);
            if (!"ACTIVE".equals(wanted) && !"SUSPENDED".equals(wanted) && !"ADMITTED".equals(wanted)) {
                throw new IllegalArgumentException("unknown status '" + status
                        + "'; use ACTIVE (reinstate), SUSPENDED (suspend) or ADMITTED (admit an applicant)");
            }
            target = ParticipantStatus.valueOf(wanted);
        }

        @Override
        void run(final Registry registry, final Output out) {
            out.print(registry.proposeStatus(code.toUpperCase(Locale.ROOT), target, reason), RegistryText::proposal);
        }
    }

    @Command(
            name = "approve",
            description = "As a Participant's delegate, approve a status proposal; the majority applies it.")
    static final class Approve extends Sub {
        @Parameters(paramLabel = "PROPOSAL_ID")
        String proposalId;

        @Override
        void run(final Registry registry, final Output out) {
            out.print(registry.approve(proposalId), RegistryText::proposal);
        }
    }

    @Command(name = "proposals", description = "Open status proposals and their approvals.")
    static final class Proposals extends Sub {
        @Override
        void run(final Registry registry, final Output out) {
            out.print(registry.openProposals(), RegistryText::proposals);
        }
    }

    @Command(name = "proposal", description = "One status proposal, open or adopted.")
    static final class ProposalCmd extends Sub {
        @Parameters(paramLabel = "PROPOSAL_ID")
        String proposalId;

        @Override
        void run(final Registry registry, final Output out) {
            out.print(registry.proposal(proposalId), RegistryText::proposal);
        }
    }
}
