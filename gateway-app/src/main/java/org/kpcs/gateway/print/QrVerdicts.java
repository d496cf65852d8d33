package org.kpcs.gateway.print;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kpcs.protos.Amendment;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.CertificateHistory;
import org.kpcs.protos.CertificateHistoryEntry;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.PrintPayload;
import org.kpcs.protos.QrCheck;
import org.kpcs.protos.QrVerdict;

/**
 * The verdict on a printed Certificate's QR payload, from the Certificate's current view and its history
 * (Annex I: a Certificate is "tamper and forgery resistant"; Section III(b): confirmation of receipt; a void
 * or amended Certificate no longer stands as printed). In order:
 *
 * <ol>
 *   <li><b>forged</b>: no such Certificate, or the payload's transaction never wrote its record, or it wrote a
 *       record with another hash;
 *   <li><b>voided</b>: the Certificate is void now, whichever record was printed;
 *   <li><b>amended</b>: the printed record is no longer the current one;
 *   <li><b>confirmed</b>: the importing Participant has confirmed receipt;
 *   <li><b>valid</b>: otherwise; the reason names the status when it is expired or disputed.
 * </ol>
 */
public final class QrVerdicts {
    private static final String CERTIFICATE_RECORD = "certificate";

    private QrVerdicts() {}

    /** The exit code of {@code kpcs cert check-qr}: 0 valid, then 10 to 13, apart from the CLI's error codes. */
    public static int exitCode(final QrVerdict verdict) {
        return switch (verdict) {
            case QR_VALID -> 0;
            case QR_CONFIRMED -> 10;
            case QR_AMENDED -> 11;
            case QR_VOIDED -> 12;
            case QR_FORGED -> 13;
            default -> throw new IllegalArgumentException("no exit code for " + verdict);
        };
    }

    /** The verdict's word, as the CLI prints it: valid, confirmed, amended, voided, forged. */
    public static String word(final QrVerdict verdict) {
        return verdict.name().substring("QR_".length()).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Judges a payload.
     *
     * @param view the Certificate now, or empty when the ledger has no Certificate of that number
     * @param history its history (ignored when {@code view} is empty)
     */
    public static QrCheck judge(
            final PrintPayload payload, final Optional<CertificateView> view, final CertificateHistory history) {
        final String number = payload.getCertificateNumber();
        if (view.isEmpty()) {
            return verdict(payload, QrVerdict.QR_FORGED, "the ledger has no Certificate " + number)
                    .build();
        }
        final Certificate current = view.get().getCertificate();
        final QrCheck.Builder check = QrCheck.newBuilder()
                .setStatus(view.get().getStatus())
                .setCurrent(current)
                .setCurrentRecordHash(RecordHash.of(current))
                .setCurrentTxId(current.getLastTxId());
        final Optional<Certificate> printed = history.getEntriesList().stream()
                .filter(e ->
                        CERTIFICATE_RECORD.equals(e.getRecord()) && e.getTxId().equals(payload.getTxId()))
                .map(CertificateHistoryEntry::getCertificate)
                .findFirst();
        if (printed.isEmpty()) {
            return decide(
                    check,
                    payload,
                    QrVerdict.QR_FORGED,
                    "transaction " + payload.getTxId() + " never wrote a record of Certificate " + number);
        }
        if (!RecordHash.of(printed.get()).equals(payload.getRecordHash())) {
            return decide(
                    check,
                    payload,
                    QrVerdict.QR_FORGED,
                    "the record hash " + payload.getRecordHash() + " is not that of the record transaction "
                            + payload.getTxId() + " wrote for " + number);
        }
        if (current.getVoided()) {
            return decide(
                    check,
                    payload,
                    QrVerdict.QR_VOIDED,
                    "Certificate " + number + " was voided by its issuer: " + current.getVoidReason());
        }
        if (!current.getLastTxId().equals(payload.getTxId())) {
            final List<Amendment> since = current.getAmendmentsList()
                    .subList(printed.get().getAmendmentsCount(), current.getAmendmentsCount());
            return decide(
                    check,
                    payload,
                    QrVerdict.QR_AMENDED,
                    "Certificate " + number
                            + " has changed since this paper was printed (" + describe(since)
                            + "); print it again from the ledger");
        }
        if (view.get().getReceipt().getConfirmed()) {
            return decide(
                    check,
                    payload,
                    QrVerdict.QR_CONFIRMED,
                    "the importing Participant "
                            + current.getImportingParticipant() + " confirmed receipt on "
                            + view.get().getReceipt().getConfirmation().getDateOfReceipt()
                            + "; the shipment has been received under this Certificate");
        }
        return decide(
                check,
                payload,
                QrVerdict.QR_VALID,
                "the paper matches Certificate " + number + "'s current record" + caveat(view.get()));
    }

    private static String caveat(final CertificateView view) {
        if (view.getStatus() == CertificateStatus.EXPIRED) {
            return ", but the Certificate expired on " + view.getCertificate().getDateOfExpiry();
        }
        if (view.getStatus() == CertificateStatus.DISPUTED) {
            return ", but the importing Participant disputes it: "
                    + String.join("; ", view.getReceipt().getDisputeReasonsList());
        }
        return " (status " + view.getStatus() + ")";
    }

    private static String describe(final List<Amendment> amendments) {
        if (amendments.isEmpty()) {
            return "its record was rewritten";
        }
        return amendments.stream()
                .map(a -> "amended " + String.join(", ", a.getChangedFieldsList()) + ": " + a.getReason())
                .collect(Collectors.joining("; "));
    }

    private static QrCheck decide(
            final QrCheck.Builder check, final PrintPayload payload, final QrVerdict verdict, final String reason) {
        return check.mergeFrom(verdict(payload, verdict, reason).build()).build();
    }

    private static QrCheck.Builder verdict(final PrintPayload payload, final QrVerdict verdict, final String reason) {
        return QrCheck.newBuilder()
                .setVerdict(verdict)
                .setReason(reason)
                .setPayload(payload)
                .setExitCode(exitCode(verdict));
    }
}
