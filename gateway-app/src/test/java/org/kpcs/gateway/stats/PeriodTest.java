package org.kpcs.gateway.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kpcs.protos.ReportKind;

class PeriodTest {
    @Test
    void a_quarter_runs_from_its_first_to_its_last_calendar_day() {
        final Period q1 = Period.parse("2028-q1");
        assertThat(q1.label()).isEqualTo("2028-Q1");
        assertThat(q1.firstDay()).isEqualTo(LocalDate.parse("2028-01-01"));
        assertThat(q1.lastDay()).isEqualTo(LocalDate.parse("2028-03-31"));
        assertThat(q1.contains("2028-03-31")).isTrue();
        assertThat(q1.contains("2028-04-01")).isFalse();
        assertThat(q1.contains("2027-12-31")).isFalse();
        assertThat(Period.parse("2026-Q4").lastDay()).isEqualTo(LocalDate.parse("2026-12-31"));
    }

    @Test
    void half_years_and_years_cover_their_months_and_leap_days() {
        assertThat(Period.parse("2028-H1").lastDay()).isEqualTo(LocalDate.parse("2028-06-30"));
        assertThat(Period.parse("2028-H2").firstDay()).isEqualTo(LocalDate.parse("2028-07-01"));
        assertThat(Period.parse("2028").contains("2028-02-29")).isTrue();
        assertThat(Period.parse("2028").lastDay()).isEqualTo(LocalDate.parse("2028-12-31"));
    }

    @Test
    void statistics_are_due_two_months_after_the_period_ends() {
        assertThat(Period.parse("2026-Q4").publicationDue()).isEqualTo(LocalDate.parse("2027-02-28"));
        assertThat(Period.parse("2026-Q2").publicationDue()).isEqualTo(LocalDate.parse("2026-08-31"));
        assertThat(Period.parse("2026-H1").publicationDue()).isEqualTo(LocalDate.parse("2026-08-31"));
        assertThat(Period.quarterOf(LocalDate.parse("2026-08-15")).label()).isEqualTo("2026-Q3");
    }

    @Test
    void a_quarter_has_a_trade_report_a_half_year_a_production_report_and_a_year_none() {
        assertThat(Period.parse("2026-q3").reportKind()).isEqualTo(ReportKind.TRADE);
        assertThat(Period.parse("2026-H2").reportKind()).isEqualTo(ReportKind.PRODUCTION);
        assertThat(Period.parse("2026").reportKind()).isEqualTo(ReportKind.REPORT_KIND_UNSPECIFIED);
    }

    @Test
    void anything_but_a_quarter_a_half_or_a_year_is_refused_with_the_forms_allowed() {
        assertThatThrownBy(() -> Period.parse("2026-Q5")).hasMessageContaining("2026-Q1");
        assertThatThrownBy(() -> Period.parse("2026-H3")).hasMessageContaining("two halves");
        assertThatThrownBy(() -> Period.parse("Q1-2026")).hasMessageContaining("a half-year (2026-H1)");
        assertThat(Period.parse("2026").contains("")).isFalse();
        assertThat(Period.parse("2026").contains("not a date")).isFalse();
    }
}
