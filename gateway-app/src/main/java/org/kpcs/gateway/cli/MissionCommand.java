package org.kpcs.gateway.cli;

import java.util.function.BiFunction;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.compliance.Compliance;
import org.kpcs.protos.ReviewMission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kpcs compliance mission ...}: review missions (KPCS VI 13(b), 14, 15). */
@Command(
        name = "mission",
        description = "Review missions: recommended by the Chair, decided by a majority of the Participants, started"
                + " only with the consent of the Participant concerned, reported within three weeks of completion.",
        subcommands = {
            MissionCommand.Propose.class,
            MissionCommand.Approve.class,
            MissionCommand.Withdraw.class,
            MissionCommand.Consent.class,
            MissionCommand.Start.class,
            MissionCommand.Complete.class,
            MissionCommand.Report.class,
            MissionCommand.Comment.class,
            MissionCommand.Show.class,
            MissionCommand.ListMissions.class
        })
final class MissionCommand {
    @Command(
            name = "propose",
            description = "Recommend a review mission to a Participant with its terms of reference (size,"
                    + " composition, time-frame; confidential), for the Plenary to decide; the Chair.")
    static final class Propose extends ConfidentialCommand {
        @Parameters(index = "0", paramLabel = "PARTICIPANT", description = "The Participant concerned, e.g. IN")
        String participant;

        @Override
        void execute(final KpGateway gateway, final Output out) {
            out.print(Compliance.of(gateway).propose(StatsCommand.code(participant), text), ComplianceText::mission);
        }
    }

    /** A step that names only the mission. */
    abstract static class Step extends GatewayCommand {
        @Parameters(index = "0", paramLabel = "MISSION_ID", description = "The mission, e.g. RM-IN-20261202-1a2b3c4d")
        String id;

        abstract BiFunction<Compliance, String, ReviewMission> step();

        @Override
        void execute(final KpGateway gateway, final Output out) {
            out.print(step().apply(Compliance.of(gateway), id), ComplianceText::mission);
        }
    }

    @Command(
            name = "approve",
            description = "Approve the Chair's recommendation on your Participant's behalf; a majority of the"
                    + " Participants active when it was recommended decides the mission. A delegate.")
    static final class Approve extends Step {
        @Override
        BiFunction<Compliance, String, ReviewMission> step() {
            return Compliance::approve;
        }
    }

    @Command(
            name = "withdraw",
            description = "Withdraw a recommendation the Plenary has not decided, so that another mission can be"
                    + " recommended to that Participant. The Chair.")
    static final class Withdraw extends Step {
        @Override
        BiFunction<Compliance, String, ReviewMission> step() {
            return Compliance::withdraw;
        }
    }

    @Command(
            name = "consent",
            description = "Consent to a mission the Plenary decided; the delegate of the Participant concerned.")
    static final class Consent extends Step {
        @Override
        BiFunction<Compliance, String, ReviewMission> step() {
            return Compliance::consent;
        }
    }

    @Command(name = "start", description = "Start a mission the Participant consented to; the Chair.")
    static final class Start extends Step {
        @Override
        BiFunction<Compliance, String, ReviewMission> step() {
            return Compliance::start;
        }
    }

    @Command(
            name = "complete",
            description = "Record the mission's completion; the report is due three weeks later. The Chair.")
    static final class Complete extends Step {
        @Override
        BiFunction<Compliance, String, ReviewMission> step() {
            return Compliance::complete;
        }
    }

    @Command(
            name = "report",
            description = "File the mission's report (confidential); the ledger marks its deadline met or missed."
                    + " The Chair.")
    static final class Report extends TextStep {
        @Override
        ReviewMission apply(final Compliance compliance) {
            return compliance.report(id, text);
        }
    }

    @Command(
            name = "comment",
            description = "Comment on the mission's filed report (confidential), once; the comments are due with the"
                    + " report's posting, three weeks after it. The delegate of the Participant concerned.")
    static final class Comment extends TextStep {
        @Override
        ReviewMission apply(final Compliance compliance) {
            return compliance.comment(id, text);
        }
    }

    /** A step that names the mission and adds confidential text (--text or --text-file). */
    abstract static class TextStep extends ConfidentialCommand {
        @Parameters(index = "0", paramLabel = "MISSION_ID", description = "The mission")
        String id;

        abstract ReviewMission apply(Compliance compliance);

        @Override
        void execute(final KpGateway gateway, final Output out) {
            out.print(apply(Compliance.of(gateway)), ComplianceText::mission);
        }
    }

    @Command(
            name = "show",
            description = "A mission's public record; with --confidential its terms of reference and report (a"
                    + " Participant's delegate or the Chair).")
    static final class Show extends GatewayCommand {
        @Parameters(index = "0", paramLabel = "MISSION_ID", description = "The mission")
        String id;

        @Option(
                names = "--confidential",
                description = "Include the terms of reference, the report and the comments on it")
        boolean confidential;

        @Override
        void execute(final KpGateway gateway, final Output out) {
            final Compliance compliance = Compliance.of(gateway);
            if (confidential) {
                out.print(compliance.missionFile(id), ComplianceText::missionFile);
            } else {
                out.print(compliance.mission(id), ComplianceText::mission);
            }
        }
    }

    @Command(name = "list", description = "Every mission's public record, overdue reports marked. Anyone may run it.")
    static final class ListMissions extends GatewayCommand {
        @Option(names = "--participant", description = "Only missions to this Participant")
        String participant;

        @Override
        void execute(final KpGateway gateway, final Output out) {
            out.print(
                    Compliance.of(gateway).missions(participant == null ? "" : StatsCommand.code(participant)),
                    ComplianceText::missions);
        }
    }
}
