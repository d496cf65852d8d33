package org.kpcs.chaincode.certificate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.kpcs.chaincode.ledger.Keys;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.CertificateHistory;
import org.kpcs.protos.CertificateHistoryEntry;
import org.kpcs.protos.CustodyRecord;
import org.kpcs.protos.ImportReceipt;

/** Every state of a Certificate's records: the key histories of its certificate and receipt, and its custody. */
final class CertificateHistories {
    private final Ledger ledger;
    private final CertificateRecords records;

    CertificateHistories(final Ledger ledger, final CertificateRecords records) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.records = Objects.requireNonNull(records, "records");
    }

    /** Every state of the Certificate's records, oldest first. */
    CertificateHistory of(final String number) {
        records.certificate(number);
        final List<CertificateHistoryEntry> entries = new ArrayList<>();
        for (final KeyModification m : ledger.history(Keys.certificate(number))) {
            final CertificateHistoryEntry.Builder entry = entry(m, "certificate");
            if (!m.isDeleted()) {
                entry.setCertificate(Ledger.parse(m.getValue(), Certificate.parser(), number));
            }
            entries.add(entry.build());
        }
        for (final KeyModification m : ledger.history(Keys.receipt(number))) {
            final CertificateHistoryEntry.Builder entry = entry(m, "receipt");
            if (!m.isDeleted()) {
                entry.setReceipt(Ledger.parse(m.getValue(), ImportReceipt.parser(), number));
            }
            entries.add(entry.build());
        }
        for (final CustodyRecord record : records.custody(number)) {
            entries.add(CertificateHistoryEntry.newBuilder()
                    .setTxId(record.getTxId())
                    .setTimestamp(record.getRecordedAt())
                    .setRecord("custody")
                    .setCustody(record)
                    .build());
        }
        entries.sort(Comparator.comparing(
                        (CertificateHistoryEntry e) -> e.getTimestamp().getSeconds())
                .thenComparing(e -> e.getTimestamp().getNanos())
                .thenComparing(CertificateHistoryEntry::getRecord));
        return CertificateHistory.newBuilder()
                .setNumber(number)
                .addAllEntries(entries)
                .build();
    }

    private static CertificateHistoryEntry.Builder entry(final KeyModification m, final String record) {
        return CertificateHistoryEntry.newBuilder()
                .setTxId(m.getTxId())
                .setTimestamp(com.google.protobuf.Timestamp.newBuilder()
                        .setSeconds(m.getTimestamp().getEpochSecond())
                        .setNanos(m.getTimestamp().getNano()))
                .setRecord(record);
    }
}
