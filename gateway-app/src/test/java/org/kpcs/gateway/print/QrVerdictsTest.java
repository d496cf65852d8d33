package org.kpcs.gateway.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kpcs.protos.Amendment;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.CertificateHistory;
import org.kpcs.protos.CertificateHistoryEntry;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.ImportConfirmation;
import org.kpcs.protos.ImportReceipt;
import org.kpcs.protos.PrintPayload;
import org.kpcs.protos.QrCheck;
import org.kpcs.protos.QrVerdict;

class QrVerdictsTest {
    private static final String NUMBER = "BW-2026-000123";
    private static final String TX1 = "1".repeat(64);
    private static final String TX_RECEIPT = "2".repeat(64);
    private static final String TX2 = "3".repeat(64);
    private static final String TX3 = "4".repeat(64);

    private static final Certificate ISSUED = Certificate.newBuilder()
            .setNumber(NUMBER)
            .setExportingParticipant("BW")
            .setImportingParticipant("AE")
            .setCaratWeightMilli(12_500_250)
            .setDateOfExpiry("2026-12-31")
            .setIssueTxId(TX1)
            .setLastTxId(TX1)
            .build();
    private static final Certificate AMENDED = ISSUED.toBuilder()
            .setCaratWeightMilli(12_000_000)
            .addAmendments(Amendment.newBuilder()
                    .setReason("re-weighed")
                    .addChangedFields("carat_weight_milli")
                    .setTxId(TX2))
            .setLastTxId(TX2)
            .build();
    private static final Certificate VOIDED = AMENDED.toBuilder()
            .setVoided(true)
            .setVoidReason("shipment cancelled")
            .setLastTxId(TX3)
            .build();

    private static CertificateHistory history(final Certificate... records) {
        final CertificateHistory.Builder history =
                CertificateHistory.newBuilder().setNumber(NUMBER);
        history.addEntries(entry(records[0]));
        history.addEntries(CertificateHistoryEntry.newBuilder()
                .setTxId(TX_RECEIPT)
                .setRecord("receipt")
                .setReceipt(ImportReceipt.newBuilder().setCertificateNumber(NUMBER)));
        Arrays.stream(records).skip(1).forEach(r -> history.addEntries(entry(r)));
        return history.build();
    }

    private static CertificateHistoryEntry entry(final Certificate record) {
        return CertificateHistoryEntry.newBuilder()
                .setTxId(record.getLastTxId())
                .setRecord("certificate")
                .setCertificate(record)
                .build();
    }

    private static CertificateView view(final Certificate current, final CertificateStatus status) {
        return CertificateView.newBuilder()
                .setCertificate(current)
                .setStatus(status)
                .build();
    }

    private static PrintPayload printed(final Certificate record) {
        return QrPayload.of(NUMBER, RecordHash.of(record), record.getLastTxId());
    }

    private static QrCheck judge(final PrintPayload payload, final CertificateView view, final Certificate... records) {
        return QrVerdicts.judge(payload, Optional.of(view), history(records));
    }

    @Test
    void the_current_record_is_valid_and_exits_zero() {
        final QrCheck check = judge(printed(ISSUED), view(ISSUED, CertificateStatus.SEALED_FOR_EXPORT), ISSUED);
        assertThat(check.getVerdict()).isEqualTo(QrVerdict.QR_VALID);
        assertThat(check.getExitCode()).isZero();
        assertThat(check.getReason()).contains("matches").contains("SEALED_FOR_EXPORT");
        assertThat(check.getCurrentRecordHash()).isEqualTo(RecordHash.of(ISSUED));
        assertThat(check.getCurrentTxId()).isEqualTo(TX1);
        assertThat(check.getCurrent()).isEqualTo(ISSUED);
    }

    @Test
    void an_expired_or_disputed_certificate_is_valid_paper_with_the_caveat_in_its_reason() {
        assertThat(judge(printed(ISSUED), view(ISSUED, CertificateStatus.EXPIRED), ISSUED)
                        .getReason())
                .contains("expired on 2026-12-31");
        final CertificateView disputed = view(ISSUED, CertificateStatus.DISPUTED).toBuilder()
                .setReceipt(ImportReceipt.newBuilder().setDisputed(true).addDisputeReasons("carats differ"))
                .build();
        final QrCheck check = judge(printed(ISSUED), disputed, ISSUED);
        assertThat(check.getVerdict()).isEqualTo(QrVerdict.QR_VALID);
        assertThat(check.getReason()).contains("disputes it: carats differ");
    }

    @Test
    void a_confirmed_receipt_says_confirmed() {
        final CertificateView confirmed = view(ISSUED, CertificateStatus.CONFIRMED).toBuilder()
                .setReceipt(ImportReceipt.newBuilder()
                        .setConfirmed(true)
                        .setConfirmation(ImportConfirmation.newBuilder().setDateOfReceipt("2026-03-02")))
                .build();
        final QrCheck check = judge(printed(ISSUED), confirmed, ISSUED);
        assertThat(check.getVerdict()).isEqualTo(QrVerdict.QR_CONFIRMED);
        assertThat(check.getExitCode()).isEqualTo(10);
        assertThat(check.getReason()).contains("AE confirmed receipt on 2026-03-02");
    }

    @Test
    void paper_printed_before_an_amendment_says_amended_with_the_amendment() {
        final QrCheck check = judge(printed(ISSUED), view(AMENDED, CertificateStatus.ISSUED), ISSUED, AMENDED);
        assertThat(check.getVerdict()).isEqualTo(QrVerdict.QR_AMENDED);
        assertThat(check.getExitCode()).isEqualTo(11);
        assertThat(check.getReason()).contains("carat_weight_milli: re-weighed").contains("print it again");
        assertThat(judge(printed(AMENDED), view(AMENDED, CertificateStatus.ISSUED), ISSUED, AMENDED)
                        .getVerdict())
                .isEqualTo(QrVerdict.QR_VALID);
    }

    @Test
    void a_void_certificate_says_voided_whichever_record_was_printed() {
        for (final Certificate paper : new Certificate[] {ISSUED, AMENDED, VOIDED}) {
            final QrCheck check = judge(printed(paper), view(VOIDED, CertificateStatus.VOID), ISSUED, AMENDED, VOIDED);
            assertThat(check.getVerdict()).as("paper %s", paper.getLastTxId()).isEqualTo(QrVerdict.QR_VOIDED);
            assertThat(check.getExitCode()).isEqualTo(12);
            assertThat(check.getReason()).contains("shipment cancelled");
        }
    }

    @Test
    void an_unknown_certificate_is_forged() {
        final QrCheck check =
                QrVerdicts.judge(printed(ISSUED), Optional.empty(), CertificateHistory.getDefaultInstance());
        assertThat(check.getVerdict()).isEqualTo(QrVerdict.QR_FORGED);
        assertThat(check.getExitCode()).isEqualTo(13);
        assertThat(check.getReason()).contains("no Certificate " + NUMBER);
        assertThat(check.getCurrentTxId()).isEmpty();
        assertThat(check.hasCurrent()).isFalse();
    }

    @Test
    void a_transaction_that_never_wrote_the_certificate_record_is_forged() {
        final CertificateView now = view(ISSUED, CertificateStatus.ISSUED);
        final QrCheck unknown = judge(QrPayload.of(NUMBER, RecordHash.of(ISSUED), "9".repeat(64)), now, ISSUED);
        assertThat(unknown.getVerdict()).isEqualTo(QrVerdict.QR_FORGED);
        assertThat(unknown.getReason()).contains("never wrote a record");
        // the receipt's transaction is in the Certificate's history, but wrote no Certificate record
        assertThat(judge(QrPayload.of(NUMBER, RecordHash.of(ISSUED), TX_RECEIPT), now, ISSUED)
                        .getVerdict())
                .isEqualTo(QrVerdict.QR_FORGED);
    }

    @Test
    void a_hash_that_is_not_the_record_its_transaction_wrote_is_forged() {
        final Certificate altered =
                ISSUED.toBuilder().setCaratWeightMilli(99_000_000).build();
        final QrCheck check = judge(
                QrPayload.of(NUMBER, RecordHash.of(altered), TX1), view(ISSUED, CertificateStatus.ISSUED), ISSUED);
        assertThat(check.getVerdict()).isEqualTo(QrVerdict.QR_FORGED);
        assertThat(check.getReason()).contains("is not that of the record transaction " + TX1);
    }

    @Test
    void every_verdict_has_its_own_exit_code_apart_from_the_cli_error_codes() {
        assertThat(Arrays.stream(QrVerdict.values())
                        .filter(v -> v != QrVerdict.QR_VERDICT_UNSPECIFIED && v != QrVerdict.UNRECOGNIZED)
                        .map(QrVerdicts::exitCode))
                .doesNotHaveDuplicates()
                .doesNotContain(1, 2, 3)
                .hasSize(5);
        assertThat(QrVerdicts.word(QrVerdict.QR_CONFIRMED)).isEqualTo("confirmed");
    }
}
