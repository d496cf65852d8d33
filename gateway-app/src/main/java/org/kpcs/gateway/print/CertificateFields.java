package org.kpcs.gateway.print;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.kpcs.gateway.certificate.Quantities;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.PartyIdentification;

/**
 * The fields of a printed Certificate below its heading (which shows the title, the number and the statement),
 * in the order of KPCS Annex I (A: minimum requirements; B: optional elements), then the shipment's Annex II particulars, the ledger record and its QR payload. Commercial
 * details (value, parties, invoice) appear only when {@link PrintContent#details()} holds them.
 */
final class CertificateFields {
    /** One labelled value. */
    record Row(String label, String value) {}

    /** A titled group of rows. */
    record Section(String title, List<Row> rows) {}

    private CertificateFields() {}

    static List<Section> of(final PrintContent content) {
        final Certificate c = content.view().getCertificate();
        final List<Section> sections = new ArrayList<>();
        sections.add(new Section("Annex I A: minimum requirements", annexI(content, c)));
        sections.add(new Section("Shipment (Annex II; KPCS III(d), IV(c))", ShipmentFields.of(c)));
        sections.add(new Section(
                "Commercial details (private to " + c.getExportingParticipant() + " and " + c.getImportingParticipant()
                        + ")",
                commercial(content, c)));
        sections.add(new Section("Annex I B: import confirmation", ShipmentFields.confirmation(content.view())));
        sections.add(new Section("Ledger record", ShipmentFields.ledger(content)));
        return sections;
    }

    private static List<Row> annexI(final PrintContent content, final Certificate c) {
        final List<Row> rows = new ArrayList<>();
        rows.add(new Row("Certificate number (ISO 3166-1 alpha-2)", c.getNumber()));
        rows.add(new Row(
                "Country of origin",
                c.getMixedOriginsCount() == 0
                        ? c.getOrigin()
                        : c.getOrigin() + ": " + String.join(", ", c.getMixedOriginsList())));
        rows.add(new Row("Date of issuance", c.getDateOfIssue()));
        rows.add(new Row("Date of expiry", c.getDateOfExpiry()));
        rows.add(new Row("Issuing authority", c.getIssuingAuthority() + " (" + c.getExportingParticipant() + ")"));
        rows.add(new Row("Exporting Participant", c.getExportingParticipant()));
        rows.add(new Row("Importing Participant (destination)", c.getImportingParticipant()));
        rows.add(new Row(
                "Identification of exporter",
                content.details().map(d -> party(d.getExporter())).orElse(withheld(c))));
        rows.add(new Row(
                "Identification of importer",
                content.details().map(d -> party(d.getImporter())).orElse(withheld(c))));
        rows.add(new Row("Carat weight", Quantities.formatCarats(c.getCaratWeightMilli()) + " ct"));
        rows.add(new Row(
                "Value in US$",
                content.details()
                        .map(d -> "US$ " + Quantities.formatUsd(d.getValueUsdCents()))
                        .orElse(withheld(c))));
        rows.add(new Row("Number of parcels", Integer.toString(c.getNumberOfParcels())));
        rows.add(new Row("Harmonised System code", c.getHsCode()));
        rows.add(new Row("Validation by the Exporting Authority", "validated by " + c.getValidatedBy()));
        rows.add(new Row("Validated in transaction", c.getIssueTxId()));
        rows.add(new Row(
                "Tamper and forgery resistance",
                "the QR code and the record hash tie this paper to one ledger record: kpcs cert check-qr"));
        rows.add(new Row("Language", "English"));
        return rows;
    }

    private static List<Row> commercial(final PrintContent content, final Certificate c) {
        final List<Row> rows = new ArrayList<>();
        if (content.details().isEmpty()) {
            rows.add(new Row("Withheld", content.withheld()));
            rows.add(new Row("Their hash on the ledger", c.getCommercialDetailsHash()));
            return rows;
        }
        final CommercialDetails d = content.details().get();
        rows.add(new Row("Value in US$", "US$ " + Quantities.formatUsd(d.getValueUsdCents())));
        rows.add(new Row("Exporter", party(d.getExporter())));
        rows.add(new Row("Importer", party(d.getImporter())));
        rows.add(new Row("Invoice reference", d.getInvoiceReference()));
        final String hash = RecordHash.of(d);
        rows.add(new Row(
                "Hash of these details",
                hash.equals(c.getCommercialDetailsHash())
                        ? hash + " (matches the Certificate)"
                        : hash + " (DOES NOT MATCH the Certificate's " + c.getCommercialDetailsHash() + ")"));
        return rows;
    }

    private static String withheld(final Certificate c) {
        return "withheld (private to " + c.getExportingParticipant() + " and " + c.getImportingParticipant() + ")";
    }

    static String party(final PartyIdentification p) {
        return List.of(
                        p.getName(),
                        p.getAddress(),
                        p.getLicenceNumber().isEmpty() ? "" : "licence " + p.getLicenceNumber(),
                        p.getFirmId().isEmpty() ? "" : "firm " + p.getFirmId())
                .stream()
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining(", "));
    }
}
