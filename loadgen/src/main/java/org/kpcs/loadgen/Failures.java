package org.kpcs.loadgen;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Failed transactions by code: the chaincode's ErrorCode, Fabric's validation code, or the client's. */
final class Failures {
    private static final String MVCC = "MVCC_READ_CONFLICT";
    private static final String PHANTOM = "PHANTOM_READ_CONFLICT";

    private final Map<String, LongAdder> byCode = new ConcurrentHashMap<>();
    private final Map<String, String> firstMessage = new ConcurrentHashMap<>();

    void record(final String code) {
        byCode.computeIfAbsent(code, c -> new LongAdder()).increment();
    }

    /** As {@link #record(String)}, keeping the first message of each code to explain it. */
    void record(final String code, final String message) {
        record(code);
        firstMessage.putIfAbsent(code, message);
    }

    /** The first message seen of each code that came with one. */
    Map<String, String> examples() {
        return new TreeMap<>(firstMessage);
    }

    /** Failed transactions; a step retried after a lagging peer ({@link PeerLag#RETRIED}) is not one. */
    long total() {
        return byCode.entrySet().stream()
                .filter(e -> !e.getKey().startsWith(PeerLag.RETRIED))
                .mapToLong(e -> e.getValue().sum())
                .sum();
    }

    /** Read conflicts (MVCC and phantom): the cost of hot keys, counted apart from every other failure. */
    long readConflicts() {
        return count(MVCC) + count(PHANTOM);
    }

    long count(final String code) {
        final LongAdder n = byCode.get(code);
        return n == null ? 0 : n.sum();
    }

    /** Every code seen, in name order. */
    Map<String, Long> byCode() {
        final Map<String, Long> copy = new TreeMap<>();
        byCode.forEach((code, n) -> copy.put(code, n.sum()));
        return copy;
    }
}
