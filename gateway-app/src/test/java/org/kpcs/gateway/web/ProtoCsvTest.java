package org.kpcs.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.util.Timestamps;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpcs.gateway.client.InputException;
import org.kpcs.protos.CertificatePage;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.Firm;
import org.kpcs.protos.FirmPage;
import org.kpcs.protos.Sanction;
import org.kpcs.protos.StatisticsLine;
import org.kpcs.protos.TradeStatistics;
import org.kpcs.protos.VerificationReport;

/** The dashboard's CSV downloads: the same message as the page, one repeated field as a table. */
class ProtoCsvTest {
    @TempDir
    Path folder;

    @Test
    void a_table_has_a_column_per_field_and_a_row_per_element() {
        final TradeStatistics stats = TradeStatistics.newBuilder()
                .addExports(StatisticsLine.newBuilder()
                        .setPartner("AE")
                        .setOrigin("MIXED")
                        .addMixedOrigins("BW")
                        .addMixedOrigins("CD")
                        .setHsCode("7102.31")
                        .setCertificates(2)
                        .setCaratWeightMilli(1_250_500))
                .build();
        assertThat(ProtoCsv.table(stats, "exports"))
                .isEqualTo("partner,origin,mixed_origins,hs_code,certificates,carat_weight_milli,value_usd_cents\r\n"
                        + "AE,MIXED,BW CD,7102.31,2,1250500,0\r\n");
    }

    @Test
    void nested_records_are_flattened_with_enums_by_name_and_timestamps_in_iso() {
        final CertificatePage page = CertificatePage.newBuilder()
                .addCertificates(CertificateView.newBuilder()
                        .setStatus(CertificateStatus.CONFIRMED)
                        .setCertificate(org.kpcs.protos.Certificate.newBuilder()
                                .setNumber("BW-1")
                                .setIssuedAt(Timestamps.fromMillis(1_764_633_600_000L))))
                .build();
        final String csv = ProtoCsv.table(page, "certificates");
        final String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("certificate.title,certificate.number,").contains(",status");
        final java.util.List<String> header = java.util.List.of(lines[0].split(",", -1));
        final java.util.List<String> row = java.util.List.of(lines[1].split(",", -1));
        assertThat(row.get(header.indexOf("certificate.number"))).isEqualTo("BW-1");
        assertThat(row.get(header.indexOf("certificate.issued_at"))).isEqualTo("2025-12-02T00:00:00Z");
        assertThat(row.get(header.indexOf("status"))).isEqualTo("CONFIRMED");
    }

    @Test
    void cells_are_quoted_and_formulas_are_defused() {
        final FirmPage page = FirmPage.newBuilder()
                .addFirms(Firm.newBuilder()
                        .setFirmId("=HYPERLINK(\"x\")")
                        .setName("Gems, \"Ltd\"")
                        .addSanctions(Sanction.newBuilder().setReason("fraud")))
                .build();
        final String row = ProtoCsv.table(page, "firms").split("\r\n")[1];
        assertThat(row).startsWith("\"'=HYPERLINK(\"\"x\"\")\",\"Gems, \"\"Ltd\"\"\",");
        assertThat(row).contains("[reason: \"\"fraud\"\"]");
    }

    @Test
    void an_empty_table_still_has_its_header_and_a_list_of_strings_is_one_column() {
        assertThat(ProtoCsv.table(TradeStatistics.getDefaultInstance(), "imports"))
                .startsWith("partner,origin,")
                .doesNotContain("\r\nAE");
        assertThat(ProtoCsv.table(
                        VerificationReport.newBuilder().addOpenDisputes("IN-1").build(), "open_disputes"))
                .isEqualTo("open_disputes\r\nIN-1\r\n");
    }

    @Test
    void a_field_that_is_not_a_table_is_refused_with_its_name() {
        assertThatThrownBy(() -> ProtoCsv.table(TradeStatistics.getDefaultInstance(), "export_total"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("TradeStatistics has no table 'export_total'");
        assertThatThrownBy(() -> ProtoCsv.table(TradeStatistics.getDefaultInstance(), "nothing"))
                .hasMessage("TradeStatistics has no table 'nothing'");
    }

    @Test
    void a_tls_key_pair_that_is_not_pem_is_refused_saying_what_to_give() throws Exception {
        final Path cert = Files.writeString(folder.resolve("cert.pem"), "not a certificate", StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> TlsFiles.serverContext(cert, cert))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("as the dashboard's TLS key pair")
                .hasMessageContaining("--web-tls-cert, --web-tls-key");
    }
}
