package org.kpcs.chaincode.industry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpcs.protos.SourceDraw;
import org.kpcs.protos.SourceKind;
import org.kpcs.protos.WarrantyStatementVersion;

class WarrantyRulesTest {
    private static SourceDraw draw(final SourceKind kind, final String ref, final long milli) {
        return SourceDraw.newBuilder()
                .setKind(kind)
                .setRef(ref)
                .setCaratWeightMilli(milli)
                .build();
    }

    @Test
    void each_statement_version_has_its_exact_text() {
        assertThat(WarrantyRules.statement(WarrantyStatementVersion.WDC_2002))
                .contains("in compliance with United Nations resolutions")
                .contains("based on personal knowledge and/or written guarantees");
        assertThat(WarrantyRules.statement(WarrantyStatementVersion.SOW_REVISED))
                .contains("in accordance with the Kimberley Process Certification Scheme")
                .contains("WDC SoW Guidelines");
    }

    @Test
    void an_unknown_statement_version_is_refused() {
        assertThatThrownBy(
                        () -> WarrantyRules.statement(WarrantyStatementVersion.WARRANTY_STATEMENT_VERSION_UNSPECIFIED))
                .hasMessageStartingWith("INVALID_ARGUMENT:")
                .hasMessageContaining("WDC_2002 or SOW_REVISED");
        assertThatThrownBy(() -> WarrantyRules.statement(WarrantyStatementVersion.UNRECOGNIZED))
                .hasMessageStartingWith("INVALID_ARGUMENT:");
    }

    @Test
    void sources_add_up_and_must_be_distinct_positive_and_not_the_record_itself() {
        assertThat(WarrantyRules.checkSources(
                        "INV-9",
                        List.of(draw(SourceKind.CERTIFICATE, "BW-1", 1_500), draw(SourceKind.INVOICE, "INV-1", 1))))
                .isEqualTo(1_501);
        assertThatThrownBy(() -> WarrantyRules.checkSources("INV-9", List.of()))
                .hasMessageContaining("names its sources");
        assertThatThrownBy(() -> WarrantyRules.checkSources("INV-9", List.of(draw(SourceKind.INVOICE, "INV-9", 1))))
                .hasMessageStartingWith("SOURCE_CYCLE:");
        assertThatThrownBy(() -> WarrantyRules.checkSources(
                        "INV-9", List.of(draw(SourceKind.INVOICE, "INV-1", 1), draw(SourceKind.INVOICE, "INV-1", 2))))
                .hasMessageStartingWith("SOURCE_CYCLE:")
                .hasMessageContaining("cited twice");
        assertThatThrownBy(() -> WarrantyRules.checkSources("INV-9", List.of(draw(SourceKind.INVOICE, "INV-1", 0))))
                .hasMessageContaining("must be positive");
        assertThatThrownBy(() ->
                        WarrantyRules.checkSources("INV-9", List.of(draw(SourceKind.SOURCE_KIND_UNSPECIFIED, "X", 1))))
                .hasMessageContaining("CERTIFICATE, INVOICE or TRANSFORMATION");
    }

    @Test
    void the_same_reference_under_two_kinds_is_two_sources() {
        assertThat(WarrantyRules.checkSources(
                        "INV-9",
                        List.of(draw(SourceKind.INVOICE, "X-1", 1), draw(SourceKind.TRANSFORMATION, "X-1", 1))))
                .isEqualTo(2);
    }

    @Test
    void invoice_documents_are_recorded_by_their_sha256() {
        WarrantyRules.checkDocumentHash("0123456789abcdef".repeat(4));
        assertThatThrownBy(() -> WarrantyRules.checkDocumentHash("0123456789ABCDEF".repeat(4)))
                .hasMessageContaining("SHA-256");
        assertThatThrownBy(() -> WarrantyRules.checkDocumentHash("abc")).hasMessageContaining("SHA-256");
        assertThatThrownBy(() -> WarrantyRules.checkDocumentHash(null)).hasMessageContaining("SHA-256");
    }

    @Test
    void ids_are_plain_identifiers() {
        WarrantyRules.checkId("invoice id", "INV/2026.03_01-A");
        assertThatThrownBy(() -> WarrantyRules.checkId("invoice id", "INV 1")).hasMessageContaining("invoice id");
        assertThatThrownBy(() -> WarrantyRules.checkId("invoice id", "INV~1")).hasMessageContaining("invoice id");
        assertThatThrownBy(() -> WarrantyRules.checkId("invoice id", "")).hasMessageContaining("invoice id");
    }
}
