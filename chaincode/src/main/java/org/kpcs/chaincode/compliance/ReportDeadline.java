package org.kpcs.chaincode.compliance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * KPCS VI 15: "A report on the results of compliance verification measures is to be forwarded to the Chair and to
 * the Participant concerned within three weeks of completion of the mission." Days are the UTC dates of the
 * transactions that completed the mission and filed the report.
 */
record ReportDeadline(LocalDate completedOn) {
    private static final int WEEKS = 3;

    ReportDeadline {
        Objects.requireNonNull(completedOn, "completedOn");
    }

    /** The last day the report is on time: three weeks after the day of completion. */
    LocalDate due() {
        return completedOn.plusWeeks(WEEKS);
    }

    /** Days after the due date ({@code 0}: the deadline was met). */
    int daysLate(final LocalDate filedOn) {
        return filedOn.isAfter(due()) ? (int) ChronoUnit.DAYS.between(due(), filedOn) : 0;
    }

    /** No report yet and the due date has passed. */
    boolean overdue(final LocalDate today) {
        return today.isAfter(due());
    }
}
