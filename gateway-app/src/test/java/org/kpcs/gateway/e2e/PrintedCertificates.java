package org.kpcs.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.kpcs.gateway.cli.Kpcs;

/**
 * What {@link PrintE2E} does outside the ledger: runs the CLI in this JVM, renders a PDF to PNG with
 * pdftoppm (poppler-utils) as a scanner would see the paper, and extracts a PDF's text with PDFBox.
 */
final class PrintedCertificates {
    /** One run of the CLI. */
    record Run(int exitCode, String out, String err) {}

    private PrintedCertificates() {}

    static Run kpcs(final String org, final String user, final String... args) {
        final List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--network-home", LocalNetwork.home().toString(), "--org", org, "--user", user));
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final int code = Kpcs.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** The first page at 150 dpi, as pdftoppm draws it; fails, naming the package, when pdftoppm is missing. */
    static Path render(final Path pdf) {
        final Path prefix = pdf.resolveSibling(pdf.getFileName().toString().replace(".pdf", ""));
        final List<String> command = List.of(
                "pdftoppm",
                "-png",
                "-r",
                "150",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                pdf.toString(),
                prefix.toString());
        final Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError(
                    "pdftoppm is not installed: the printed-certificate test renders the PDF with it. Install the"
                            + " Debian package poppler-utils (apt-get install poppler-utils; scripts/test.sh does)",
                    e);
        }
        try {
            final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS))
                    .as("pdftoppm finished")
                    .isTrue();
            assertThat(process.exitValue())
                    .as("pdftoppm exit code; it said: %s", output)
                    .isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while pdftoppm ran", e);
        }
        final Path png = prefix.resolveSibling(prefix.getFileName() + ".png");
        assertThat(png).as("the page pdftoppm drew").exists();
        return png;
    }

    /** The PDF's text, white space collapsed to single spaces. */
    static String text(final Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path keep(final Path file) {
        try {
            final Path artefacts = Path.of("target", "print-artefacts");
            Files.createDirectories(artefacts);
            return Files.copy(
                    file, artefacts.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
