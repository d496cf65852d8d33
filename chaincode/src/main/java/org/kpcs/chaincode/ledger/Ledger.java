package org.kpcs.chaincode.ledger;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.Parser;
import com.google.protobuf.Timestamp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;
import org.kpcs.protos.ErrorCode;

/**
 * The world state as the contracts see it: protobuf records under composite keys, serialised
 * deterministically so that every endorser produces the same bytes.
 */
public final class Ledger {
    private final ChaincodeStub stub;

    public Ledger(final ChaincodeStub stub) {
        this.stub = Objects.requireNonNull(stub, "stub");
    }

    /** Deterministic protobuf encoding: identical bytes on every endorser. */
    public static byte[] bytes(final Message message) {
        try {
            final ByteArrayOutputStream buffer = new ByteArrayOutputStream(message.getSerializedSize());
            final CodedOutputStream out = CodedOutputStream.newInstance(buffer);
            out.useDeterministicSerialization();
            message.writeTo(out);
            out.flush();
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public <T extends Message> Optional<T> read(final String key, final Parser<T> parser) {
        final byte[] value = stub.getState(key);
        if (value == null || value.length == 0) {
            return Optional.empty();
        }
        return Optional.of(parse(value, parser, key));
    }

    public boolean exists(final String key) {
        final byte[] value = stub.getState(key);
        return value != null && value.length > 0;
    }

    public void write(final String key, final Message record) {
        stub.putState(key, bytes(record));
    }

    /** An index entry: a simple key whose value names the record it points to. */
    public void write(final String key, final String value) {
        stub.putState(key, value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public void delete(final String key) {
        stub.delState(key);
    }

    /** The largest page a query returns. */
    public static final int MAX_PAGE = 100;

    /** A page size as a client passes it: 1 to {@link #MAX_PAGE}, 20 when left unset (0). */
    public static int pageSize(final int requested) {
        final int size = requested == 0 ? 20 : requested;
        if (size < 1 || size > MAX_PAGE) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT, "page size must be between 1 and " + MAX_PAGE + ", got " + size);
        }
        return size;
    }

    /**
     * One page of a range of simple keys (an index), in key order. Only evaluate (read-only) transactions may
     * paginate; {@code end} is exclusive.
     */
    public Page page(final String start, final String end, final int pageSize, final String bookmark) {
        if (bookmark != null
                && !bookmark.isEmpty()
                && (bookmark.compareTo(start) < 0 || bookmark.compareTo(end) >= 0)) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "the bookmark does not belong to this query; pass the one the previous page of the same query returned");
        }
        final List<KeyValue> entries = new ArrayList<>();
        try (QueryResultsIteratorWithMetadata<KeyValue> results =
                stub.getStateByRangeWithPagination(start, end, pageSize, bookmark == null ? "" : bookmark)) {
            for (final KeyValue kv : results) {
                entries.add(kv);
            }
            final String next =
                    results.getMetadata() == null ? "" : results.getMetadata().getBookmark();
            return new Page(List.copyOf(entries), entries.size() < pageSize ? "" : next);
        } catch (Exception e) {
            throw new IllegalStateException("could not read the range " + start + " .. " + end, e);
        }
    }

    /** Every entry of a range of simple keys (an index), for ranges bounded by the caller (a firm's year). */
    public List<KeyValue> range(final String start, final String end) {
        final List<KeyValue> entries = new ArrayList<>();
        try (QueryResultsIterator<KeyValue> results = stub.getStateByRange(start, end)) {
            for (final KeyValue kv : results) {
                entries.add(kv);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not read the range " + start + " .. " + end, e);
        }
        return entries;
    }

    /** Every value a key has had, newest first, with the transaction that wrote it. */
    public List<KeyModification> history(final String key) {
        final List<KeyModification> modifications = new ArrayList<>();
        try (QueryResultsIterator<KeyModification> results = stub.getHistoryForKey(key)) {
            for (final KeyModification modification : results) {
                modifications.add(modification);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not read the history of " + key.replace('\u0000', '/'), e);
        }
        return modifications;
    }

    /** The keys of a composite type with the given leading attributes, for small, bounded sets. */
    public <T extends Message> List<T> readAll(final String type, final Parser<T> parser, final String... attributes) {
        final List<T> records = new ArrayList<>();
        try (QueryResultsIterator<KeyValue> results =
                stub.getStateByPartialCompositeKey(stub.createCompositeKey(type, attributes))) {
            for (final KeyValue kv : results) {
                records.add(parse(kv.getValue(), parser, kv.getKey()));
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not read " + type + " records", e);
        }
        return records;
    }

    /** The transient (never stored, never ordered) value the client passed under {@code name}. */
    public Optional<byte[]> transientValue(final String name) {
        final java.util.Map<String, byte[]> transientMap = stub.getTransient();
        final byte[] value = transientMap == null ? null : transientMap.get(name);
        return value == null || value.length == 0 ? Optional.empty() : Optional.of(value);
    }

    /** The implicit private data collection of one organisation: only its peers store the data. */
    public static String implicitCollection(final String mspId) {
        return "_implicit_org_" + mspId;
    }

    public void writePrivate(final String collection, final String key, final Message record) {
        stub.putPrivateData(collection, key, bytes(record));
    }

    public <T extends Message> Optional<T> readPrivate(
            final String collection, final String key, final Parser<T> parser) {
        final byte[] value = stub.getPrivateData(collection, key);
        if (value == null || value.length == 0) {
            return Optional.empty();
        }
        return Optional.of(parse(value, parser, collection + "/" + key));
    }

    /** Key-level endorsement: from now on, writes to this key must satisfy the given policy. */
    public void requireEndorsement(final String key, final byte[] policy) {
        stub.setStateValidationParameter(key, policy);
    }

    public void emit(final String eventName, final Message payload) {
        stub.setEvent(eventName, bytes(payload));
    }

    public String txId() {
        return stub.getTxId();
    }

    /** The transaction's timestamp, set by the client and agreed by every endorser; never the wall clock. */
    public Instant txTime() {
        return stub.getTxTimestamp();
    }

    public Timestamp txTimestamp() {
        final Instant now = txTime();
        return Timestamp.newBuilder()
                .setSeconds(now.getEpochSecond())
                .setNanos(now.getNano())
                .build();
    }

    /** Decodes a transaction's request message; a malformed one is the caller's error, with a clear code. */
    public static <T extends Message> T request(final byte[] bytes, final Parser<T> parser) {
        try {
            return parser.parseFrom(bytes == null ? new byte[0] : bytes);
        } catch (InvalidProtocolBufferException e) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT, "the request is not a valid kpcs.v1 message: " + e.getMessage(), e);
        }
    }

    /** One page of keys and the bookmark to the next one (empty when there is none). */
    public record Page(List<KeyValue> entries, String bookmark) {}

    public static <T extends Message> T parse(final byte[] value, final Parser<T> parser, final String key) {
        try {
            return parser.parseFrom(value);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("corrupt ledger record at key " + key.replace('\u0000', '/'), e);
        }
    }
}
