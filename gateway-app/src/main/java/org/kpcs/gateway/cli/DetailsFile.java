package org.kpcs.gateway.cli;

import com.google.protobuf.util.JsonFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.kpcs.gateway.client.InputException;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.ErrorCode;

/**
 * The commercial details as a file: written by the exporter at issuance and travelling with the shipment
 * (like the copy of the Certificate in the sealed container), read by the importer to confirm receipt.
 */
final class DetailsFile {
    private static final SecureRandom RANDOM = new SecureRandom();

    private DetailsFile() {}

    /** A fresh random salt, so the public hash of the details cannot be guessed from likely values. */
    static String salt() {
        final byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static void write(final Path file, final CommercialDetails details) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, JsonFormat.printer().print(details) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(ErrorCode.DETAILS_FILE, "cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static CommercialDetails read(final Path file) {
        final CommercialDetails.Builder details = CommercialDetails.newBuilder();
        JsonFiles.read(
                file, details, ErrorCode.DETAILS_FILE, "a commercial details file (kpcs.v1.CommercialDetails JSON)");
        return details.build();
    }
}
