package org.kpcs.gateway.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.client.KpcsException;
import org.kpcs.gateway.registry.Registry;
import org.kpcs.protos.ParticipantStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kpcs participant ...}: the Participant registry (KPCS Section VI). */
@Command(
        name = "participant",
        description = "The Participant registry: list, show, and the Plenary's status decisions.",
        subcommands = {
            ParticipantCommand.ListCmd.class,
            ParticipantCommand.Show.class,
            ParticipantCommand.ProposeStatus.class,
            ParticipantCommand.Approve.class,
            ParticipantCommand.Proposals.class,
            ParticipantCommand.ProposalCmd.class
        })
final class ParticipantCommand {
    @ParentCommand
    Kpcs root;

    /** Shared plumbing of the registry subcommands. */
    abstract static class Sub implements Callable<Integer> {
        @ParentCommand
        ParticipantCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public final Integer call() {
            validate();
            try (KpGateway gateway = parent.root.connect()) {
                run(new Registry(gateway), parent.root.output(spec));
            }
            return 0;
        }

        abstract void run(Registry registry, Output out);

        /** Checks the arguments before connecting, so bad input costs no round trip. */
        void validate() {
            // most commands have nothing to check
        }
    }

    @Command(name = "list", description = "Every registered Participant and its status.")
    static final class ListCmd extends Sub {
        @Override
        void run(final Registry registry, final Output out) {
            out.participants(registry.list());
        }
    }

    @Command(name = "show", description = "One Participant.")
    static final class Show extends Sub {
        @Parameters(paramLabel = "CODE", description = "ISO 3166-1 alpha-2 code (or EU)")
        String code;

        @Override
        void run(final Registry registry, final Output out) {
            out.participant(registry.show(code.toUpperCase(Locale.ROOT)));
        }
    }

    @Command(
            name = "propose-status",
            description = "As the Chair, propose to suspend (SUSPENDED) or reinstate (ACTIVE) a Participant.")
    static final class ProposeStatus extends Sub {
        @Parameters(index = "0", paramLabel = "CODE")
        String code;

        @Parameters(index = "1", paramLabel = "STATUS", description = "ACTIVE or SUSPENDED")
        String status;

        @Option(names = "--reason", required = true, description = "Why, for the Plenary's record")
        String reason;

        private ParticipantStatus target;

        @Override
        void validate() {
            final String wanted = status.toUpperCase(Locale.ROOT);
            if (!"ACTIVE".equals(wanted) && !"SUSPENDED".equals(wanted)) {
                throw new KpcsException(
                        KpcsException.Stage.INPUT,
                        "INVALID_ARGUMENT",
                        "unknown status '" + status + "'; use ACTIVE (reinstate) or SUSPENDED (suspend)",
                        null);
            }
            target = ParticipantStatus.valueOf(wanted);
        }

        @Override
        void run(final Registry registry, final Output out) {
            out.proposal(registry.proposeStatus(code.toUpperCase(Locale.ROOT), target, reason));
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
            out.proposal(registry.approve(proposalId));
        }
    }

    @Command(name = "proposals", description = "Open status proposals and their approvals.")
    static final class Proposals extends Sub {
        @Override
        void run(final Registry registry, final Output out) {
            out.proposals(registry.openProposals());
        }
    }

    @Command(name = "proposal", description = "One status proposal, open or adopted.")
    static final class ProposalCmd extends Sub {
        @Parameters(paramLabel = "PROPOSAL_ID")
        String proposalId;

        @Override
        void run(final Registry registry, final Output out) {
            out.proposal(registry.proposal(proposalId));
        }
    }
}
