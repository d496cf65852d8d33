package org.kpcs.gateway.print;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.kpcs.gateway.certificate.Quantities;
import org.kpcs.gateway.print.CertificateFields.Row;
import org.kpcs.protos.Amendment;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.ImportConfirmation;
import org.kpcs.protos.SourceDraw;

/** The printed Certificate's rows beyond Annex I A: shipment, import confirmation and the ledger record. */
final class ShipmentFields {
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private ShipmentFields() {}

    static List<Row> of(final Certificate c) {
        final List<Row> rows = new ArrayList<>();
        rows.add(new Row("Tamper-resistant container", c.getContainerId()));
        rows.add(new Row(
                "Exporter's declaration: not conflict diamonds (Annex II 18)",
                c.getConflictFreeDeclaration() ? "declared" : "NOT declared"));
        rows.add(new Row(
                "Declared transit through",
                c.getTransitParticipantsCount() == 0 ? "none" : String.join(", ", c.getTransitParticipantsList())));
        for (final SourceDraw source : c.getExporterSourcesList()) {
            rows.add(new Row(
                    "Re-exported from",
                    source.getKind() + " " + source.getRef() + ", "
                            + Quantities.formatCarats(source.getCaratWeightMilli()) + " ct"));
        }
        c.getAdditionalCharacteristicsMap().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> rows.add(new Row("Characteristic (Section II(c)): " + e.getKey(), e.getValue())));
        for (final Amendment a : c.getAmendmentsList()) {
            rows.add(new Row(
                    "Amended "
                            + UTC.format(Instant.ofEpochSecond(a.getAmendedAt().getSeconds())),
                    String.join(", ", a.getChangedFieldsList()) + ": " + a.getReason()));
            rows.add(new Row("Amended in transaction", a.getTxId()));
        }
        if (c.getVoided()) {
            rows.add(new Row("VOID", c.getVoidReason()));
        }
        return rows;
    }

    static List<Row> confirmation(final CertificateView view) {
        final List<Row> rows = new ArrayList<>();
        rows.add(new Row("Country of destination", view.getCertificate().getImportingParticipant()));
        if (!view.getReceipt().getConfirmed()) {
            rows.add(new Row("Receipt", "not confirmed when printed (status " + view.getStatus() + ")"));
            return rows;
        }
        final ImportConfirmation confirmation = view.getReceipt().getConfirmation();
        rows.add(new Row("Date of receipt by the Importing Authority", confirmation.getDateOfReceipt()));
        rows.add(new Row(
                "Received",
                confirmation.getNumberOfParcels() + " parcel(s), "
                        + Quantities.formatCarats(confirmation.getCaratWeightMilli()) + " ct"));
        rows.add(new Row("Authentication by the Importing Authority", "confirmed by " + confirmation.getConfirmedBy()));
        rows.add(new Row("Confirmed in transaction", confirmation.getTxId()));
        return rows;
    }

    static List<Row> ledger(final PrintContent content) {
        final List<Row> rows = new ArrayList<>();
        rows.add(new Row("Status when printed", content.view().getStatus().name()));
        rows.add(new Row("Record hash (SHA-256)", content.payload().getRecordHash()));
        rows.add(new Row("Written by transaction", content.payload().getTxId()));
        rows.add(new Row("Printed", UTC.format(content.printedAt()) + " by " + content.printedBy()));
        rows.add(new Row(
                "QR payload (version " + content.payload().getVersion() + ")", QrPayload.format(content.payload())));
        return rows;
    }
}
