package org.kpcs.gateway.print;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.kpcs.gateway.client.InputException;
import org.kpcs.gateway.print.CertificateFields.Row;
import org.kpcs.gateway.print.CertificateFields.Section;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.ErrorCode;

/**
 * The printed Kimberley Process Certificate as a PDF: the title, statement and number beside the QR code,
 * then the {@link CertificateFields} section by section. English only (Annex I asks for an English text).
 */
final class CertificatePdf {
    /** The QR code's side on paper: 45 mm, so a phone or a hand scanner reads it at arm's length. */
    private static final float QR_SIZE = 128;

    private CertificatePdf() {}

    static void write(final PrintContent content, final Path file) {
        try (PDDocument document = new PDDocument()) {
            render(content, document);
            final Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            // written beside the target and moved into place: a reader never sees half a PDF
            final Path partial = Files.createTempFile(parent, ".kpcs-print-", ".pdf");
            try {
                try (OutputStream out = Files.newOutputStream(partial)) {
                    document.save(out);
                }
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new InputException(ErrorCode.PRINT_FILE, "cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void render(final PrintContent content, final PDDocument document) throws IOException {
        final Certificate c = content.view().getCertificate();
        describe(document.getDocumentInformation(), content);
        try (PdfSheet sheet = new PdfSheet(document, c.getTitle() + " No. " + c.getNumber())) {
            final float top = sheet.y();
            final float qrX = PdfSheet.MARGIN + PdfSheet.width() - QR_SIZE;
            sheet.image(
                    LosslessFactory.createFromImage(document, QrCodes.draw(QrPayload.format(content.payload()), 4)),
                    qrX,
                    top,
                    QR_SIZE);
            final float left = PdfSheet.width() - QR_SIZE - 10;
            sheet.text(c.getTitle(), PdfSheet.BOLD, 18, PdfSheet.MARGIN, left);
            sheet.gap(4);
            sheet.text("No. " + c.getNumber(), PdfSheet.BOLD, 13, PdfSheet.MARGIN, left);
            sheet.gap(4);
            sheet.text("\u201c" + c.getKpStatement() + "\u201d", PdfSheet.REGULAR, 10, PdfSheet.MARGIN, left);
            if (c.getVoided()) {
                sheet.gap(4);
                sheet.text("VOID: " + c.getVoidReason(), PdfSheet.BOLD, 14, PdfSheet.MARGIN, left);
            }
            sheet.gap(4);
            sheet.text(
                    "Scan the code, or type the QR payload under Ledger record, into kpcs cert check-qr to check"
                            + " this paper against the ledger.",
                    PdfSheet.REGULAR,
                    7,
                    PdfSheet.MARGIN,
                    left);
            sheet.moveTo(Math.min(sheet.y(), top - QR_SIZE) - 8);
            for (final Section section : CertificateFields.of(content)) {
                sheet.gap(6);
                sheet.heading(section.title(), 60);
                sheet.gap(2);
                for (final Row row : section.rows()) {
                    sheet.row(row.label(), row.value(), hexadecimal(row.value()));
                }
            }
        }
    }

    /** Hashes, transaction ids and the payload in a fixed-width font, so they read digit by digit. */
    private static boolean hexadecimal(final String value) {
        return value.matches("[0-9a-fA-F]{64}.*") || value.startsWith("KPC");
    }

    private static void describe(final PDDocumentInformation info, final PrintContent content) {
        final Certificate c = content.view().getCertificate();
        info.setTitle(c.getTitle() + " " + c.getNumber());
        info.setSubject(QrPayload.format(content.payload()));
        info.setCreator("kpcs cert print");
        info.setProducer("kpcs (Apache PDFBox)");
    }
}
