package org.kpcs.chaincode.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.kpcs.protos.ErrorCode;

/** Calendar dates as requests carry them (yyyy-mm-dd), and the date of a transaction's timestamp. */
public final class Dates {
    private Dates() {}

    public static LocalDate parse(final String field, final String value) {
        try {
            return LocalDate.parse(value == null ? "" : value);
        } catch (DateTimeParseException e) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, field + " '" + value + "' is not a date (yyyy-mm-dd)", e);
        }
    }

    /** The calendar date (UTC) of a transaction's timestamp: every endorser agrees on it. */
    public static LocalDate of(final Instant txTime) {
        return LocalDate.ofInstant(txTime, ZoneOffset.UTC);
    }
}
