package org.kpcs.gateway.cli;

import java.io.PrintWriter;
import org.kpcs.gateway.certificate.Quantities;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.CertificateHistory;
import org.kpcs.protos.CertificateHistoryEntry;
import org.kpcs.protos.CertificatePage;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.CustodyRecord;
import org.kpcs.protos.DetailsVerification;
import org.kpcs.protos.ImportReceipt;

/** Certificates, their custody, history and details for people. */
final class CertificateText {
    private CertificateText() {}

    static void certificate(final PrintWriter out, final CertificateView v) {
        final Certificate c = v.getCertificate();
        out.printf("%s %s  [%s]%n", c.getTitle(), c.getNumber(), v.getStatus());
        out.printf(
                "  %s -> %s, issued %s by %s, expires %s%n",
                c.getExportingParticipant(),
                c.getImportingParticipant(),
                c.getDateOfIssue(),
                c.getIssuingAuthority(),
                c.getDateOfExpiry());
        out.printf(
                "  origin %s%s, %s ct in %d parcel(s), HS %s, container %s%n",
                c.getOrigin(),
                c.getMixedOriginsCount() == 0 ? "" : " " + c.getMixedOriginsList(),
                Quantities.formatCarats(c.getCaratWeightMilli()),
                c.getNumberOfParcels(),
                c.getHsCode(),
                c.getContainerId());
        out.printf("  commercial details hash %s%n", c.getCommercialDetailsHash());
        for (final CustodyRecord r : v.getCustodyList()) {
            out.printf(
                    "  custody: %-8s by %s, container %s, seal %s%s%n",
                    r.getEvent(),
                    r.getParticipant(),
                    r.getContainerId(),
                    r.getSealIntact() ? "intact" : "BROKEN",
                    r.getDiscrepancy() ? "  << DISCREPANCY" : "");
        }
        if (v.getReceipt().getConfirmed()) {
            out.printf(
                    "  confirmed by %s: received %s, %d parcel(s), %s ct%n",
                    c.getImportingParticipant(),
                    v.getReceipt().getConfirmation().getDateOfReceipt(),
                    v.getReceipt().getConfirmation().getNumberOfParcels(),
                    Quantities.formatCarats(v.getReceipt().getConfirmation().getCaratWeightMilli()));
        }
        for (final String reason : v.getReceipt().getDisputeReasonsList()) {
            out.printf("  DISPUTED: %s%n", reason);
        }
        if (c.getVoided()) {
            out.printf("  VOID: %s%n", c.getVoidReason());
        }
        c.getAmendmentsList()
                .forEach(a -> out.printf(
                        "  amended %s: %s (%s)%n",
                        Texts.time(a.getAmendedAt()), a.getReason(), String.join(", ", a.getChangedFieldsList())));
    }

    static void history(final PrintWriter out, final CertificateHistory h) {
        out.printf("History of %s%n", h.getNumber());
        for (final CertificateHistoryEntry e : h.getEntriesList()) {
            final String what =
                    switch (e.getRecord()) {
                        case "certificate" ->
                            e.getCertificate().getVoided()
                                    ? "certificate voided: "
                                            + e.getCertificate().getVoidReason()
                                    : "certificate "
                                            + Quantities.formatCarats(
                                                    e.getCertificate().getCaratWeightMilli()) + " ct, "
                                            + e.getCertificate().getAmendmentsCount() + " amendment(s)";
                        case "receipt" -> receipt(e.getReceipt());
                        default ->
                            "custody " + e.getCustody().getEvent() + " by "
                                    + e.getCustody().getParticipant()
                                    + (e.getCustody().getDiscrepancy() ? " (discrepancy)" : "");
                    };
            out.printf("  %s  %-64s  %s%n", Texts.time(e.getTimestamp()), e.getTxId(), what);
        }
    }

    private static String receipt(final ImportReceipt r) {
        if (r.getConfirmed()) {
            return "receipt: import CONFIRMED";
        }
        if (r.getDisputed()) {
            return "receipt: DISPUTED " + r.getDisputeReasonsList();
        }
        return r.getArrived() ? "receipt: arrived" : "receipt: awaiting the shipment";
    }

    static void page(final PrintWriter out, final CertificatePage page) {
        out.printf("%-22s %-4s %-4s %-10s %14s %-18s%n", "NUMBER", "FROM", "TO", "ISSUED", "CARATS", "STATUS");
        for (final CertificateView v : page.getCertificatesList()) {
            final Certificate c = v.getCertificate();
            out.printf(
                    "%-22s %-4s %-4s %-10s %14s %-18s%n",
                    c.getNumber(),
                    c.getExportingParticipant(),
                    c.getImportingParticipant(),
                    c.getDateOfIssue(),
                    Quantities.formatCarats(c.getCaratWeightMilli()),
                    v.getStatus());
        }
        out.printf(
                "%d Certificate(s)%s%n",
                page.getCertificatesCount(),
                page.getBookmark().isEmpty() ? "" : "; more with --bookmark " + page.getBookmark());
    }

    static void verification(final PrintWriter out, final DetailsVerification v) {
        out.printf(
                "%s: the details %s the Certificate's hash%n",
                v.getCertificateNumber(), v.getMatches() ? "MATCH" : "DO NOT MATCH");
    }

    static void details(final PrintWriter out, final CommercialDetails d) {
        out.printf("  value:    US$ %s%n", Quantities.formatUsd(d.getValueUsdCents()));
        out.printf(
                "  exporter: %s, %s (licence %s)%n",
                d.getExporter().getName(),
                d.getExporter().getAddress(),
                d.getExporter().getLicenceNumber());
        out.printf(
                "  importer: %s, %s (licence %s)%n",
                d.getImporter().getName(),
                d.getImporter().getAddress(),
                d.getImporter().getLicenceNumber());
        out.printf("  invoice:  %s%n", d.getInvoiceReference());
    }
}
