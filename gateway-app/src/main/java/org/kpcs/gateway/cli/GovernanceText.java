package org.kpcs.gateway.cli;

import java.io.PrintWriter;
import org.kpcs.protos.ChairHandOver;
import org.kpcs.protos.ChairRecord;
import org.kpcs.protos.GovernanceEvent;
import org.kpcs.protos.ModificationList;
import org.kpcs.protos.ModificationProposal;
import org.kpcs.protos.Notification;
import org.kpcs.protos.NotificationList;
import org.kpcs.protos.PlenaryMeeting;

/** Governance records for people. */
final class GovernanceText {
    private GovernanceText() {}

    static void chair(final PrintWriter out, final ChairRecord r) {
        out.printf("Chair: %s%n", r.getChairParticipant());
        for (final ChairHandOver h : r.getHandOversList()) {
            out.printf("  %s%n", handOver(h));
        }
    }

    static String handOver(final ChairHandOver h) {
        return "chair " + h.getFromParticipant() + " -> " + h.getToParticipant() + " for " + h.getYear() + " at "
                + Texts.time(h.getHandedOverAt()) + " (election " + h.getProposalId() + ")";
    }

    static void notification(final PrintWriter out, final Notification n) {
        out.printf(
                "Notification of %s, version %d (filed %s by %s)%s%n",
                n.getParticipant(),
                n.getVersion(),
                n.getFiledOn(),
                n.getFiledBy(),
                n.getSupersededByVersion() > 0
                        ? ", superseded by version " + n.getSupersededByVersion() + " on " + n.getSupersededOn()
                        : "");
        n.getAuthoritiesList().forEach(a -> out.printf("  authority:     %s %s%n", a.getRole(), a.getName()));
        n.getLawHashesList().forEach(h -> out.printf("  law (sha256):  %s%n", h));
        out.printf("  laws synopsis: %s%n", n.getLawsSynopsis());
        out.printf("  specimen:      %s%n", n.getCertificateSpecimenSha256());
        if (n.getCertificateFeaturesCount() > 0) {
            out.printf("  features:      %s%n", String.join(", ", n.getCertificateFeaturesList()));
        }
    }

    static void notifications(final PrintWriter out, final NotificationList list) {
        if (list.getNotificationsCount() == 0) {
            out.println("No notification filed.");
        }
        list.getNotificationsList().forEach(n -> notification(out, n));
    }

    static void plenary(final PrintWriter out, final PlenaryMeeting m) {
        out.printf("Next Plenary: %s at %s%n", m.getDate(), m.getVenue());
        out.printf("  recorded by the Chair (%s) at %s%n", m.getRecordedByParticipant(), Texts.time(m.getRecordedAt()));
        if (!m.getMovedFrom().isEmpty()) {
            out.printf(
                    "  moved from %s, with the %d proposed modification(s) on its agenda%n",
                    m.getMovedFrom(), m.getProposalsMoved());
        }
    }

    static void modification(final PrintWriter out, final ModificationProposal p) {
        out.printf("Modification %s by %s: %s%n", p.getId(), p.getParticipant(), p.getTitle());
        out.printf(
                "  on the agenda of the Plenary of %s (proposed %s, %d days before)%n",
                p.getPlenaryDate(), p.getProposedOn(), p.getDaysBeforePlenary());
        if (!p.getFirstPlenaryDate().isEmpty()) {
            out.printf(
                    "  proposed for the Plenary of %s, which the Chair moved%s%n",
                    p.getFirstPlenaryDate(),
                    p.getShortNotice() ? ": SHORT NOTICE, fewer than 90 days before the new date" : "");
        }
        out.printf("  text (sha256): %s%n", p.getDocumentSha256());
        if (p.getAdopted()) {
            out.printf("  ADOPTED by consensus on %s (%d Participants)%n", p.getAdoptedOn(), p.getApprovalsCount());
        } else if (p.getApprovalsCount() > 0) {
            out.printf(
                    "  approved by %d of the %d Participants at the Plenary (%s); every one adopts it%n",
                    p.getApprovalsCount(),
                    p.getElectorateCount(),
                    String.join(
                            ", ",
                            p.getApprovalsList().stream()
                                    .map(a -> a.getParticipantCode())
                                    .toList()));
        }
    }

    static String event(final GovernanceEvent e) {
        return switch (e.getKindCase()) {
            case NOTIFICATION_FILED ->
                "notification of " + e.getNotificationFiled().getParticipant() + ", version "
                        + e.getNotificationFiled().getVersion();
            case PLENARY_SCHEDULED ->
                "next Plenary " + e.getPlenaryScheduled().getDate() + " at "
                        + e.getPlenaryScheduled().getVenue();
            case MODIFICATION_PROPOSED ->
                "modification proposed by " + e.getModificationProposed().getParticipant() + " for the Plenary of "
                        + e.getModificationProposed().getPlenaryDate() + ": "
                        + e.getModificationProposed().getTitle();
            case MODIFICATION_APPROVED ->
                "modification " + e.getModificationApproved().getTitle() + " approved by "
                        + e.getModificationApproved().getApprovalsCount() + " of "
                        + e.getModificationApproved().getElectorateCount() + " Participants"
                        + (e.getModificationApproved().getAdopted() ? ": ADOPTED" : "");
            case KIND_NOT_SET -> "governance event without content";
        };
    }

    static void modifications(final PrintWriter out, final ModificationList list) {
        if (list.getProposalsCount() == 0) {
            out.println("No proposed modifications.");
        }
        list.getProposalsList().forEach(p -> modification(out, p));
    }
}
