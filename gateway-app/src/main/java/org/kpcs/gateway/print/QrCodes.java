package org.kpcs.gateway.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.kpcs.gateway.client.InputException;
import org.kpcs.protos.ErrorCode;

/** QR codes with ZXing: drawn for the printed Certificate, and read back from a scanned or rendered image. */
public final class QrCodes {
    private static final int WHITE = 0xFFFFFFFF;
    private static final int BLACK = 0xFF000000;

    private QrCodes() {}

    /**
     * The payload as a black-on-white QR code, {@code pixelsPerModule} image pixels to a module, with the
     * standard quiet zone of four modules, at error correction level M (15 % of the code may be lost).
     */
    public static BufferedImage draw(final String payload, final int pixelsPerModule) {
        final BitMatrix modules;
        try {
            modules = new QRCodeWriter()
                    .encode(
                            payload,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + payload.length() + " characters", e);
        }
        final int size = modules.getWidth() * pixelsPerModule;
        final BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                image.setRGB(x, y, modules.get(x / pixelsPerModule, y / pixelsPerModule) ? BLACK : WHITE);
            }
        }
        return image;
    }

    /** The text of the one QR code in an image file (PNG, JPEG, ...). */
    public static String read(final Path image) {
        final BufferedImage picture;
        try {
            picture = ImageIO.read(image.toFile());
        } catch (IOException e) {
            throw new InputException(ErrorCode.PRINT_FILE, "cannot read the image " + image + ": " + e.getMessage(), e);
        }
        if (picture == null) {
            throw new InputException(
                    ErrorCode.PRINT_FILE, image + " is not an image this Java can read (use PNG or JPEG)", null);
        }
        return decode(picture, image.toString());
    }

    /** The text of the one QR code in a picture. */
    public static String decode(final BufferedImage picture, final String where) {
        final int width = picture.getWidth();
        final int height = picture.getHeight();
        final int[] pixels = picture.getRGB(0, 0, width, height, null, 0, width);
        final LuminanceSource source = new RGBLuminanceSource(width, height, pixels);
        try {
            return new QRCodeReader()
                    .decode(new BinaryBitmap(new HybridBinarizer(source)), Map.of(DecodeHintType.TRY_HARDER, true))
                    .getText();
        } catch (ReaderException e) {
            throw new InputException(
                    ErrorCode.PRINT_FILE,
                    "no readable QR code in " + where + " (" + e.getClass().getSimpleName()
                            + "); scan it again, flat and in focus, or type the payload printed under the code",
                    e);
        }
    }
}
