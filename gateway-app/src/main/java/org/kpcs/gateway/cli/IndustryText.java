package org.kpcs.gateway.cli;

import java.io.PrintWriter;
import org.kpcs.gateway.certificate.Quantities;

/** Firms, warranties, traces, reconciliations and attestations for people. */
final class IndustryText {
    private IndustryText() {}

    static void firm(final PrintWriter out, final org.kpcs.protos.Firm f) {
        out.printf("Firm %s: %s, %s [%s]%n", f.getFirmId(), f.getName(), f.getAddress(), f.getStatus());
        out.printf(
                "  licensed by %s, licence %s, for %s%n", f.getCountry(), f.getLicenceNumber(), f.getActivitiesList());
        f.getSanctionsList()
                .forEach(s -> out.printf(
                        "  SANCTION by %s at %s: %s %s%n",
                        s.getRecordedByParticipant(),
                        Texts.time(s.getRecordedAt()),
                        s.getReason(),
                        s.getReference().isEmpty() ? "" : "(" + s.getReference() + ")"));
    }

    static void firms(final PrintWriter out, final org.kpcs.protos.FirmPage page) {
        for (final org.kpcs.protos.Firm f : page.getFirmsList()) {
            out.printf("%-14s %-34s %-4s %-10s%n", f.getFirmId(), f.getName(), f.getCountry(), f.getStatus());
        }
        out.printf(
                "%d firm(s)%s%n",
                page.getFirmsCount(),
                page.getBookmark().isEmpty() ? "" : "; more with --bookmark " + page.getBookmark());
    }

    static void warranty(final PrintWriter out, final org.kpcs.protos.Warranty w) {
        out.printf(
                "Warranty invoice %s: %s -> %s, %s, %s ct%s%n",
                w.getInvoiceId(),
                w.getSellerFirm(),
                w.getBuyerFirm(),
                w.getInvoiceDate(),
                Quantities.formatCarats(w.getCaratWeightMilli()),
                w.getPolished() ? " polished" : " rough");
        out.printf("  statement (%s): %s%n", w.getStatementVersion(), w.getStatement());
        w.getSourcesList()
                .forEach(s -> out.printf(
                        "  source %s %s: %s ct%n",
                        s.getKind(), s.getRef(), Quantities.formatCarats(s.getCaratWeightMilli())));
        out.printf("  invoice document sha256 %s%n", w.getInvoiceHash());
    }

    static void transformation(final PrintWriter out, final org.kpcs.protos.Transformation t) {
        out.printf(
                "Transformation %s by %s on %s: %s ct rough -> %s ct polished%n",
                t.getTransformationId(),
                t.getFirm(),
                t.getDate(),
                Quantities.formatCarats(t.getInputMilli()),
                Quantities.formatCarats(t.getOutputMilli()));
    }

    static void balance(final PrintWriter out, final org.kpcs.protos.SourceBalance b) {
        out.printf(
                "%s %s owned by %s: %s ct left of %s ct%n",
                b.getKind(),
                b.getRef(),
                b.getOwnerFirm(),
                Quantities.formatCarats(b.getRemainingMilli()),
                Quantities.formatCarats(b.getReceivedMilli()));
    }

    static void trace(final PrintWriter out, final org.kpcs.protos.WarrantyTrace t) {
        out.printf(
                "Trace of %s %s (%s ct), %d record(s)%n",
                t.getRootKind(), t.getRoot(), Quantities.formatCarats(t.getRootMilli()), t.getNodesVisited());
        for (final org.kpcs.protos.TraceNode n : t.getNodesList()) {
            final String who = n.getKind() == org.kpcs.protos.SourceKind.CERTIFICATE
                    ? "KP Certificate " + n.getExportingParticipant() + " -> " + n.getImportingParticipant()
                            + ", origin " + n.getOrigin()
                            + (n.getMixedOriginsCount() == 0 ? "" : " " + n.getMixedOriginsList())
                    : n.getSellerFirm() + (n.getBuyerFirm().isEmpty() ? "" : " -> " + n.getBuyerFirm());
            out.printf(
                    "  %s%s %s: %s  (accounts for %s ct%s)%n",
                    "  ".repeat(n.getDepth()),
                    n.getKind(),
                    n.getRef(),
                    who,
                    Quantities.formatCarats(n.getContributesMilli()),
                    n.getVia().isEmpty() ? "" : "; drawn by " + n.getVia());
        }
        t.getOriginsList()
                .forEach(o -> out.printf(
                        "  origin %s%s via %s: %s ct%n",
                        o.getOrigin(),
                        o.getMixedOriginsCount() == 0 ? "" : " " + o.getMixedOriginsList(),
                        o.getCertificateNumber(),
                        Quantities.formatCarats(o.getContributesMilli())));
    }

    static void use(final PrintWriter out, final org.kpcs.protos.CertificateUse u) {
        out.printf("Uses of KP Certificate %s (%d record(s))%n", u.getCertificateNumber(), u.getNodesVisited());
        for (final org.kpcs.protos.TraceNode n : u.getNodesList()) {
            out.printf(
                    "  %s%s %s %s%s%n",
                    "  ".repeat(n.getDepth()),
                    n.getKind(),
                    n.getRef(),
                    n.getSellerFirm().isEmpty() ? "" : n.getSellerFirm() + " -> " + n.getBuyerFirm(),
                    n.getDepth() == 0 ? "" : ", drew " + Quantities.formatCarats(n.getDrawnMilli()) + " ct");
        }
    }

    static void reconciliation(final PrintWriter out, final org.kpcs.protos.FirmYearReconciliation r) {
        out.printf("Firm %s, year %d%s%n", r.getFirmId(), r.getYear(), r.getAttested() ? " (attested)" : "");
        r.getImportedList()
                .forEach(b -> out.printf(
                        "  imported   KP %s: %s ct%n", b.getRef(), Quantities.formatCarats(b.getReceivedMilli())));
        r.getReceivedList()
                .forEach(w -> out.printf(
                        "  received   %s from %s: %s ct%n",
                        w.getInvoiceId(), w.getSellerFirm(), Quantities.formatCarats(w.getCaratWeightMilli())));
        r.getIssuedList()
                .forEach(w -> out.printf(
                        "  issued     %s to %s: %s ct%n",
                        w.getInvoiceId(), w.getBuyerFirm(), Quantities.formatCarats(w.getCaratWeightMilli())));
        r.getTransformationsList()
                .forEach(t -> out.printf(
                        "  polished   %s: %s -> %s ct%n",
                        t.getTransformationId(),
                        Quantities.formatCarats(t.getInputMilli()),
                        Quantities.formatCarats(t.getOutputMilli())));
        out.printf(
                "  carats in %s, carats out %s%n",
                Quantities.formatCarats(r.getCaratsInMilli()), Quantities.formatCarats(r.getCaratsOutMilli()));
        r.getOpenBalancesList()
                .forEach(b -> out.printf(
                        "  still held %s %s: %s ct%n",
                        b.getKind(), b.getRef(), Quantities.formatCarats(b.getRemainingMilli())));
    }

    static void attestation(final PrintWriter out, final org.kpcs.protos.Attestation a) {
        out.printf(
                "Attestation of %s for %d by %s: %s (report sha256 %s)%n",
                a.getFirmId(), a.getYear(), a.getAuditFirm(), a.getOpinion(), a.getReportHash());
    }

    static void attestations(final PrintWriter out, final org.kpcs.protos.AttestationList list) {
        if (list.getAttestationsCount() == 0) {
            out.println("No attested years.");
        }
        list.getAttestationsList().forEach(a -> attestation(out, a));
    }
}
