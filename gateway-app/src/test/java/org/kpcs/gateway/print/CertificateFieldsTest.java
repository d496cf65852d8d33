package org.kpcs.gateway.print;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kpcs.gateway.print.CertificateFields.Section;
import org.kpcs.protos.Amendment;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.ImportConfirmation;
import org.kpcs.protos.ImportReceipt;
import org.kpcs.protos.SourceDraw;
import org.kpcs.protos.SourceKind;

class CertificateFieldsTest {
    private static final Certificate RECORD = Certificate.newBuilder()
            .setNumber("AE-2026-7")
            .setExportingParticipant("AE")
            .setImportingParticipant("IN")
            .setOrigin("MIXED")
            .addMixedOrigins("BW")
            .addTransitParticipants("BW")
            .addExporterSources(SourceDraw.newBuilder()
                    .setKind(SourceKind.CERTIFICATE)
                    .setRef("BW-2026-1")
                    .setCaratWeightMilli(1_500))
            .putAdditionalCharacteristics("security-paper", "watermark K")
            .setCommercialDetailsHash("c".repeat(64))
            .setLastTxId("e".repeat(64))
            .build();

    private static List<String> rows(final CertificateView view, final Optional<CommercialDetails> details) {
        final PrintContent content = new PrintContent(
                view,
                details,
                details.isPresent() ? "" : "not readable by CSOMSP",
                QrPayload.of(RECORD.getNumber(), "d".repeat(64), "e".repeat(64)),
                "CSOMSP",
                Instant.parse("2026-04-01T00:00:00Z"));
        return CertificateFields.of(content).stream()
                .map(Section::rows)
                .flatMap(List::stream)
                .map(r -> r.label() + " = " + r.value())
                .toList();
    }

    @Test
    void a_confirmed_re_export_shows_its_optional_elements_and_the_import_confirmation() {
        final CertificateView view = CertificateView.newBuilder()
                .setCertificate(RECORD)
                .setStatus(CertificateStatus.CONFIRMED)
                .setReceipt(ImportReceipt.newBuilder()
                        .setConfirmed(true)
                        .setConfirmation(ImportConfirmation.newBuilder()
                                .setDateOfReceipt("2026-03-30")
                                .setNumberOfParcels(2)
                                .setCaratWeightMilli(4_200_500)
                                .setConfirmedBy("x509::CN=importer")
                                .setTxId("f".repeat(64))))
                .build();
        assertThat(rows(view, Optional.empty()))
                .contains(
                        "Country of origin = MIXED: BW",
                        "Declared transit through = BW",
                        "Re-exported from = CERTIFICATE BW-2026-1, 1.500 ct",
                        "Characteristic (Section II(c)): security-paper = watermark K",
                        "Country of destination = IN",
                        "Date of receipt by the Importing Authority = 2026-03-30",
                        "Received = 2 parcel(s), 4200.500 ct",
                        "Authentication by the Importing Authority = confirmed by x509::CN=importer",
                        "Confirmed in transaction = " + "f".repeat(64),
                        "Withheld = not readable by CSOMSP",
                        "Their hash on the ledger = " + "c".repeat(64),
                        "Status when printed = CONFIRMED");
    }

    @Test
    void amendments_and_a_void_are_printed_with_their_reasons_and_transactions() {
        final Certificate voided = RECORD.toBuilder()
                .addAmendments(Amendment.newBuilder()
                        .setReason("new expiry")
                        .addChangedFields("date_of_expiry")
                        .setAmendedAt(Timestamp.newBuilder().setSeconds(1_775_000_000L))
                        .setTxId("a".repeat(64)))
                .setVoided(true)
                .setVoidReason("cancelled")
                .build();
        final List<String> rows = rows(
                CertificateView.newBuilder()
                        .setCertificate(voided)
                        .setStatus(CertificateStatus.VOID)
                        .build(),
                Optional.of(CommercialDetails.getDefaultInstance()));
        assertThat(rows)
                .contains(
                        "Amended 2026-03-31 23:33:20 UTC = date_of_expiry: new expiry",
                        "Amended in transaction = " + "a".repeat(64),
                        "VOID = cancelled",
                        "Receipt = not confirmed when printed (status VOID)");
        assertThat(rows).anyMatch(r -> r.startsWith("Hash of these details = ") && r.contains("DOES NOT MATCH"));
    }
}
