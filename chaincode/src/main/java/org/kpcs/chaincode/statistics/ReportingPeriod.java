package org.kpcs.chaincode.statistics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.ReportKind;

/**
 * The reference period of an Annex III report: a quarter ({@code 2026-Q1}) for trade statistics (Annex III (a)),
 * a half-year ({@code 2026-H1}) for production statistics (Annex III (c)). Days are UTC calendar dates, as the
 * ledger dates every transaction.
 */
record ReportingPeriod(String label, LocalDate firstDay, LocalDate lastDay) {
    private static final Pattern FORM = Pattern.compile("(\\d{4})-([QH])([1-4])");
    /** Annex III (a), (c): statistics are published within two months of the reference period. */
    private static final int MONTHS_TO_PUBLISH = 2;

    ReportingPeriod {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
    }

    /**
     * Annex III (a): trade statistics are quarterly; Annex III (c): production statistics semi-annual. A report
     * of the other length, or a year before the scheme (2000 onwards), is refused.
     */
    static ReportingPeriod of(final ReportKind kind, final String text) {
        final boolean quarterly = kind == ReportKind.TRADE;
        if (!quarterly && kind != ReportKind.PRODUCTION) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "name the report's kind: TRADE or PRODUCTION");
        }
        final Matcher m = FORM.matcher(text == null ? "" : text);
        final int months = quarterly ? 3 : 6;
        if (!m.matches() || (m.group(2).charAt(0) == 'Q') != quarterly || Integer.parseInt(m.group(3)) > 12 / months) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "period '" + text + "' is not a "
                            + (quarterly
                                    ? "quarter such as 2026-Q1 (trade statistics are" + " quarterly, Annex III (a))"
                                    : "half-year such as 2026-H1 (production statistics are"
                                            + " semi-annual, Annex III (c))"));
        }
        final int year = Integer.parseInt(m.group(1));
        if (year < 2000) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "period " + text + " is before the scheme (2000 onwards)");
        }
        final LocalDate first = LocalDate.of(year, (Integer.parseInt(m.group(3)) - 1) * months + 1, 1);
        return new ReportingPeriod(text, first, first.plusMonths(months).minusDays(1));
    }

    /** Annex III (a), (c): the last day of the two months after the period. */
    LocalDate due() {
        return lastDay.plusDays(1).plusMonths(MONTHS_TO_PUBLISH).minusDays(1);
    }

    /** Days after the due date ({@code 0} when on time). */
    int daysLate(final LocalDate filedOn) {
        return filedOn.isAfter(due()) ? (int) ChronoUnit.DAYS.between(due(), filedOn) : 0;
    }

    /** Annex III (a), (c): statistics "of the reference period" are published after it, so filed after it ends. */
    void requireEnded(final LocalDate today) {
        if (!today.isAfter(lastDay)) {
            throw Refusal.of(
                    ErrorCode.PERIOD_NOT_ENDED,
                    "period " + label + " ends on " + lastDay + "; its report can be filed from "
                            + lastDay.plusDays(1));
        }
    }

    /** A notice may come as soon as the period has begun (Annex III (c): "immediately"), never before. */
    void requireBegun(final LocalDate today) {
        if (today.isBefore(firstDay)) {
            throw Refusal.of(
                    ErrorCode.PERIOD_NOT_ENDED, "period " + label + " begins on " + firstDay + "; it has not begun");
        }
    }
}
