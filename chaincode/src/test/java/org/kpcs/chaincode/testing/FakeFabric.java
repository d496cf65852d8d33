package org.kpcs.chaincode.testing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.hyperledger.fabric.contract.ContractRouter;
import org.hyperledger.fabric.contract.ContractRouterAccess;
import org.hyperledger.fabric.protos.peer.QueryResponseMetadata;
import org.hyperledger.fabric.shim.Chaincode;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/**
 * An in-memory peer for chaincode tests: transactions are routed through the contract API's router, exactly
 * as the chaincode server routes them. Like Fabric, reads see only committed state, writes are kept until the
 * transaction succeeds, and a failed transaction changes nothing.
 */
public final class FakeFabric {
    private static ContractRouter router;

    private final NavigableMap<String, byte[]> state = new TreeMap<>();
    private final Map<String, byte[]> validationParameters = new HashMap<>();
    private final Map<String, NavigableMap<String, byte[]>> privateState = new HashMap<>();
    private final Map<String, List<Modification>> history = new HashMap<>();
    private final Map<String, List<Byte>> lastRejectedWrites = new TreeMap<>();
    private Instant now = Instant.parse("2026-03-02T09:00:00Z");
    private int txCounter;

    private static synchronized ContractRouter router() {
        if (router == null) {
            router = ContractRouterAccess.router();
        }
        return router;
    }

    /** Sets the clock that the next transactions' timestamps are taken from. */
    public void setTime(final Instant time) {
        this.now = time;
    }

    public Instant time() {
        return now;
    }

    /**
     * The committed world state, plus whatever the last rejected transaction tried to write (marked
     * "rejected#"). Fabric never commits a rejected transaction, so "the ledger is unchanged" after a refusal
     * is compared with this: it also fails if the chaincode wrote anything before finding the rule broken.
     */
    public Map<String, List<Byte>> snapshot() {
        final Map<String, List<Byte>> copy = new TreeMap<>(lastRejectedWrites);
        state.forEach((k, v) -> copy.put(k, toList(v)));
        privateState.forEach((c, m) -> m.forEach((k, v) -> copy.put(c + "#" + k, toList(v))));
        validationParameters.forEach((k, v) -> copy.put("sbe#" + k, toList(v)));
        return copy;
    }

    public byte[] validationParameter(final String key) {
        return validationParameters.get(key);
    }

    public byte[] privateData(final String collection, final String key) {
        final NavigableMap<String, byte[]> data = privateState.get(collection);
        return data == null ? null : data.get(key);
    }

    /** Submits a transaction; arguments are strings, byte arrays or protobuf messages (sent as bytes). */
    public Result submit(final User user, final String function, final Object... args) {
        return run(user, true, Map.of(), function, args);
    }

    public Result submitWithTransient(
            final User user, final Map<String, byte[]> transientData, final String function, final Object... args) {
        return run(user, true, transientData, function, args);
    }

    public Result evaluate(final User user, final String function, final Object... args) {
        return run(user, false, Map.of(), function, args);
    }

    public Result evaluateWithTransient(
            final User user, final Map<String, byte[]> transientData, final String function, final Object... args) {
        return run(user, false, transientData, function, args);
    }

    private Result run(
            final User user,
            final boolean commit,
            final Map<String, byte[]> transientData,
            final String function,
            final Object... rawArgs) {
        txCounter++;
        now = now.plusSeconds(1);
        final Tx tx = new Tx(String.format("tx%04d", txCounter), now, user, transientData);
        final List<byte[]> allArgs = new ArrayList<>();
        allArgs.add(function.getBytes(StandardCharsets.UTF_8));
        final String[] args = new String[rawArgs.length];
        for (int i = 0; i < rawArgs.length; i++) {
            final byte[] bytes = toBytes(rawArgs[i]);
            allArgs.add(bytes);
            args[i] = new String(bytes, StandardCharsets.UTF_8);
        }
        final ChaincodeStub stub = tx.stub(function, args, allArgs);
        final Chaincode.Response response = router().invoke(stub);
        final boolean ok = response.getStatus() == Chaincode.Response.Status.SUCCESS;
        lastRejectedWrites.clear();
        if (ok && commit) {
            tx.commit();
        } else if (!ok) {
            tx.attemptedWrites().forEach(k -> lastRejectedWrites.put("rejected#" + k, List.of()));
        }
        return new Result(
                response.getStatusCode(),
                response.getPayload() == null ? new byte[0] : response.getPayload(),
                response.getMessage(),
                tx.eventName,
                tx.eventPayload);
    }

    private static byte[] toBytes(final Object arg) {
        if (arg instanceof byte[] bytes) {
            return bytes.clone();
        }
        if (arg instanceof com.google.protobuf.Message message) {
            return message.toByteArray();
        }
        return String.valueOf(arg).getBytes(StandardCharsets.UTF_8);
    }

    private static List<Byte> toList(final byte[] bytes) {
        final List<Byte> list = new ArrayList<>(bytes.length);
        for (final byte b : bytes) {
            list.add(b);
        }
        return list;
    }

    private static byte[] sha256(final byte[] value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One transaction's simulation: its own write set, committed only on success. */
    private final class Tx {
        private final String txId;
        private final Instant timestamp;
        private final User user;
        private final Map<String, byte[]> transientData;
        private final Map<String, byte[]> writes = new TreeMap<>();
        private final Map<String, byte[]> sbeWrites = new HashMap<>();
        private final Map<String, Map<String, byte[]>> privateWrites = new HashMap<>();
        private String eventName;
        private byte[] eventPayload;

        Tx(final String txId, final Instant timestamp, final User user, final Map<String, byte[]> transientData) {
            this.txId = txId;
            this.timestamp = timestamp;
            this.user = user;
            this.transientData = transientData;
        }

        ChaincodeStub stub(final String function, final String[] args, final List<byte[]> allArgs) {
            final ChaincodeStub stub = mock(ChaincodeStub.class);
            lenient().when(stub.getArgs()).thenReturn(allArgs);
            lenient().when(stub.getStringArgs()).thenAnswer(i -> {
                final List<String> all = new ArrayList<>();
                all.add(function);
                all.addAll(Arrays.asList(args));
                return all;
            });
            lenient().when(stub.getFunction()).thenReturn(function);
            lenient().when(stub.getParameters()).thenReturn(Arrays.asList(args));
            lenient().when(stub.getTxId()).thenReturn(txId);
            lenient().when(stub.getChannelId()).thenReturn("kimberley");
            lenient().when(stub.getTxTimestamp()).thenReturn(timestamp);
            lenient().when(stub.getCreator()).thenAnswer(i -> user.creator());
            lenient().when(stub.getMspId()).thenReturn(user.mspId());
            lenient().when(stub.getTransient()).thenReturn(transientData);
            lenient().when(stub.getState(anyString())).thenAnswer(i -> state.get(i.<String>getArgument(0)));
            lenient().when(stub.getStringState(anyString())).thenAnswer(i -> {
                final byte[] v = state.get(i.<String>getArgument(0));
                return v == null ? null : new String(v, StandardCharsets.UTF_8);
            });
            lenient()
                    .doAnswer(i -> writes.put(
                            i.getArgument(0), i.<byte[]>getArgument(1).clone()))
                    .when(stub)
                    .putState(anyString(), any(byte[].class));
            lenient()
                    .doAnswer(i -> writes.put(i.getArgument(0), null))
                    .when(stub)
                    .delState(anyString());
            lenient()
                    .doAnswer(i -> sbeWrites.put(
                            i.getArgument(0), i.<byte[]>getArgument(1).clone()))
                    .when(stub)
                    .setStateValidationParameter(anyString(), any(byte[].class));
            lenient()
                    .when(stub.getStateValidationParameter(anyString()))
                    .thenAnswer(i -> validationParameters.get(i.<String>getArgument(0)));
            lenient()
                    .when(stub.createCompositeKey(anyString(), any(String[].class)))
                    .thenAnswer(i -> {
                        final Object[] raw = i.getArguments();
                        final String[] attrs = new String[raw.length - 1];
                        for (int k = 1; k < raw.length; k++) {
                            attrs[k - 1] = (String) raw[k];
                        }
                        return new CompositeKey((String) raw[0], attrs);
                    });
            lenient()
                    .when(stub.getStateByPartialCompositeKey(any(CompositeKey.class)))
                    .thenAnswer(i -> range(state, i.<CompositeKey>getArgument(0).toString()));
            lenient()
                    .when(stub.getStateByRangeWithPagination(anyString(), anyString(), anyInt(), anyString()))
                    .thenAnswer(i -> paged(i.getArgument(0), i.getArgument(1), i.getArgument(2), i.getArgument(3)));
            lenient().when(stub.getStateByRange(anyString(), anyString())).thenAnswer(i -> {
                final List<KeyValue> results = new ArrayList<>();
                state.subMap(i.<String>getArgument(0), true, i.<String>getArgument(1), false)
                        .forEach((k, v) -> results.add(new Kv(k, v)));
                return iterator(results);
            });
            lenient()
                    .when(stub.getHistoryForKey(anyString()))
                    .thenAnswer(i -> iterator(
                            List.<KeyModification>copyOf(history.getOrDefault(i.<String>getArgument(0), List.of()))));
            lenient()
                    .when(stub.getPrivateData(anyString(), anyString()))
                    .thenAnswer(i -> privateData(i.getArgument(0), i.getArgument(1)));
            lenient().when(stub.getPrivateDataHash(anyString(), anyString())).thenAnswer(i -> {
                final byte[] v = privateData(i.getArgument(0), i.getArgument(1));
                return v == null ? null : sha256(v);
            });
            lenient()
                    .doAnswer(i -> privateWrites
                            .computeIfAbsent(i.getArgument(0), c -> new TreeMap<>())
                            .put(i.getArgument(1), i.<byte[]>getArgument(2).clone()))
                    .when(stub)
                    .putPrivateData(anyString(), anyString(), any(byte[].class));
            lenient()
                    .doAnswer(i -> {
                        eventName = i.getArgument(0);
                        eventPayload = i.<byte[]>getArgument(1).clone();
                        return null;
                    })
                    .when(stub)
                    .setEvent(anyString(), any(byte[].class));
            return stub;
        }

        List<String> attemptedWrites() {
            final List<String> keys = new ArrayList<>(writes.keySet());
            keys.addAll(sbeWrites.keySet());
            privateWrites.forEach((c, m) -> m.keySet().forEach(k -> keys.add(c + "#" + k)));
            if (eventName != null) {
                keys.add("event#" + eventName);
            }
            return keys;
        }

        void commit() {
            writes.forEach((k, v) ->
                    history.computeIfAbsent(k, x -> new ArrayList<>()).add(0, new Modification(txId, timestamp, v)));
            writes.forEach((k, v) -> {
                if (v == null) {
                    state.remove(k);
                } else {
                    state.put(k, v);
                }
            });
            validationParameters.putAll(sbeWrites);
            privateWrites.forEach((c, m) ->
                    privateState.computeIfAbsent(c, x -> new TreeMap<>()).putAll(m));
        }
    }

    private QueryResultsIteratorWithMetadata<KeyValue> paged(
            final String start, final String end, final int pageSize, final String bookmark) {
        final String from = bookmark == null || bookmark.isEmpty() ? start : bookmark;
        final List<KeyValue> results = new ArrayList<>();
        String next = "";
        for (final Map.Entry<String, byte[]> e :
                state.subMap(from, true, end, false).entrySet()) {
            if (results.size() == pageSize) {
                next = e.getKey();
                break;
            }
            results.add(new Kv(e.getKey(), e.getValue()));
        }
        final QueryResponseMetadata metadata = QueryResponseMetadata.newBuilder()
                .setBookmark(next)
                .setFetchedRecordsCount(results.size())
                .build();
        return new QueryResultsIteratorWithMetadata<>() {
            @Override
            public QueryResponseMetadata getMetadata() {
                return metadata;
            }

            @Override
            public Iterator<KeyValue> iterator() {
                return results.iterator();
            }

            @Override
            public void close() {
                // nothing to release
            }
        };
    }

    private static QueryResultsIterator<KeyValue> range(final NavigableMap<String, byte[]> map, final String prefix) {
        final List<KeyValue> results = new ArrayList<>();
        map.subMap(prefix, true, prefix + Character.MAX_VALUE, false).forEach((k, v) -> results.add(new Kv(k, v)));
        return iterator(results);
    }

    private static <T> QueryResultsIterator<T> iterator(final List<T> results) {
        return new QueryResultsIterator<>() {
            @Override
            public Iterator<T> iterator() {
                return results.iterator();
            }

            @Override
            public void close() {
                // nothing to release
            }
        };
    }

    private record Modification(String txId, Instant timestamp, byte[] value) implements KeyModification {
        @Override
        public String getTxId() {
            return txId;
        }

        @Override
        public byte[] getValue() {
            return value == null ? new byte[0] : value.clone();
        }

        @Override
        public String getStringValue() {
            return new String(getValue(), StandardCharsets.UTF_8);
        }

        @Override
        public Instant getTimestamp() {
            return timestamp;
        }

        @Override
        public boolean isDeleted() {
            return value == null;
        }
    }

    private record Kv(String key, byte[] value) implements KeyValue {
        @Override
        public String getKey() {
            return key;
        }

        @Override
        public byte[] getValue() {
            return value.clone();
        }

        @Override
        public String getStringValue() {
            return new String(value, StandardCharsets.UTF_8);
        }
    }
}
