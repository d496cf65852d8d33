package org.kpcs.gateway.index;

import java.util.List;
import java.util.Objects;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.ImportReceipt;

/**
 * What one block changed that the index keeps, in the order the block's valid transactions wrote it: the public
 * Certificates and import receipts, and the commercial details in the organisation's own collection.
 * {@code createdMillis} is when its first transaction was proposed (0 for a block without one), for the lag.
 */
record BlockChanges(
        long blockNumber,
        long createdMillis,
        List<Written<Certificate>> certificates,
        List<Written<ImportReceipt>> receipts,
        List<Written<CommercialDetails>> details) {
    BlockChanges {
        certificates = List.copyOf(certificates);
        receipts = List.copyOf(receipts);
        details = List.copyOf(details);
    }

    /** One record under a Certificate's number, as a transaction wrote it; {@code record} is null for a delete. */
    record Written<T>(String number, T record, String txId) {
        Written {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(txId, "txId");
        }
    }

    int size() {
        return certificates.size() + receipts.size() + details.size();
    }
}
