package org.kpcs.chaincode.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.kpcs.chaincode.ledger.Dates;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.CustodyEvent;
import org.kpcs.protos.CustodyRecord;
import org.kpcs.protos.ImportReceipt;

/**
 * A Certificate's status is computed, never stored: what its certificate record, its import receipt and its
 * custody records add up to at the time of the transaction that asks.
 */
public final class CertificateLifecycle {
    private CertificateLifecycle() {}

    /** Expiry is judged by the transaction's timestamp, which every endorser agrees on, never the wall clock. */
    public static boolean isExpired(final Certificate certificate, final Instant txTime) {
        return Dates.of(txTime).isAfter(LocalDate.parse(certificate.getDateOfExpiry()));
    }

    /** What a Certificate's records add up to, at the time of the transaction that asks. */
    public static CertificateStatus status(
            final Certificate certificate,
            final ImportReceipt receipt,
            final List<CustodyRecord> custody,
            final Instant txTime) {
        if (certificate.getVoided()) {
            return CertificateStatus.VOID;
        }
        if (receipt.getConfirmed()) {
            return CertificateStatus.CONFIRMED;
        }
        if (receipt.getDisputed() || custody.stream().anyMatch(CustodyRecord::getDiscrepancy)) {
            return CertificateStatus.DISPUTED;
        }
        if (isExpired(certificate, txTime)) {
            return CertificateStatus.EXPIRED;
        }
        if (receipt.getArrived()) {
            return CertificateStatus.ARRIVED_AT_IMPORT;
        }
        if (custody.stream().anyMatch(c -> c.getEvent() == CustodyEvent.TRANSIT)) {
            return CertificateStatus.IN_TRANSIT;
        }
        if (custody.stream().anyMatch(c -> c.getEvent() == CustodyEvent.SEALED)) {
            return CertificateStatus.SEALED_FOR_EXPORT;
        }
        return CertificateStatus.ISSUED;
    }
}
