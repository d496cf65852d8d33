package org.kpcs.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.kpcs.gateway.client.EndorsementException;
import org.kpcs.gateway.events.LedgerEvents;
import org.kpcs.protos.CertificateEvent;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.Participant;

/** What scripts read with --json. */
class JsonPrinterTest {
    private final StringWriter out = new StringWriter();
    private final PrintWriter writer = new PrintWriter(out, true);

    @Test
    void a_record_prints_every_field_even_when_empty() {
        JsonPrinter.print(writer, Participant.newBuilder().setCode("BW").build());
        assertThat(out.toString()).contains("\"code\": \"BW\"").contains("\"lastTxId\": \"\"");
    }

    @Test
    void an_error_is_one_line_with_its_stage_and_code_and_an_escaped_message() {
        JsonPrinter.error(writer, new EndorsementException(ErrorCode.ROLE_REQUIRED, "needs \"chair\"\nrole", null));
        assertThat(out.toString())
                .isEqualTo("{\"error\":{\"stage\":\"ENDORSEMENT\",\"code\":\"ROLE_REQUIRED\","
                        + "\"message\":\"needs \\\"chair\\\"\\nrole\"}}\n");
    }

    @Test
    void an_event_is_one_compact_line_with_its_decoded_payload() {
        JsonPrinter.event(
                writer,
                new LedgerEvents.Received(
                        7,
                        "tx9",
                        "CertificateEvent",
                        CertificateEvent.newBuilder()
                                .setCertificateNumber("BW-1")
                                .setStatus(CertificateStatus.ISSUED)
                                .build()));
        assertThat(out.toString().lines()).hasSize(1);
        assertThat(out.toString())
                .startsWith("{\"block\":7,\"txId\":\"tx9\",\"name\":\"CertificateEvent\",\"payload\":{")
                .contains("\"certificateNumber\":\"BW-1\"")
                .contains("\"status\":\"ISSUED\"");
    }
}
