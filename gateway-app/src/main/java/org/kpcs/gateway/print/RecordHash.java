package org.kpcs.gateway.print;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.Message;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 (lower-case hex) of a record's deterministic protobuf encoding. The chaincode writes every record
 * in that encoding, so the hash of a Certificate as a query returns it is the hash of the bytes its ledger key
 * holds; the same function gives the commercial details' hash that the public Certificate records.
 */
public final class RecordHash {
    private RecordHash() {}

    public static String of(final Message record) {
        try {
            final ByteArrayOutputStream buffer = new ByteArrayOutputStream(record.getSerializedSize());
            final CodedOutputStream out = CodedOutputStream.newInstance(buffer);
            out.useDeterministicSerialization();
            record.writeTo(out);
            out.flush();
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(buffer.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
