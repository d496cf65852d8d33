package org.kpcs.chaincode.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** KPCS VI 15: the report is due within three weeks of the mission's completion. */
class ReportDeadlineTest {
    private final ReportDeadline deadline = new ReportDeadline(LocalDate.parse("2026-03-02"));

    @Test
    void the_report_is_due_three_weeks_after_completion() {
        assertThat(deadline.due()).isEqualTo(LocalDate.parse("2026-03-23"));
    }

    @Test
    void a_report_on_the_due_date_meets_it_and_a_day_later_misses_it() {
        assertThat(deadline.daysLate(LocalDate.parse("2026-03-02"))).isZero();
        assertThat(deadline.daysLate(LocalDate.parse("2026-03-23"))).isZero();
        assertThat(deadline.daysLate(LocalDate.parse("2026-03-24"))).isEqualTo(1);
        assertThat(deadline.daysLate(LocalDate.parse("2026-04-23"))).isEqualTo(31);
    }

    @Test
    void an_unreported_mission_is_overdue_only_after_the_due_date() {
        assertThat(deadline.overdue(LocalDate.parse("2026-03-23"))).isFalse();
        assertThat(deadline.overdue(LocalDate.parse("2026-03-24"))).isTrue();
    }
}
