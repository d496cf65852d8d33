package org.kpcs.gateway.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpcs.gateway.client.InputException;
import org.kpcs.protos.ErrorCode;

class QrCodesTest {
    private static final String PAYLOAD =
            QrPayload.format(QrPayload.of("BW-2026-" + "0".repeat(32), "ab".repeat(32), "cd".repeat(32)));

    @Test
    void a_drawn_code_reads_back_from_a_png_file(@TempDir final Path dir) throws IOException {
        final BufferedImage image = QrCodes.draw(PAYLOAD, 3);
        final Path png = dir.resolve("qr.png");
        ImageIO.write(image, "png", png.toFile());
        assertThat(QrCodes.read(png)).isEqualTo(PAYLOAD);
    }

    @Test
    void a_forty_character_number_fits_a_version_7_code_at_level_m() {
        // version 7 has 45 modules a side, plus the quiet zone of 4 on each side
        assertThat(QrCodes.draw(PAYLOAD, 1).getWidth()).isEqualTo(45 + 8);
    }

    @Test
    void an_image_without_a_code_is_refused_clearly(@TempDir final Path dir) throws IOException {
        final Path blank = dir.resolve("blank.png");
        ImageIO.write(new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB), "png", blank.toFile());
        final InputException e = catchThrowableOfType(InputException.class, () -> QrCodes.read(blank));
        assertThat(e.code()).isEqualTo(ErrorCode.PRINT_FILE);
        assertThat(e.getMessage()).contains("no readable QR code in " + blank);
    }

    @Test
    void a_file_that_is_no_image_is_refused_clearly(@TempDir final Path dir) throws IOException {
        final Path text = Files.writeString(dir.resolve("note.png"), "not an image");
        final InputException e = catchThrowableOfType(InputException.class, () -> QrCodes.read(text));
        assertThat(e.code()).isEqualTo(ErrorCode.PRINT_FILE);
        assertThat(e.getMessage()).contains("is not an image");
        final InputException missing =
                catchThrowableOfType(InputException.class, () -> QrCodes.read(dir.resolve("none.png")));
        assertThat(missing.code()).isEqualTo(ErrorCode.PRINT_FILE);
    }
}
