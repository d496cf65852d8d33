package org.kpcs.chaincode.compliance;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Ids of concerns and missions: a prefix, the day and the start of the transaction id, so every endorser derives
 * the same id and no counter is shared (no hot key).
 */
final class RecordIds {
    private static final int TX_PREFIX = 8;

    private RecordIds() {}

    static String of(final String prefix, final LocalDate day, final String txId) {
        return prefix + "-" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-"
                + txId.substring(0, Math.min(TX_PREFIX, txId.length()));
    }
}
