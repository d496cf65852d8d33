package org.kpcs.gateway.cli;

import java.util.Locale;
import org.kpcs.gateway.governance.Governance;
import org.kpcs.protos.ProposeModificationRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kpcs governance propose-modification}, {@code approve-modification} and {@code modifications}: VI 17-19. */
final class ModificationCommands {
    @Command(
            name = "propose-modification",
            description = "As a Participant's delegate, propose to modify the Scheme, at least ninety days before the"
                    + " next Plenary (KPCS VI 18).")
    static final class Propose extends GovernanceCommand.Sub {
        @Parameters(paramLabel = "CODE", description = "Your Participant's code")
        String code;

        @Option(names = "--title", required = true, description = "The proposal's title, for the agenda")
        String title;

        @Option(names = "--document-hash", required = true, description = "SHA-256 (hex) of the proposal's text")
        String documentHash;

        @Override
        void run(final Governance governance, final Output out) {
            out.print(
                    governance.proposeModification(ProposeModificationRequest.newBuilder()
                            .setParticipant(code.toUpperCase(Locale.ROOT))
                            .setTitle(title)
                            .setDocumentSha256(documentHash)
                            .build()),
                    GovernanceText::modification);
        }
    }

    @Command(
            name = "approve-modification",
            description = "As a Participant's delegate, at the Plenary whose agenda it is on (from the meeting's day),"
                    + " approve a proposed modification; the approval of every Participant adopts it (KPCS VI 17).")
    static final class Approve extends GovernanceCommand.Sub {
        @Parameters(paramLabel = "ID", description = "The modification's id (`kpcs governance modifications`)")
        String id;

        @Override
        void run(final Governance governance, final Output out) {
            out.print(governance.approveModification(id), GovernanceText::modification);
        }
    }

    @Command(name = "modifications", description = "Proposed modifications, by the Plenary whose agenda they are on.")
    static final class ListCmd extends GovernanceCommand.Sub {
        @Option(names = "--plenary", defaultValue = "", description = "Only this Plenary's (yyyy-mm-dd)")
        String plenaryDate;

        @Override
        void run(final Governance governance, final Output out) {
            out.print(governance.modifications(plenaryDate), GovernanceText::modifications);
        }
    }
}
