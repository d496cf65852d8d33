package org.kpcs.gateway.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.kpcs.gateway.client.InputException;
import org.kpcs.gateway.client.KpcsException;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.PrintPayload;

class QrPayloadTest {
    private static final String HASH = "0123456789abcdef".repeat(4);
    private static final String TX = "fedcba9876543210".repeat(4);

    private static InputException refused(final String text) {
        final InputException e = catchThrowableOfType(InputException.class, () -> QrPayload.parse(text));
        assertThat(e).as("refusal of %s", text).isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.QR_PAYLOAD);
        assertThat(e.stage()).isEqualTo(KpcsException.Stage.INPUT);
        return e;
    }

    @Test
    void a_payload_is_formatted_in_the_qr_alphanumeric_set_and_parses_back() {
        final PrintPayload payload = QrPayload.of("BW-2026-000123", HASH, TX);
        final String text = QrPayload.format(payload);
        assertThat(text).isEqualTo("KPC1:BW-2026-000123:" + HASH.toUpperCase() + ":" + TX.toUpperCase());
        assertThat(text).matches("[0-9A-Z $%*+\\-./:]+");
        assertThat(QrPayload.parse(text)).isEqualTo(payload);
        assertThat(payload.getVersion()).isEqualTo(1);
        assertThat(payload.getRecordHash()).isEqualTo(HASH);
        assertThat(payload.getTxId()).isEqualTo(TX);
    }

    @Test
    void surrounding_white_space_and_lower_case_hex_are_accepted() {
        final PrintPayload payload = QrPayload.parse("  KPC1:AE-9:" + HASH + ":" + TX.toUpperCase() + "\n");
        assertThat(payload.getCertificateNumber()).isEqualTo("AE-9");
        assertThat(payload.getRecordHash()).isEqualTo(HASH);
        assertThat(payload.getTxId()).isEqualTo(TX);
    }

    @Test
    void an_empty_payload_is_refused() {
        assertThat(refused("  ").getMessage()).contains("empty");
        assertThat(refused(null).getMessage()).contains("empty");
    }

    @Test
    void a_payload_of_something_else_is_refused_naming_the_expected_prefix() {
        assertThat(refused("https://example.org/x").getMessage())
                .contains("is not the QR code of a printed Kimberley Process Certificate")
                .contains("KPC1:");
        refused("kpc1:BW-1:" + HASH + ":" + TX);
    }

    @Test
    void an_unknown_version_is_refused_with_both_versions_named() {
        assertThat(refused("KPC2:BW-1:" + HASH + ":" + TX).getMessage())
                .contains("version 2")
                .contains("version 1");
    }

    @Test
    void a_wrong_number_of_fields_is_refused() {
        assertThat(refused("KPC1:BW-1:" + HASH).getMessage())
                .contains("4 fields")
                .contains("found 3");
        assertThat(refused("KPC1:BW-1:" + HASH + ":" + TX + ":extra").getMessage())
                .contains("found 5");
    }

    @Test
    void a_malformed_number_is_refused() {
        assertThat(refused("KPC1:bw-1:" + HASH + ":" + TX).getMessage()).contains("certificate number 'bw-1'");
        refused("KPC1::" + HASH + ":" + TX);
        refused("KPC1:" + "B".repeat(41) + ":" + HASH + ":" + TX);
    }

    @Test
    void a_short_or_non_hexadecimal_hash_or_transaction_id_is_refused() {
        assertThat(refused("KPC1:BW-1:" + HASH.substring(1) + ":" + TX).getMessage())
                .contains("record hash")
                .contains("64 hexadecimal digits")
                .contains("found 63");
        assertThat(refused("KPC1:BW-1:" + HASH + ":" + TX.replace('f', 'g')).getMessage())
                .contains("transaction id");
    }
}
