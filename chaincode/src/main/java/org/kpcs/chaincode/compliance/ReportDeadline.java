package org.kpcs.chaincode.compliance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * KPCS VI 15's two deadlines of three weeks: "A report on the results of compliance verification measures is to be
 * forwarded to the Chair and to the Participant concerned within three weeks of completion of the mission", and
 * the report with any comments of that Participant is posted "no later than three weeks after the submission of
 * the report to the Participant concerned". {@code from} is the day of completion, or of the report. Days are
 * the UTC dates of the transactions.
 */
record ReportDeadline(LocalDate from) {
    private static final int WEEKS = 3;

    ReportDeadline {
        Objects.requireNonNull(from, "from");
    }

    /** The last day on time: three weeks after {@code from}. */
    LocalDate due() {
        return from.plusWeeks(WEEKS);
    }

    /** Days after the due date ({@code 0}: the deadline was met). */
    int daysLate(final LocalDate filedOn) {
        return filedOn.isAfter(due()) ? (int) ChronoUnit.DAYS.between(due(), filedOn) : 0;
    }

    /** Nothing filed yet and the due date has passed. */
    boolean overdue(final LocalDate today) {
        return today.isAfter(due());
    }
}
