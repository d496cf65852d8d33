package org.kpcs.gateway.print;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.PrintPayload;

/**
 * Everything a printed Certificate shows: the ledger's view of it, the commercial details when the caller's
 * organisation may read them (else why not), the QR payload, and who printed it when.
 */
record PrintContent(
        CertificateView view,
        Optional<CommercialDetails> details,
        String withheld,
        PrintPayload payload,
        String printedBy,
        Instant printedAt) {
    PrintContent {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(withheld, "withheld");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(printedBy, "printedBy");
        Objects.requireNonNull(printedAt, "printedAt");
    }
}
