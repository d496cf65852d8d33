package org.kpcs.chaincode.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.junit.jupiter.api.Test;
import org.kpcs.protos.ReportKind;

class ReportingPeriodTest {
    private static ReportingPeriod trade(final String label) {
        return ReportingPeriod.of(ReportKind.TRADE, label);
    }

    private static ReportingPeriod production(final String label) {
        return ReportingPeriod.of(ReportKind.PRODUCTION, label);
    }

    @Test
    void trade_reports_are_quarterly_and_production_reports_semi_annual() {
        assertThat(trade("2026-Q2").firstDay()).isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(trade("2026-Q2").lastDay()).isEqualTo(LocalDate.parse("2026-06-30"));
        assertThat(production("2026-H2").firstDay()).isEqualTo(LocalDate.parse("2026-07-01"));
        assertThat(production("2026-H2").lastDay()).isEqualTo(LocalDate.parse("2026-12-31"));
        for (final String wrong : new String[] {"2026-H1", "2026-Q5", "2026", "26-Q1", "", "1999-Q4"}) {
            assertThatThrownBy(() -> trade(wrong)).isInstanceOf(ChaincodeException.class);
        }
        for (final String wrong : new String[] {"2026-Q1", "2026-H3", "2026-h1"}) {
            assertThatThrownBy(() -> production(wrong)).hasMessageStartingWith("INVALID_ARGUMENT");
        }
        assertThatThrownBy(() -> ReportingPeriod.of(ReportKind.REPORT_KIND_UNSPECIFIED, "2026-Q1"))
                .hasMessageContaining("TRADE or PRODUCTION");
    }

    @Test
    void a_report_is_due_on_the_last_day_of_the_two_months_after_its_period() {
        assertThat(trade("2026-Q1").due()).isEqualTo(LocalDate.parse("2026-05-31"));
        assertThat(trade("2026-Q2").due()).isEqualTo(LocalDate.parse("2026-08-31"));
        assertThat(trade("2026-Q3").due()).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(trade("2027-Q4").due()).isEqualTo(LocalDate.parse("2028-02-29"));
        assertThat(production("2026-H1").due()).isEqualTo(LocalDate.parse("2026-08-31"));
    }

    @Test
    void days_late_count_from_the_due_date() {
        final ReportingPeriod q1 = trade("2026-Q1");
        assertThat(q1.daysLate(LocalDate.parse("2026-05-31"))).isZero();
        assertThat(q1.daysLate(LocalDate.parse("2026-06-01"))).isEqualTo(1);
        assertThat(q1.daysLate(LocalDate.parse("2026-12-02"))).isEqualTo(185);
    }

    @Test
    void a_report_follows_its_period_and_a_notice_may_come_once_it_has_begun() {
        final ReportingPeriod q1 = trade("2026-Q1");
        assertThatThrownBy(() -> q1.requireEnded(LocalDate.parse("2026-03-31")))
                .hasMessageStartingWith("PERIOD_NOT_ENDED")
                .hasMessageContaining("from 2026-04-01");
        q1.requireEnded(LocalDate.parse("2026-04-01"));
        assertThatThrownBy(() -> q1.requireBegun(LocalDate.parse("2025-12-31")))
                .hasMessageStartingWith("PERIOD_NOT_ENDED");
        q1.requireBegun(LocalDate.parse("2026-01-01"));
    }
}
