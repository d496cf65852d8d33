package org.kpcs.gateway.cli;

import java.util.Locale;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.governance.Governance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kpcs governance ...}: the Chair's election (KPCS VI 4), the next Plenary and proposals to modify the
 * Scheme (VI 17-19); the notifications are in {@link NotificationCommands}.
 */
@Command(
        name = "governance",
        description = "The Chair's election, Participants' notifications, the next Plenary and proposals to modify"
                + " the Scheme.",
        subcommands = {
            GovernanceCommand.ChairCmd.class,
            GovernanceCommand.ElectChair.class,
            NotificationCommands.Notify.class,
            NotificationCommands.Show.class,
            NotificationCommands.ListCmd.class,
            GovernanceCommand.SchedulePlenary.class,
            GovernanceCommand.PlenaryCmd.class,
            ModificationCommands.Propose.class,
            ModificationCommands.Approve.class,
            ModificationCommands.ListCmd.class
        })
final class GovernanceCommand {
    /** A governance subcommand. */
    abstract static class Sub extends GatewayCommand {
        @Override
        final void execute(final KpGateway gateway, final Output out) {
            run(Governance.of(gateway), out);
        }

        abstract void run(Governance governance, Output out);
    }

    @Command(name = "chair", description = "Who holds the chair, and every hand-over since bootstrap.")
    static final class ChairCmd extends Sub {
        @Override
        void run(final Governance governance, final Output out) {
            out.print(governance.chair(), GovernanceText::chair);
        }
    }

    @Command(
            name = "elect-chair",
            description = "As the Chair, propose the Plenary's Chair for a year's term; delegates approve it with"
                    + " `kpcs participant approve` and the majority hands the chair over.")
    static final class ElectChair extends Sub {
        @Parameters(paramLabel = "CODE", description = "The candidate: an active Participant")
        String code;

        @Option(names = "--year", required = true, description = "The term's year: this year or the next")
        int year;

        @Option(names = "--reason", required = true, description = "Why, for the Plenary's record")
        String reason;

        @Override
        void run(final Governance governance, final Output out) {
            out.print(governance.proposeChair(code.toUpperCase(Locale.ROOT), year, reason), RegistryText::proposal);
        }
    }

    @Command(name = "schedule-plenary", description = "As the Chair, record the date and venue of the next Plenary.")
    static final class SchedulePlenary extends Sub {
        @Parameters(paramLabel = "DATE", description = "yyyy-mm-dd, after today")
        String date;

        @Option(names = "--venue", required = true, description = "Where it meets (KPCS VI 3)")
        String venue;

        @Override
        void run(final Governance governance, final Output out) {
            out.print(governance.schedulePlenary(date, venue), GovernanceText::plenary);
        }
    }

    @Command(name = "plenary", description = "The next Plenary, if the Chair has recorded one.")
    static final class PlenaryCmd extends Sub {
        @Override
        void run(final Governance governance, final Output out) {
            out.print(governance.plenary(), GovernanceText::plenary);
        }
    }
}
