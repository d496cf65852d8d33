package org.kpcs.chaincode.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Message;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.kpcs.chaincode.testing.FakeFabric;
import org.kpcs.chaincode.testing.Result;
import org.kpcs.chaincode.testing.User;
import org.kpcs.protos.ConfidentialText;

/** Confidential text as a client passes it (transient), and the checks every compliance test makes. */
final class Confidential {
    static final String SALT = "00112233445566778899aabbccddeeff";

    private Confidential() {}

    static Map<String, byte[]> text(final String text) {
        return of(ConfidentialText.newBuilder().setText(text).setSalt(SALT).build());
    }

    static Map<String, byte[]> concern(final String about, final String text) {
        return of(ConfidentialText.newBuilder()
                .setText(text)
                .setSalt(SALT)
                .setConcernedParticipant(about)
                .build());
    }

    static Map<String, byte[]> of(final ConfidentialText text) {
        return Map.of(ConfidentialTexts.TRANSIENT, text.toByteArray());
    }

    /** The transaction is refused with {@code code} and the ledger, private data included, is unchanged. */
    static void refused(
            final FakeFabric fabric,
            final User who,
            final Map<String, byte[]> transientData,
            final String function,
            final Message request,
            final String code) {
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Result result = fabric.submitWithTransient(who, transientData, function, request);
        assertThat(result.errorCode()).as(result.message()).isEqualTo(code);
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    /** The evaluation is refused with {@code code}, so the caller reads nothing. */
    static void unreadable(
            final FakeFabric fabric, final User who, final String function, final Message request, final String code) {
        final Result result = fabric.evaluate(who, function, request);
        assertThat(result.errorCode()).as(result.message()).isEqualTo(code);
        assertThat(result.ok()).isFalse();
        assertThat(new String(result.payload(), StandardCharsets.UTF_8)).isEqualTo(code);
    }

    /** No public key's value, response or event carries {@code secret}. */
    static void keptOffTheSharedLedger(final FakeFabric fabric, final Result result, final String secret) {
        final byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
        fabric.snapshot().forEach((key, value) -> {
            if (!key.startsWith(ConfidentialTexts.COLLECTION + "#")) {
                assertThat(contains(value, needle)).as("public key " + key).isFalse();
            }
        });
        assertThat(contains(toList(result.payload()), needle)).as("response").isFalse();
        assertThat(contains(toList(result.eventPayload()), needle)).as("event").isFalse();
    }

    private static List<Byte> toList(final byte[] bytes) {
        final java.util.ArrayList<Byte> list = new java.util.ArrayList<>();
        for (final byte b : bytes == null ? new byte[0] : bytes) {
            list.add(b);
        }
        return list;
    }

    private static boolean contains(final List<Byte> haystack, final byte[] needle) {
        return java.util.Collections.indexOfSubList(haystack, toList(needle)) >= 0;
    }
}
