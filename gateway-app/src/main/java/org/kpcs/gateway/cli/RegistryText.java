package org.kpcs.gateway.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import org.kpcs.protos.Application;
import org.kpcs.protos.Participant;
import org.kpcs.protos.ParticipantList;
import org.kpcs.protos.PlenaryApproval;
import org.kpcs.protos.StatusProposal;
import org.kpcs.protos.StatusProposalList;

/** The Participant registry for people: aligned text, one record or one table at a time. */
final class RegistryText {
    private RegistryText() {}

    static void participants(final PrintWriter out, final ParticipantList list) {
        out.printf("%-5s %-28s %-10s %-10s%n", "CODE", "NAME", "MSP", "STATUS");
        for (final Participant p : list.getParticipantsList()) {
            out.printf("%-5s %-28s %-10s %-10s%n", p.getCode(), p.getName(), p.getMspId(), p.getStatus());
        }
        out.printf("%d Participants%n", list.getParticipantsCount());
    }

    static void participant(final PrintWriter out, final Participant p) {
        out.printf("Participant %s (%s)%n", p.getCode(), p.getName());
        out.printf("  organisation:  %s%n", p.getMspId());
        out.printf("  status:        %s%n", p.getStatus());
        out.printf("  registered:    %s%n", Texts.time(p.getRegisteredAt()));
        out.printf("  last change:   %s (tx %s)%n", Texts.time(p.getUpdatedAt()), p.getLastTxId());
        if (!p.getLastDecisionId().isEmpty()) {
            out.printf("  last decision: %s%n", p.getLastDecisionId());
        }
        p.getAuthoritiesList().forEach(a -> out.printf("  authority:     %s %s%n", a.getRole(), a.getName()));
        p.getLawHashesList().forEach(h -> out.printf("  law (sha256):  %s%n", h));
        if (p.hasApplication()) {
            application(out, p.getApplication());
        }
        if (p.hasWithdrawal()) {
            out.printf(
                    "  withdrew:      notified %s, recorded %s by %s%s%n",
                    p.getWithdrawal().getNotifiedOn(),
                    Texts.time(p.getWithdrawal().getRecordedAt()),
                    p.getWithdrawal().getRecordedBy(),
                    p.getWithdrawal().getReason().isEmpty()
                            ? ""
                            : " (" + p.getWithdrawal().getReason() + ")");
        }
    }

    private static void application(final PrintWriter out, final Application a) {
        out.printf(
                "  application:   notified %s, circulated %s (%s a month)%n",
                a.getNotifiedOn(), Texts.time(a.getCirculatedAt()), a.getCirculatedWithinMonth() ? "within" : "after");
        out.printf("  laws synopsis: %s%n", a.getLawsSynopsis());
        if (a.hasAdmittedAt()) {
            out.printf("  admitted:      %s%n", Texts.time(a.getAdmittedAt()));
        }
        if (a.hasAccededAt()) {
            out.printf("  acceded:       %s by %s%n", Texts.time(a.getAccededAt()), a.getAccededBy());
        }
    }

    static void proposal(final PrintWriter out, final StatusProposal p) {
        out.printf(
                "Proposal %s: %s -> %s [%s]%n",
                p.getId(),
                p.getParticipantCode(),
                p.getChairYear() != 0 ? "Chair for " + p.getChairYear() : p.getProposedStatus(),
                p.getState());
        out.printf("  reason:      %s%n", p.getReason());
        out.printf(
                "  proposed by: the Chair (%s) at %s%n", p.getProposedByParticipant(), Texts.time(p.getProposedAt()));
        out.printf(
                "  approvals:   %d of %d needed (electorate: %s)%n",
                p.getApprovalsCount(), p.getRequiredApprovals(), String.join(", ", p.getElectorateList()));
        if (p.getApprovalsCount() > 0) {
            out.printf(
                    "  approved by: %s%n",
                    p.getApprovalsList().stream()
                            .map(PlenaryApproval::getParticipantCode)
                            .collect(Collectors.joining(", ")));
        }
        if (p.hasAdoptedAt()) {
            out.printf("  adopted at:  %s%n", Texts.time(p.getAdoptedAt()));
        }
    }

    static void proposals(final PrintWriter out, final StatusProposalList list) {
        if (list.getProposalsCount() == 0) {
            out.println("No open status proposals.");
        }
        list.getProposalsList().forEach(p -> proposal(out, p));
    }
}
