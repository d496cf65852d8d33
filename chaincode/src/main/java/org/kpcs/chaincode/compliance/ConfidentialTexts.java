package org.kpcs.chaincode.compliance;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.Parser;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.protos.ConfidentialText;
import org.kpcs.protos.ErrorCode;

/**
 * Confidential compliance text (KPCS VI 15, 16: "strict confidentiality regarding the issue and the discussions
 * relating to any compliance matter"). It arrives as transient data, never in the request that every block
 * records, and is kept in the private data collection {@value #COLLECTION}, whose members are the Participants'
 * organisations only (the network script writes it); the public ledger holds its SHA-256.
 */
final class ConfidentialTexts {
    /** The collection of the Participants' organisations (network/lib/chaincode.sh defines it). */
    static final String COLLECTION = "participants";
    /** The transient field carrying a {@link ConfidentialText}. */
    static final String TRANSIENT = "confidential";

    private static final int MAX_TEXT = 20_000;
    private static final Pattern SALT = Pattern.compile("[0-9a-f]{32,128}");

    private final Ledger ledger;

    ConfidentialTexts(final Ledger ledger) {
        this.ledger = ledger;
    }

    /**
     * The text the transaction presents: required, not blank, at most 20,000 characters; with a salt of 32 to 128
     * lower-case hex digits when {@code salted} (a new hash is published), and no Participant named unless {@code
     * naming} (only a concern names the Participant it concerns).
     */
    ConfidentialText presented(final boolean salted, final boolean naming) {
        final byte[] bytes = ledger.transientValue(TRANSIENT)
                .orElseThrow(() -> Refusal.of(
                        ErrorCode.CONFIDENTIAL_TEXT_REQUIRED,
                        "the confidential text must come as transient data '" + TRANSIENT
                                + "' (a kpcs.v1.ConfidentialText), so that it stays off the shared ledger"));
        final ConfidentialText text;
        try {
            text = ConfidentialText.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw Refusal.of(
                    ErrorCode.CONFIDENTIAL_TEXT_REQUIRED,
                    "transient '" + TRANSIENT + "' is not a kpcs.v1.ConfidentialText",
                    e);
        }
        if (text.getText().isBlank() || text.getText().length() > MAX_TEXT) {
            throw Refusal.of(
                    ErrorCode.CONFIDENTIAL_TEXT_REQUIRED,
                    "the confidential text must be 1 to " + MAX_TEXT + " characters, not "
                            + text.getText().length());
        }
        if (salted && !SALT.matcher(text.getSalt()).matches()) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "the salt must be 32 to 128 lower-case hex digits chosen at random, so that the public hash"
                            + " cannot be guessed from the text");
        }
        if (!naming && !text.getConcernedParticipant().isEmpty()) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "only raising a concern names the Participant concerned");
        }
        return text;
    }

    void write(final String key, final Message record) {
        ledger.writePrivate(COLLECTION, key, record);
    }

    <T extends Message> Optional<T> read(final String key, final Parser<T> parser) {
        return ledger.readPrivate(COLLECTION, key, parser);
    }

    /** SHA-256 (hex) of a record's deterministic bytes: what the public ledger shows of confidential content. */
    static String sha256(final Message record) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Ledger.bytes(record)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
