package org.kpcs.gateway.print;

import java.nio.file.Path;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.protos.PrintPayload;
import org.kpcs.protos.PrintedCertificate;
import org.kpcs.protos.QrCheck;

/**
 * The printed Kimberley Process Certificate (Annex I) and the check of its QR code against the ledger, as a
 * client calls them: both read only public queries, plus the caller's own private details when it may read
 * them.
 */
public interface CertificatePrints {
    /** Printing and checking over a connection. */
    static CertificatePrints of(final KpGateway gateway) {
        return new GatewayPrints(gateway);
    }

    /**
     * Writes the Certificate's current record as a PDF with its QR code. The commercial details are printed
     * only when the caller's organisation keeps them and its user may read them; otherwise the PDF says why
     * they are withheld.
     */
    PrintedCertificate print(String number, Path pdf);

    /** The verdict on a scanned payload: valid, confirmed, amended, voided or forged ({@link QrVerdicts}). */
    QrCheck check(PrintPayload payload);
}
