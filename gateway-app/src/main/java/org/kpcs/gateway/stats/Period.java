package org.kpcs.gateway.stats;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kpcs.protos.ReportKind;

/**
 * A reference period of Annex III: a quarter ({@code 2026-Q1}) for trade statistics (Annex III (a)), a half-year
 * ({@code 2026-H1}) for production (Annex III (c)), or a calendar year ({@code 2026}). Periods are calendar
 * dates in UTC, the dates the ledger records (the issuing or confirming transaction's UTC date).
 */
public record Period(String label, LocalDate firstDay, LocalDate lastDay) {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-([QH])([1-4]))?");

    public Period {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
    }

    /** Reads {@code 2026-Q3}, {@code 2026-H2} or {@code 2026}; anything else is refused with the forms allowed. */
    public static Period parse(final String text) {
        final Matcher m =
                FORM.matcher(Objects.requireNonNull(text, "period").strip().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "period '" + text + "' is not a quarter (2026-Q1), a half-year (2026-H1) or a year (2026)");
        }
        final int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return new Period(m.group(1), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        final int n = Integer.parseInt(m.group(3));
        final int months = "Q".equals(m.group(2)) ? 3 : 6;
        if (n > 12 / months) {
            throw new IllegalArgumentException("period '" + text + "': a year has only two halves (H1, H2)");
        }
        final LocalDate first = LocalDate.of(year, (n - 1) * months + 1, 1);
        return new Period(m.group(0), first, first.plusMonths(months).minusDays(1));
    }

    /** The quarter that holds the day. */
    public static Period quarterOf(final LocalDate day) {
        return parse(day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1));
    }

    /** Whether an ISO date (yyyy-mm-dd) falls in the period; an empty or malformed date never does. */
    public boolean contains(final String isoDate) {
        if (isoDate == null || isoDate.isEmpty()) {
            return false;
        }
        try {
            final LocalDate day = LocalDate.parse(isoDate);
            return !day.isBefore(firstDay) && !day.isAfter(lastDay);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Annex III (a), (c): statistics are published within two months of the end of the reference period. */
    public LocalDate publicationDue() {
        return lastDay.plusDays(1).plusMonths(2).minusDays(1);
    }

    /** The report filed for the period: TRADE for a quarter, PRODUCTION for a half-year, none for a year. */
    public ReportKind reportKind() {
        if (label.contains("-Q")) {
            return ReportKind.TRADE;
        }
        return label.contains("-H") ? ReportKind.PRODUCTION : ReportKind.REPORT_KIND_UNSPECIFIED;
    }
}
