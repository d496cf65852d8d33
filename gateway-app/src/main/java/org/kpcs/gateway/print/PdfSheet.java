package org.kpcs.gateway.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A4 pages written top to bottom with PDFBox: wrapped lines of text in the standard Helvetica and Courier
 * fonts (WinAnsi: a character they cannot show is printed as '?'), a new page when one is full.
 */
final class PdfSheet implements AutoCloseable {
    static final float MARGIN = 40;
    private static final float LEADING = 1.2f;
    static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    static final PDFont MONO = new PDType1Font(Standard14Fonts.FontName.COURIER);

    private final PDDocument document;
    private final String continued;
    private PDPageContentStream stream;
    private float y;

    /** A sheet whose later pages begin with {@code continued} (say, the title and number). */
    PdfSheet(final PDDocument document, final String continued) throws IOException {
        this.document = document;
        this.continued = continued;
        newPage();
    }

    float y() {
        return y;
    }

    void moveTo(final float newY) {
        y = newY;
    }

    static float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    static float top() {
        return PDRectangle.A4.getHeight() - MARGIN;
    }

    /** Text wrapped to {@code width} from {@code x}; returns the number of lines written. */
    int text(final String text, final PDFont font, final float size, final float x, final float width)
            throws IOException {
        final List<String> lines = wrap(printable(text, font), font, size, width);
        for (final String line : lines) {
            room(size * LEADING);
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y - size);
            stream.showText(line);
            stream.endText();
            y -= size * LEADING;
        }
        return lines.size();
    }

    /**
     * A labelled value: the label in the left column, the value wrapped in the right one; a {@code mono} value
     * (a hash, a transaction id, the QR payload) in 8-point Courier, where 64 hexadecimal digits fit one line.
     */
    void row(final String label, final String value, final boolean mono) throws IOException {
        room(9 * LEADING);
        final float start = y;
        text(label, BOLD, 8, MARGIN, 175);
        final float afterLabel = y;
        y = start;
        text(value.isEmpty() ? "-" : value, mono ? MONO : REGULAR, mono ? 8 : 9, MARGIN + 180, width() - 180);
        y = Math.min(y, afterLabel) - 2;
    }

    void image(final PDImageXObject image, final float x, final float top, final float size) throws IOException {
        stream.drawImage(image, x, top - size, size, size);
    }

    /** A heading, on a new page when fewer than {@code keepWith} points would follow it on this one. */
    void heading(final String text, final float keepWith) throws IOException {
        room(keepWith);
        text(text, BOLD, 11, MARGIN, width());
    }

    void gap(final float points) {
        y -= points;
    }

    private void room(final float needed) throws IOException {
        if (y - needed < MARGIN) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        final PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = top();
        if (document.getNumberOfPages() > 1) {
            text(continued + " (continued, page " + document.getNumberOfPages() + ")", BOLD, 9, MARGIN, width());
            y -= 8;
        }
    }

    static String printable(final String text, final PDFont font) {
        final StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            final String one = Character.isISOControl(cp) ? " " : new String(Character.toChars(cp));
            try {
                font.encode(one);
                out.append(one);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static List<String> wrap(final String text, final PDFont font, final float size, final float width)
            throws IOException {
        final List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (final String word : text.split(" ", -1)) {
            final String candidate = line.length() == 0 ? word : line + " " + word;
            if (widthOf(candidate, font, size) <= width) {
                line = new StringBuilder(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            String rest = word;
            while (widthOf(rest, font, size) > width) {
                int fit = 1;
                while (fit < rest.length() && widthOf(rest.substring(0, fit + 1), font, size) <= width) {
                    fit++;
                }
                final int colon = rest.lastIndexOf(':', fit - 1);
                final int cut = colon > 0 ? colon + 1 : fit;
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line = new StringBuilder(rest);
        }
        lines.add(line.toString());
        return lines;
    }

    private static float widthOf(final String text, final PDFont font, final float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
