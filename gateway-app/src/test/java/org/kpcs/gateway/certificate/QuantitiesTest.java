package org.kpcs.gateway.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuantitiesTest {
    @Test
    void carats_are_converted_exactly_to_thousandths() {
        assertThat(Quantities.caratsToMilli("12500.25")).isEqualTo(12_500_250);
        assertThat(Quantities.caratsToMilli("0.001")).isEqualTo(1);
        assertThat(Quantities.caratsToMilli(" 7 ")).isEqualTo(7_000);
        assertThat(Quantities.formatCarats(12_500_250)).isEqualTo("12500.250");
    }

    @Test
    void more_precision_than_the_ledger_keeps_is_refused_not_rounded() {
        assertThatThrownBy(() -> Quantities.caratsToMilli("1.0005"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("thousandths of a carat");
        assertThatThrownBy(() -> Quantities.usdToCents("10.001")).hasMessageContaining("cents");
    }

    @Test
    void text_that_is_not_a_number_is_refused() {
        assertThatThrownBy(() -> Quantities.caratsToMilli("twelve")).hasMessageContaining("is not a number");
        assertThatThrownBy(() -> Quantities.usdToCents("")).hasMessageContaining("is not a number");
    }

    @Test
    void dollars_are_converted_to_cents() {
        assertThat(Quantities.usdToCents("18750000.00")).isEqualTo(1_875_000_000L);
        assertThat(Quantities.formatUsd(1_875_000_000L)).isEqualTo("18750000.00");
    }
}
