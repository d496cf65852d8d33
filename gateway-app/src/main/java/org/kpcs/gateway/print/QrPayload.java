package org.kpcs.gateway.print;

import java.util.Locale;
import java.util.regex.Pattern;
import org.kpcs.gateway.client.InputException;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.PrintPayload;

/**
 * The text a printed Certificate's QR code carries, version 1: {@code KPC1:NUMBER:RECORDHASH:TXID}, the record
 * hash and the transaction id as 64 upper-case hexadecimal digits each. Every character is in the QR code's
 * alphanumeric set (upper-case letters, digits, {@code -} and {@code :}), so the code stays small (version 7 at
 * error correction level M for a 40-character number). docs/certificate-print.md describes it.
 */
public final class QrPayload {
    /** The version this client writes and reads. */
    public static final int VERSION = 1;

    private static final String PREFIX = "KPC";
    private static final String SEPARATOR = ":";
    private static final Pattern VERSIONED = Pattern.compile("KPC([0-9]{1,3}):.*", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("[A-Z0-9-]{1,40}");
    private static final Pattern HEX64 = Pattern.compile("[0-9A-Fa-f]{64}");

    private QrPayload() {}

    /** The payload of a Certificate record written by a transaction. */
    public static PrintPayload of(final String number, final String recordHash, final String txId) {
        return parse(String.join(
                SEPARATOR,
                PREFIX + VERSION,
                number,
                recordHash.toUpperCase(Locale.ROOT),
                txId.toUpperCase(Locale.ROOT)));
    }

    /** The payload as text, upper case, ready for the QR code. */
    public static String format(final PrintPayload payload) {
        return String.join(
                SEPARATOR,
                PREFIX + payload.getVersion(),
                payload.getCertificateNumber(),
                payload.getRecordHash().toUpperCase(Locale.ROOT),
                payload.getTxId().toUpperCase(Locale.ROOT));
    }

    /**
     * Reads a scanned payload (surrounding white space ignored, hexadecimal digits in either case); the hash
     * and the transaction id come back in lower case, as Fabric writes transaction ids.
     *
     * @throws InputException with {@link ErrorCode#QR_PAYLOAD}, saying what is wrong, for anything else
     */
    public static PrintPayload parse(final String text) {
        final String payload = text == null ? "" : text.strip();
        if (payload.isEmpty()) {
            throw refused("the QR payload is empty");
        }
        final var versioned = VERSIONED.matcher(payload);
        if (!versioned.matches()) {
            throw refused("'" + shorten(payload) + "' is not the QR code of a printed Kimberley Process Certificate:"
                    + " its payload begins with " + PREFIX + VERSION + SEPARATOR);
        }
        final int version = Integer.parseInt(versioned.group(1));
        if (version != VERSION) {
            throw refused("QR payload version " + version + " is not one this kpcs reads (version " + VERSION
                    + "); use a kpcs that knows it");
        }
        final String[] fields = payload.split(SEPARATOR, -1);
        if (fields.length != 4) {
            throw refused("a version " + VERSION + " QR payload has 4 fields, " + PREFIX + VERSION
                    + ":NUMBER:RECORDHASH:TXID; found " + fields.length + " in '" + shorten(payload) + "'");
        }
        if (!NUMBER.matcher(fields[1]).matches()) {
            throw refused("the certificate number '" + shorten(fields[1])
                    + "' in the QR payload must be 1 to 40 upper-case letters, digits or '-'");
        }
        return PrintPayload.newBuilder()
                .setVersion(version)
                .setCertificateNumber(fields[1])
                .setRecordHash(hex64(fields[2], "record hash (SHA-256)"))
                .setTxId(hex64(fields[3], "transaction id"))
                .build();
    }

    private static String hex64(final String field, final String what) {
        if (!HEX64.matcher(field).matches()) {
            throw refused("the " + what + " in the QR payload must be 64 hexadecimal digits; found " + field.length()
                    + " characters: '" + shorten(field) + "'");
        }
        return field.toLowerCase(Locale.ROOT);
    }

    private static String shorten(final String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    private static InputException refused(final String message) {
        return new InputException(ErrorCode.QR_PAYLOAD, message, null);
    }
}
