package org.kpcs.chaincode.certificate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.kpcs.chaincode.ledger.EndorsementPolicies;
import org.kpcs.chaincode.ledger.Keys;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.ledger.Role;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.chaincode.participant.Participants;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.CertificateDisputed;
import org.kpcs.protos.CertificateEvent;
import org.kpcs.protos.CertificatePage;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.CustodyRecord;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.ImportReceipt;
import org.kpcs.protos.Participant;

/**
 * A Certificate's records on the ledger. The issuer's part (key-level endorsement: the exporting
 * Participant's peer) and the importer's part (the importing Participant's peer) are separate keys, so each
 * side writes only what it answers for; custody records are appended, one key each. Indexes are simple keys
 * scanned by range, so every query is bounded by its page, never by the size of the ledger.
 */
public final class CertificateRecords {
    private static final Logger LOG = Logger.getLogger(CertificateRecords.class.getName());

    /** Chaincode event name; the payload is a {@code CertificateEvent}. */
    public static final String EVENT = "CertificateEvent";

    private final Ledger ledger;

    /** The transaction's CertificateRecords. */
    public static CertificateRecords of(final TransactionContext ctx) {
        return ctx.repository(CertificateRecords.class, c -> new CertificateRecords(c.ledger()));
    }

    public CertificateRecords(final Ledger ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    public Ledger ledger() {
        return ledger;
    }

    private static String certificateKey(final String number) {
        return Keys.certificate(number);
    }

    private static String receiptKey(final String number) {
        return Keys.receipt(number);
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
        final List<CustodyRecord> records = ledger.readAll(Keys.CUSTODY, CustodyRecord.parser(), number);
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
                .setStatus(CertificateLifecycle.status(certificate, receipt, custody, ledger.txTime()))
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
        index(Keys.certificatesOf(certificate.getExportingParticipant(), "EXPORT") + date + "~" + number, number);
        index(Keys.certificatesOf(certificate.getImportingParticipant(), "IMPORT") + date + "~" + number, number);
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
        ledger.write(Keys.custody(record.getCertificateNumber(), record.getRecordedAt(), record.getTxId()), record);
    }

    /** The Certificate no longer awaits confirmation (confirmed, voided or disputed). */
    public void closePending(final Certificate certificate) {
        ledger.delete(pendingKey(certificate.getImportingParticipant(), certificate.getNumber()));
    }

    public void markDisputed(final Certificate certificate) {
        closePending(certificate);
        index(Keys.disputed() + certificate.getNumber(), certificate.getNumber());
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
        final String prefix = Keys.certificatesOf(participant, direction);
        return page(prefix + from + "~", prefix + to + Keys.END, pageSize, bookmark);
    }

    public CertificatePage pending(final String importer, final int pageSize, final String bookmark) {
        final String prefix = Keys.pendingFor(importer);
        return page(prefix, prefix + Keys.END, pageSize, bookmark);
    }

    public CertificatePage disputed(final int pageSize, final String bookmark) {
        return page(Keys.disputed(), Keys.disputed() + Keys.END, pageSize, bookmark);
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
        return Keys.pendingFor(importer) + number;
    }

    private void index(final String key, final String number) {
        ledger.write(key, number);
    }
    /** A dispute is never silent: the Certificate is marked and the Chair and the exporter are told (VI 16). */
    public void dispute(final Certificate certificate, final List<String> reasons, final String raisedBy) {
        markDisputed(certificate);
        emit(event(certificate, CertificateStatus.DISPUTED)
                .setDisputed(CertificateDisputed.newBuilder()
                        .addAllReasons(reasons)
                        .addNotify("CHAIR")
                        .addNotify(certificate.getExportingParticipant())
                        .setRaisedBy(raisedBy))
                .build());
        LOG.warning(() -> "Certificate " + certificate.getNumber() + " DISPUTED by " + raisedBy + ": " + reasons
                + "; notifying the Chair and " + certificate.getExportingParticipant());
    }

    /** The event of a Certificate's step: public fields only. */
    static CertificateEvent.Builder event(final Certificate certificate, final CertificateStatus status) {
        return CertificateEvent.newBuilder()
                .setCertificateNumber(certificate.getNumber())
                .setExportingParticipant(certificate.getExportingParticipant())
                .setImportingParticipant(certificate.getImportingParticipant())
                .setStatus(status);
    }

    /** KPCS II, IV(b): only the exporting Participant's Exporting Authority issues, amends or voids. */
    static Participant requireIssuer(final TransactionContext ctx, final Certificate certificate) {
        return Participants.of(ctx)
                .requireAuthorityOf(ctx.caller(), certificate.getExportingParticipant(), Role.EXPORTING_AUTHORITY);
    }
}
