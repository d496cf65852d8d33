package org.kpcs.chaincode.certificate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.kpcs.chaincode.ledger.EndorsementPolicies;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.CertificateEvent;
import org.kpcs.protos.CertificateHistory;
import org.kpcs.protos.CertificateHistoryEntry;
import org.kpcs.protos.CertificatePage;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.CustodyRecord;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.ImportReceipt;

/**
 * A Certificate's records on the ledger. The issuer's part (key-level endorsement: the exporting
 * Participant's peer) and the importer's part (the importing Participant's peer) are separate keys, so each
 * side writes only what it answers for; custody records are appended, one key each. Indexes are simple keys
 * scanned by range, so every query is bounded by its page, never by the size of the ledger.
 */
public final class CertificateRecords {
    /** Chaincode event name; the payload is a {@code CertificateEvent}. */
    public static final String EVENT = "CertificateEvent";

    static final String CERTIFICATE = "certificate";
    static final String RECEIPT = "receipt";
    static final String CUSTODY = "custody";

    private static final String INDEX_BY_PARTICIPANT = "IDX~cert~";
    private static final String INDEX_PENDING = "IDX~pending~";
    private static final String INDEX_DISPUTED = "IDX~disputed~";
    /** Sorts after every character a certificate number or date may hold. */
    private static final String END = "~~";

    private final Ledger ledger;

    /** The transaction's CertificateRecords. */
    public static CertificateRecords of(final TransactionContext ctx) {
        return ctx.repository(CertificateRecords.class, CertificateRecords::new);
    }

    public CertificateRecords(final Ledger ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    public Ledger ledger() {
        return ledger;
    }

    String certificateKey(final String number) {
        return ledger.key(CERTIFICATE, number);
    }

    String receiptKey(final String number) {
        return ledger.key(RECEIPT, number);
    }

    public boolean exists(final String number) {
        return ledger.exists(certificateKey(number));
    }

    public Certificate certificate(final String number) {
        return ledger.read(certificateKey(number), Certificate.parser())
                .orElseThrow(
                        () -> Refusal.of(
                                ErrorCode.CERTIFICATE_NOT_FOUND,
                                "no Certificate numbered " + number
                                        + "; check the number on the document (it begins with the exporting Participant's code)"));
    }

    public ImportReceipt receipt(final String number) {
        return ledger.read(receiptKey(number), ImportReceipt.parser())
                .orElse(ImportReceipt.newBuilder().setCertificateNumber(number).build());
    }

    public List<CustodyRecord> custody(final String number) {
        final List<CustodyRecord> records = ledger.readAll(CUSTODY, CustodyRecord.parser(), number);
        return records.stream()
                .sorted(Comparator.comparing(
                                (CustodyRecord r) -> r.getRecordedAt().getSeconds())
                        .thenComparing(r -> r.getRecordedAt().getNanos())
                        .thenComparing(CustodyRecord::getTxId))
                .toList();
    }

    public CertificateView view(final String number) {
        return view(certificate(number));
    }

    public CertificateView view(final Certificate certificate) {
        return assemble(certificate, receipt(certificate.getNumber()), custody(certificate.getNumber()));
    }

    /** A view of records already in hand, with the status they add up to now; reads nothing. */
    public CertificateView assemble(
            final Certificate certificate, final ImportReceipt receipt, final List<CustodyRecord> custody) {
        return CertificateView.newBuilder()
                .setCertificate(certificate)
                .setReceipt(receipt)
                .addAllCustody(custody)
                .setStatus(CertificateRules.status(certificate, receipt, custody, ledger.txTime()))
                .build();
    }

    /**
     * The view after this transaction's own writes: Fabric lets a transaction read only committed state, so
     * the records it has just written are passed in.
     */
    public CertificateView viewAfter(
            final CertificateView before, final ImportReceipt receipt, final CustodyRecord appended) {
        final List<CustodyRecord> custody = new ArrayList<>(before.getCustodyList());
        if (appended != null) {
            custody.add(appended);
        }
        return assemble(before.getCertificate(), receipt, custody);
    }

    /** A new Certificate: the record, its endorsement binding, the importer's side and the indexes. */
    public CertificateView create(final Certificate certificate, final String exporterMsp, final String importerMsp) {
        final String number = certificate.getNumber();
        ledger.write(certificateKey(number), certificate);
        // KPCS II, IV(b): only the exporting Participant validates, amends or voids its Certificates
        ledger.requireEndorsement(certificateKey(number), EndorsementPolicies.peerOf(exporterMsp));
        final ImportReceipt receipt =
                ImportReceipt.newBuilder().setCertificateNumber(number).build();
        ledger.write(
                receiptKey(number),
                receipt.toBuilder().setLastTxId(ledger.txId()).build());
        // KPCS III(b): only the importing Participant confirms receipt
        ledger.requireEndorsement(receiptKey(number), EndorsementPolicies.peerOf(importerMsp));
        final String date = certificate.getDateOfIssue();
        index(INDEX_BY_PARTICIPANT + certificate.getExportingParticipant() + "~EXPORT~" + date + "~" + number, number);
        index(INDEX_BY_PARTICIPANT + certificate.getImportingParticipant() + "~IMPORT~" + date + "~" + number, number);
        index(pendingKey(certificate.getImportingParticipant(), number), number);
        return assemble(certificate, receipt, List.of());
    }

    /**
     * A step on a Certificate cannot be dated before the steps already recorded: the transaction timestamp is
     * the client's, so it is checked against the Certificate's own history.
     */
    public void requireNotBeforeLastRecord(final CertificateView view) {
        final java.time.Instant now = ledger.txTime();
        com.google.protobuf.Timestamp last = view.getCertificate().getIssuedAt();
        for (final CustodyRecord record : view.getCustodyList()) {
            last = later(last, record.getRecordedAt());
        }
        last = later(last, view.getReceipt().getArrivedAt());
        last = later(last, view.getReceipt().getDisputedAt());
        for (final org.kpcs.protos.Amendment amendment : view.getCertificate().getAmendmentsList()) {
            last = later(last, amendment.getAmendedAt());
        }
        final java.time.Instant lastInstant = java.time.Instant.ofEpochSecond(last.getSeconds(), last.getNanos());
        if (now.isBefore(lastInstant)) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "the transaction is dated " + now + ", before the Certificate's" + " last recorded step ("
                            + lastInstant + "); check the client's clock");
        }
    }

    private static com.google.protobuf.Timestamp later(
            final com.google.protobuf.Timestamp a, final com.google.protobuf.Timestamp b) {
        return b.getSeconds() > a.getSeconds() || b.getSeconds() == a.getSeconds() && b.getNanos() > a.getNanos()
                ? b
                : a;
    }

    public void update(final Certificate certificate) {
        ledger.write(certificateKey(certificate.getNumber()), certificate);
    }

    public void update(final ImportReceipt receipt) {
        ledger.write(receiptKey(receipt.getCertificateNumber()), receipt);
    }

    public void append(final CustodyRecord record) {
        ledger.write(
                ledger.key(
                        CUSTODY,
                        record.getCertificateNumber(),
                        String.format(
                                "%012d.%09d",
                                record.getRecordedAt().getSeconds(),
                                record.getRecordedAt().getNanos()),
                        record.getTxId()),
                record);
    }

    /** The Certificate no longer awaits confirmation (confirmed, voided or disputed). */
    public void closePending(final Certificate certificate) {
        ledger.delete(pendingKey(certificate.getImportingParticipant(), certificate.getNumber()));
    }

    public void markDisputed(final Certificate certificate) {
        closePending(certificate);
        index(INDEX_DISPUTED + certificate.getNumber(), certificate.getNumber());
    }

    public void emit(final CertificateEvent event) {
        ledger.emit(EVENT, event);
    }

    /** Certificates of a Participant in one direction, issued between two dates (inclusive), one page. */
    public CertificatePage byParticipant(
            final String participant,
            final String direction,
            final String from,
            final String to,
            final int pageSize,
            final String bookmark) {
        final String prefix = INDEX_BY_PARTICIPANT + participant + "~" + direction + "~";
        return page(prefix + from + "~", prefix + to + END, pageSize, bookmark);
    }

    public CertificatePage pending(final String importer, final int pageSize, final String bookmark) {
        final String prefix = INDEX_PENDING + importer + "~";
        return page(prefix, prefix + END, pageSize, bookmark);
    }

    public CertificatePage disputed(final int pageSize, final String bookmark) {
        return page(INDEX_DISPUTED, INDEX_DISPUTED + END, pageSize, bookmark);
    }

    /** Every state of the Certificate's records, oldest first. */
    public CertificateHistory history(final String number) {
        certificate(number);
        final List<CertificateHistoryEntry> entries = new ArrayList<>();
        for (final KeyModification m : ledger.history(certificateKey(number))) {
            final CertificateHistoryEntry.Builder entry = entry(m, "certificate");
            if (!m.isDeleted()) {
                entry.setCertificate(Ledger.parse(m.getValue(), Certificate.parser(), number));
            }
            entries.add(entry.build());
        }
        for (final KeyModification m : ledger.history(receiptKey(number))) {
            final CertificateHistoryEntry.Builder entry = entry(m, "receipt");
            if (!m.isDeleted()) {
                entry.setReceipt(Ledger.parse(m.getValue(), ImportReceipt.parser(), number));
            }
            entries.add(entry.build());
        }
        for (final CustodyRecord record : custody(number)) {
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

    private CertificatePage page(final String start, final String end, final int pageSize, final String bookmark) {
        final Ledger.Page page = ledger.page(start, end, pageSize, bookmark);
        final CertificatePage.Builder result = CertificatePage.newBuilder().setBookmark(page.bookmark());
        for (final KeyValue kv : page.entries()) {
            final String number = new String(kv.getValue(), StandardCharsets.UTF_8);
            ledger.read(certificateKey(number), Certificate.parser()).ifPresent(c -> result.addCertificates(view(c)));
        }
        return result.setFetched(page.entries().size()).build();
    }

    private String pendingKey(final String importer, final String number) {
        return INDEX_PENDING + importer + "~" + number;
    }

    private void index(final String key, final String number) {
        ledger.write(key, number);
    }

    /**
     * The Certificate must be in one of the {@code allowed} states for this step; otherwise the refusal names
     * the rule its state breaks.
     */
    public static void requireStatus(
            final CertificateView view, final String what, final CertificateStatus... allowed) {
        for (final CertificateStatus status : allowed) {
            if (view.getStatus() == status) {
                return;
            }
        }
        final String number = view.getCertificate().getNumber();
        switch (view.getStatus()) {
            case VOID -> throw Refusal.of(ErrorCode.CERTIFICATE_VOID, "Certificate " + number + " is void");
            case CONFIRMED ->
                throw Refusal.of(
                        ErrorCode.ALREADY_CONFIRMED,
                        "Certificate " + number + " is already confirmed (once only, KPCS III(b)) and can no longer be "
                                + what);
            case EXPIRED ->
                throw Refusal.of(
                        ErrorCode.CERTIFICATE_EXPIRED,
                        "Certificate " + number + " expired on "
                                + view.getCertificate().getDateOfExpiry()
                                + "; the exporter must void it and issue a new one");
            case DISPUTED ->
                throw Refusal.of(
                        ErrorCode.INVALID_STATE,
                        "Certificate " + number + " is disputed; the Chair and the"
                                + " Participants settle it before it can be " + what);
            default ->
                throw Refusal.of(
                        ErrorCode.INVALID_STATE,
                        "Certificate " + number + " is " + view.getStatus() + " and cannot be " + what
                                + " now; it must be " + java.util.Arrays.toString(allowed));
        }
    }
}
