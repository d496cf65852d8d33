package org.kpcs.gateway.index;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One Certificate as the statistics need it: the public Certificate, what its import receipt says, and its
 * value in US$ cents when the reader's own Participant holds the commercial details.
 */
public record Shipment(
        String number,
        String exporter,
        String importer,
        String origin,
        List<String> mixedOrigins,
        String hsCode,
        long caratsMilli,
        String dateOfIssue,
        String dateOfExpiry,
        boolean voided,
        Receipt receipt,
        OptionalLong valueUsdCents) {
    public Shipment {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(exporter, "exporter");
        Objects.requireNonNull(importer, "importer");
        Objects.requireNonNull(origin, "origin");
        mixedOrigins = List.copyOf(mixedOrigins);
        Objects.requireNonNull(hsCode, "hsCode");
        Objects.requireNonNull(dateOfIssue, "dateOfIssue");
        Objects.requireNonNull(dateOfExpiry, "dateOfExpiry");
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(valueUsdCents, "valueUsdCents");
    }

    /** The importing side (KPCS III(b)): confirmed or disputed, the date of receipt and the carats received. */
    public record Receipt(boolean confirmed, boolean disputed, String dateOfReceipt, long confirmedCaratsMilli) {
        public static final Receipt NONE = new Receipt(false, false, "", 0);

        public Receipt {
            Objects.requireNonNull(dateOfReceipt, "dateOfReceipt");
        }
    }
}
