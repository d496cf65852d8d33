package org.kpcs.chaincode.industry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kpcs.chaincode.testing.Chain.draw;
import static org.kpcs.chaincode.testing.Chain.warranty;
import static org.kpcs.chaincode.testing.Trade.NUMBER;
import static org.kpcs.chaincode.testing.Trade.ok;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kpcs.chaincode.testing.Chain;
import org.kpcs.chaincode.testing.FakeFabric;
import org.kpcs.chaincode.testing.Kp;
import org.kpcs.chaincode.testing.Requests;
import org.kpcs.chaincode.testing.Result;
import org.kpcs.protos.SourceKind;

/** Every source is checked before any is drawn; no backdating before acquisition or into an attested year. */
class WarrantyGuardsTest {
    private final FakeFabric fabric = Chain.imported();

    @Test
    void an_over_drawn_second_source_leaves_the_first_untouched() {
        ok(fabric.submit(
                Kp.GULF,
                "Warranties:IssueWarranty",
                warranty("INV-1", "AE-F-GULF", "AE-F-TRADE", draw(SourceKind.CERTIFICATE, NUMBER, 1_000_000))
                        .build()));
        ok(fabric.submit(
                Kp.GULF,
                "Warranties:IssueWarranty",
                warranty("INV-2", "AE-F-GULF", "AE-F-TRADE", draw(SourceKind.CERTIFICATE, NUMBER, 1_000_000))
                        .build()));
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Result result = fabric.submit(
                Kp.TRADER,
                "Warranties:IssueWarranty",
                warranty(
                                "INV-3",
                                "AE-F-TRADE",
                                "IN-F-CUT",
                                draw(SourceKind.INVOICE, "INV-1", 1_000_000),
                                draw(SourceKind.INVOICE, "INV-2", 1_000_001))
                        .build());
        assertThat(result.errorCode()).isEqualTo("OVER_WARRANTED");
        assertThat(fabric.snapshot())
                .as("nothing written, not even the first draw")
                .isEqualTo(before);
    }

    @Test
    void a_warranty_cannot_be_dated_before_its_source_was_acquired() {
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Result result = fabric.submit(
                Kp.GULF,
                "Warranties:IssueWarranty",
                warranty("INV-OLD", "AE-F-GULF", "AE-F-TRADE", draw(SourceKind.CERTIFICATE, NUMBER, 1))
                        .setInvoiceDate("2025-06-01")
                        .build());
        assertThat(result.errorCode()).isEqualTo("INVALID_ARGUMENT");
        assertThat(result.message()).contains("before AE-F-GULF acquired");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    @Test
    void nothing_may_be_dated_into_an_attested_year() {
        ok(fabric.submit(
                Kp.AUDITOR,
                "Warranties:RecordAttestation",
                Requests.recordAttestation("AE-F-TRADE", 2026, "Audit & Co", "e".repeat(64), "closed")));
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Result result = fabric.submit(
                Kp.GULF,
                "Warranties:IssueWarranty",
                warranty("INV-LATE", "AE-F-GULF", "AE-F-TRADE", draw(SourceKind.CERTIFICATE, NUMBER, 1))
                        .build());
        assertThat(result.errorCode()).isEqualTo("ALREADY_ATTESTED");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }
}
