package org.kpcs.gateway.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.PartyIdentification;
import org.kpcs.protos.PrintPayload;

class CertificatePdfTest {
    private static final CommercialDetails DETAILS = CommercialDetails.newBuilder()
            .setValueUsdCents(1_875_000_000L)
            .setExporter(PartyIdentification.newBuilder()
                    .setName("Okavango Diamond Company")
                    .setLicenceNumber("L-7"))
            .setImporter(PartyIdentification.newBuilder().setName("Gulf Rough Trading DMCC"))
            .setInvoiceReference("INV-4711")
            .setSalt("0123456789abcdef")
            .build();
    private static final Certificate RECORD = Certificate.newBuilder()
            .setTitle("Kimberley Process Certificate")
            .setNumber("BW-2026-000123")
            .setKpStatement("The rough diamonds in this shipment have been handled in accordance with the provisions"
                    + " of the Kimberley Process Certification Scheme for rough diamonds")
            .setOrigin("MIXED")
            .addMixedOrigins("BW")
            .addMixedOrigins("RU")
            .setExportingParticipant("BW")
            .setImportingParticipant("AE")
            .setIssuingAuthority("Government Diamond Valuator \u0141\u00f3d\u017a \u4e2d")
            .setValidatedBy("x509::CN=exporter")
            .setDateOfIssue("2026-03-01")
            .setDateOfExpiry("2026-05-01")
            .setCaratWeightMilli(12_500_250)
            .setNumberOfParcels(3)
            .setHsCode("7102.10")
            .setContainerId("SEAL-77")
            .setConflictFreeDeclaration(true)
            .setCommercialDetailsHash(RecordHash.of(DETAILS))
            .setIssueTxId("a".repeat(64))
            .setLastTxId("a".repeat(64))
            .build();
    private static final PrintPayload PAYLOAD = QrPayload.of(RECORD.getNumber(), RecordHash.of(RECORD), "a".repeat(64));

    private static PrintContent content(final Optional<CommercialDetails> details, final String withheld) {
        return new PrintContent(
                CertificateView.newBuilder()
                        .setCertificate(RECORD)
                        .setStatus(CertificateStatus.ISSUED)
                        .build(),
                details,
                withheld,
                PAYLOAD,
                "BWMSP",
                Instant.parse("2026-03-01T10:00:00Z"));
    }

    private static String text(final Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void every_annex_i_field_and_the_details_are_printed_for_a_reader_of_the_details(@TempDir final Path dir)
            throws IOException {
        final Path pdf = dir.resolve("out/cert.pdf");
        CertificatePdf.write(content(Optional.of(DETAILS), ""), pdf);
        assertThat(text(pdf))
                .contains("Kimberley Process Certificate")
                .contains("have been handled in accordance with the provisions of the Kimberley Process")
                .contains("No. BW-2026-000123")
                .contains("Country of origin MIXED: BW, RU")
                .contains("Date of issuance 2026-03-01")
                .contains("Date of expiry 2026-05-01")
                .contains("Issuing authority Government Diamond Valuator ")
                .contains("Identification of exporter Okavango Diamond Company, licence L-7")
                .contains("Identification of importer Gulf Rough Trading DMCC")
                .contains("Carat weight 12500.250 ct")
                .contains("Value in US$ US$ 18750000.00")
                .contains("Number of parcels 3")
                .contains("Harmonised System code 7102.10")
                .contains("Validation by the Exporting Authority validated by x509::CN=exporter")
                .contains("Validated in transaction " + "a".repeat(64))
                .contains("Invoice reference INV-4711")
                .contains("(matches the Certificate)")
                .contains("Tamper-resistant container SEAL-77")
                .contains("Record hash (SHA-256) " + PAYLOAD.getRecordHash())
                .contains("Written by transaction " + PAYLOAD.getTxId())
                .contains("QR payload (version 1) KPC1:BW-2026-000123: "
                        + PAYLOAD.getRecordHash().toUpperCase(java.util.Locale.ROOT));
    }

    @Test
    void a_reader_without_rights_gets_no_value_parties_or_invoice(@TempDir final Path dir) throws IOException {
        final Path pdf = dir.resolve("cert.pdf");
        CertificatePdf.write(content(Optional.empty(), "not readable by CSOMSP (OBSERVER_READ_ONLY: ...)"), pdf);
        assertThat(text(pdf))
                .contains("Value in US$ withheld (private to BW and AE)")
                .contains("not readable by CSOMSP")
                .contains(RECORD.getCommercialDetailsHash())
                .doesNotContain("18750000")
                .doesNotContain("Okavango")
                .doesNotContain("Gulf Rough")
                .doesNotContain("INV-4711");
    }

    @Test
    void the_qr_code_on_the_rendered_page_carries_the_payload(@TempDir final Path dir) throws IOException {
        final Path pdf = dir.resolve("cert.pdf");
        CertificatePdf.write(content(Optional.empty(), "withheld"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(QrCodes.decode(new PDFRenderer(document).renderImageWithDPI(0, 150), "page 1"))
                    .isEqualTo(QrPayload.format(PAYLOAD));
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Kimberley Process Certificate BW-2026-000123");
        }
    }

    @Test
    void a_record_too_long_for_one_page_goes_on_with_its_number_on_the_next(@TempDir final Path dir)
            throws IOException {
        final Certificate.Builder amended = RECORD.toBuilder();
        for (int i = 1; i <= 12; i++) {
            amended.addAmendments(org.kpcs.protos.Amendment.newBuilder()
                    .setReason("correction " + i)
                    .addChangedFields("date_of_expiry")
                    .setTxId(Integer.toHexString(i).repeat(64).substring(0, 64)));
        }
        final Path pdf = dir.resolve("long.pdf");
        CertificatePdf.write(
                new PrintContent(
                        CertificateView.newBuilder()
                                .setCertificate(amended)
                                .setStatus(CertificateStatus.ISSUED)
                                .build(),
                        Optional.empty(),
                        "withheld",
                        PAYLOAD,
                        "BWMSP",
                        Instant.parse("2026-03-01T10:00:00Z")),
                pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            final PDFTextStripper second = new PDFTextStripper();
            second.setStartPage(2);
            assertThat(second.getText(document))
                    .startsWith("Kimberley Process Certificate No. BW-2026-000123 (continued, page 2)");
        }
        assertThat(text(pdf))
                .contains("correction 12")
                .contains(QrPayload.format(PAYLOAD).substring(0, 20));
    }

    @Test
    void printing_again_replaces_the_file_and_leaves_nothing_else(@TempDir final Path dir) throws IOException {
        final Path pdf = dir.resolve("cert.pdf");
        java.nio.file.Files.writeString(pdf, "an older print");
        CertificatePdf.write(content(Optional.empty(), "withheld"), pdf);
        assertThat(text(pdf)).contains("No. BW-2026-000123");
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files).containsExactly(pdf);
        }
    }

    @Test
    void a_pdf_that_cannot_be_written_is_refused_with_print_file(@TempDir final Path dir) throws IOException {
        final Path blocker = java.nio.file.Files.writeString(dir.resolve("not-a-folder"), "x");
        final org.kpcs.gateway.client.InputException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                org.kpcs.gateway.client.InputException.class,
                () -> CertificatePdf.write(content(Optional.empty(), "withheld"), blocker.resolve("cert.pdf")));
        assertThat(e.code()).isEqualTo(org.kpcs.protos.ErrorCode.PRINT_FILE);
        assertThat(e.getMessage()).startsWith("cannot write " + blocker.resolve("cert.pdf"));
    }

    @Test
    void characters_the_standard_font_cannot_show_print_as_question_marks() {
        assertThat(PdfSheet.printable("\u0141\u00f3d\u017a \u4e2d\tend", PdfSheet.REGULAR))
                .isEqualTo("?\u00f3d? ? end");
    }
}
