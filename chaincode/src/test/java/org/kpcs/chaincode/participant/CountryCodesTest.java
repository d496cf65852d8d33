package org.kpcs.chaincode.participant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryCodesTest {
    @Test
    void accepts_iso_alpha_2_codes_and_the_european_community() {
        assertThat(CountryCodes.isValid("BW")).isTrue();
        assertThat(CountryCodes.isValid("IN")).isTrue();
        assertThat(CountryCodes.isValid("EU")).isTrue();
    }

    @Test
    void rejects_anything_else() {
        assertThat(CountryCodes.isValid("bw")).isFalse();
        assertThat(CountryCodes.isValid("BWA")).isFalse();
        assertThat(CountryCodes.isValid("XX")).isFalse();
        assertThat(CountryCodes.isValid("")).isFalse();
        assertThat(CountryCodes.isValid(null)).isFalse();
    }
}
