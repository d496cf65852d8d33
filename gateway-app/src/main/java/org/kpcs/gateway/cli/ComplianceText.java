package org.kpcs.gateway.cli;

import java.io.PrintWriter;
import org.kpcs.protos.ComplianceEvent;
import org.kpcs.protos.ConcernList;
import org.kpcs.protos.ConcernMarker;
import org.kpcs.protos.ConcernView;
import org.kpcs.protos.DialogueEntry;
import org.kpcs.protos.MissionList;
import org.kpcs.protos.MissionState;
import org.kpcs.protos.MissionView;
import org.kpcs.protos.ReviewMission;

/** Compliance concerns and review missions, for people. */
final class ComplianceText {
    private ComplianceText() {}

    static void marker(final PrintWriter out, final ConcernMarker m) {
        out.println(summary(m));
    }

    /** One line: id, state, who raised it and when, entries, and the hash of the confidential file. */
    static String summary(final ConcernMarker m) {
        return String.format(
                "%s %s raised by %s on %s with the Chair (%s); %d entr%s, last %s%s; file SHA-256 %s",
                m.getId(),
                state(m),
                m.getRaisedByParticipant(),
                m.getRaisedOn(),
                m.getChair(),
                m.getEntries(),
                m.getEntries() == 1 ? "y" : "ies",
                m.getLastEntryOn(),
                m.getClosedOn().isEmpty() ? "" : ", closed " + m.getClosedOn(),
                m.getFileSha256());
    }

    static void concerns(final PrintWriter out, final ConcernList list) {
        if (list.getConcernsCount() == 0) {
            out.println("no compliance concerns");
        }
        list.getConcernsList().forEach(m -> out.println(summary(m)));
    }

    static void concern(final PrintWriter out, final ConcernView v) {
        out.println(summary(v.getMarker()));
        out.println("  concerning " + v.getFile().getConcernedParticipant() + " (confidential)");
        for (final DialogueEntry e : v.getFile().getDialogueList()) {
            out.println("  " + e.getOn() + " " + e.getParticipant() + " " + e.getRole() + ": " + e.getText());
        }
    }

    static void mission(final PrintWriter out, final ReviewMission m) {
        out.println(summary(m));
    }

    /**
     * One line: id, Participant, state, the Plenary's approvals until it decided, the steps' dates and the report's
     * deadline met, missed or overdue.
     */
    static String summary(final ReviewMission m) {
        final StringBuilder line = new StringBuilder(m.getId() + " to " + m.getParticipant() + " "
                + m.getState().name().replace("MISSION_", "") + ", recommended " + m.getProposedOn());
        if (m.getState() == MissionState.MISSION_PROPOSED && m.getRequiredApprovals() > 0) {
            line.append(", approved by ")
                    .append(m.getApprovalsCount())
                    .append(" of the ")
                    .append(m.getRequiredApprovals())
                    .append(" Participants the Plenary's decision needs");
        }
        append(line, "withdrawn", m.getWithdrawnOn());
        append(line, "decided", m.getDecidedOn());
        append(line, "consented", m.getConsentedOn());
        append(line, "started", m.getStartedOn());
        append(line, "completed", m.getCompletedOn());
        append(line, "report due", m.getReportDue());
        if (!m.getReportFiledOn().isEmpty()) {
            line.append(", report filed ")
                    .append(m.getReportFiledOn())
                    .append(
                            m.getReportMet()
                                    ? " (deadline MET)"
                                    : " (deadline MISSED by " + m.getReportDaysLate() + " day(s))");
        } else if (m.getReportOverdue()) {
            line.append(", report OVERDUE");
        }
        append(line, "posting due", m.getPostingDue());
        if (!m.getCommentsFiledOn().isEmpty()) {
            line.append(", comments filed ")
                    .append(m.getCommentsFiledOn())
                    .append(m.getCommentsDaysLate() == 0 ? "" : " (" + m.getCommentsDaysLate() + " day(s) late)");
        }
        return line.toString();
    }

    static void missions(final PrintWriter out, final MissionList list) {
        if (list.getMissionsCount() == 0) {
            out.println("no review missions");
        }
        list.getMissionsList().forEach(m -> out.println(summary(m)));
    }

    static void missionFile(final PrintWriter out, final MissionView v) {
        out.println(summary(v.getMission()));
        out.println("  terms of reference: " + v.getTerms().getText());
        if (v.hasReport()) {
            out.println("  report: " + v.getReport().getText());
        }
        if (v.hasComments()) {
            out.println("  comments of " + v.getMission().getParticipant() + ": "
                    + v.getComments().getText());
        }
    }

    static String event(final ComplianceEvent e) {
        return e.hasConcern() ? "concern " + summary(e.getConcern()) : "mission " + summary(e.getMission());
    }

    private static void append(final StringBuilder line, final String step, final String day) {
        if (!day.isEmpty()) {
            line.append(", ").append(step).append(' ').append(day);
        }
    }

    private static String state(final ConcernMarker m) {
        return m.getState().name().replace("CONCERN_STATE_", "");
    }
}
