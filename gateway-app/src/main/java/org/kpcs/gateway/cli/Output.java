package org.kpcs.gateway.cli;

import com.google.gson.JsonObject;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageOrBuilder;
import com.google.protobuf.Timestamp;
import com.google.protobuf.util.JsonFormat;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.stream.Collectors;
import org.kpcs.gateway.certificate.Quantities;
import org.kpcs.gateway.client.KpcsException;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.CertificateHistory;
import org.kpcs.protos.CertificateHistoryEntry;
import org.kpcs.protos.CertificatePage;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.CustodyRecord;
import org.kpcs.protos.DetailsVerification;
import org.kpcs.protos.ImportReceipt;
import org.kpcs.protos.Participant;
import org.kpcs.protos.ParticipantList;
import org.kpcs.protos.PlenaryApproval;
import org.kpcs.protos.StatusProposal;
import org.kpcs.protos.StatusProposalList;

/** Prints ledger records for people (aligned text) or for scripts ({@code --json}, protobuf's JSON mapping). */
final class Output {
    private static final JsonFormat.Printer JSON =
            JsonFormat.printer().alwaysPrintFieldsWithNoPresence().sortingMapKeys();

    private final PrintWriter out;
    private final boolean json;

    Output(final PrintWriter out, final boolean json) {
        this.out = out;
        this.json = json;
    }

    void participants(final ParticipantList list) {
        if (json(list)) {
            return;
        }
        out.printf("%-5s %-28s %-10s %-10s%n", "CODE", "NAME", "MSP", "STATUS");
        for (final Participant p : list.getParticipantsList()) {
            out.printf("%-5s %-28s %-10s %-10s%n", p.getCode(), p.getName(), p.getMspId(), p.getStatus());
        }
        out.printf("%d Participants%n", list.getParticipantsCount());
    }

    void participant(final Participant p) {
        if (json(p)) {
            return;
        }
        out.printf("Participant %s (%s)%n", p.getCode(), p.getName());
        out.printf("  organisation:  %s%n", p.getMspId());
        out.printf("  status:        %s%n", p.getStatus());
        out.printf("  registered:    %s%n", time(p.getRegisteredAt()));
        out.printf("  last change:   %s (tx %s)%n", time(p.getUpdatedAt()), p.getLastTxId());
        if (!p.getLastDecisionId().isEmpty()) {
            out.printf("  last decision: %s%n", p.getLastDecisionId());
        }
    }

    void proposal(final StatusProposal p) {
        if (json(p)) {
            return;
        }
        out.printf(
                "Proposal %s: %s -> %s [%s]%n", p.getId(), p.getParticipantCode(), p.getProposedStatus(), p.getState());
        out.printf("  reason:      %s%n", p.getReason());
        out.printf("  proposed by: the Chair (%s) at %s%n", p.getProposedByParticipant(), time(p.getProposedAt()));
        out.printf(
                "  approvals:   %d of %d needed (electorate: %s)%n",
                p.getApprovalsCount(), p.getRequiredApprovals(), String.join(", ", p.getElectorateList()));
        if (p.getApprovalsCount() > 0) {
            out.printf(
                    "  approved by: %s%n",
                    p.getApprovalsList().stream()
                            .map(PlenaryApproval::getParticipantCode)
                            .collect(Collectors.joining(", ")));
        }
        if (p.hasAdoptedAt()) {
            out.printf("  adopted at:  %s%n", time(p.getAdoptedAt()));
        }
    }

    void proposals(final StatusProposalList list) {
        if (json(list)) {
            return;
        }
        if (list.getProposalsCount() == 0) {
            out.println("No open status proposals.");
        }
        list.getProposalsList().forEach(this::proposal);
    }

    void certificate(final CertificateView v) {
        if (json(v)) {
            return;
        }
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
                        time(a.getAmendedAt()), a.getReason(), String.join(", ", a.getChangedFieldsList())));
    }

    void history(final CertificateHistory h) {
        if (json(h)) {
            return;
        }
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
            out.printf("  %s  %-64s  %s%n", time(e.getTimestamp()), e.getTxId(), what);
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

    void page(final CertificatePage page) {
        if (json(page)) {
            return;
        }
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

    void verification(final DetailsVerification v) {
        if (json(v)) {
            return;
        }
        out.printf(
                "%s: the details %s the Certificate's hash%n",
                v.getCertificateNumber(), v.getMatches() ? "MATCH" : "DO NOT MATCH");
    }

    void details(final CommercialDetails d) {
        if (json(d)) {
            return;
        }
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

    void event(final org.kpcs.gateway.events.LedgerEvents.Received e) {
        if (json) {
            final JsonObject line = new JsonObject();
            line.addProperty("block", e.block());
            line.addProperty("txId", e.txId());
            line.addProperty("name", e.name());
            try {
                line.add("payload", com.google.gson.JsonParser.parseString(JSON.print(e.payload())));
            } catch (InvalidProtocolBufferException x) {
                throw new IllegalStateException(x);
            }
            out.println(line);
            return;
        }
        final String text = e.payload() instanceof org.kpcs.protos.CertificateEvent c
                ? c.getCertificateNumber() + " " + c.getExportingParticipant() + "->" + c.getImportingParticipant()
                        + " " + c.getStatus()
                        + (c.hasDisputed()
                                ? " notify " + c.getDisputed().getNotifyList() + ": "
                                        + c.getDisputed().getReasonsList()
                                : "")
                : e.payload().toString().replace('\n', ' ').strip();
        out.printf("block %-4d %-17s %s%n", e.block(), e.name(), text);
    }

    void firm(final org.kpcs.protos.Firm f) {
        if (json(f)) {
            return;
        }
        out.printf("Firm %s: %s, %s [%s]%n", f.getFirmId(), f.getName(), f.getAddress(), f.getStatus());
        out.printf(
                "  licensed by %s, licence %s, for %s%n", f.getCountry(), f.getLicenceNumber(), f.getActivitiesList());
        f.getSanctionsList()
                .forEach(s -> out.printf(
                        "  SANCTION by %s at %s: %s %s%n",
                        s.getRecordedByParticipant(),
                        time(s.getRecordedAt()),
                        s.getReason(),
                        s.getReference().isEmpty() ? "" : "(" + s.getReference() + ")"));
    }

    void firms(final org.kpcs.protos.FirmPage page) {
        if (json(page)) {
            return;
        }
        for (final org.kpcs.protos.Firm f : page.getFirmsList()) {
            out.printf("%-14s %-34s %-4s %-10s%n", f.getFirmId(), f.getName(), f.getCountry(), f.getStatus());
        }
        out.printf(
                "%d firm(s)%s%n",
                page.getFirmsCount(),
                page.getBookmark().isEmpty() ? "" : "; more with --bookmark " + page.getBookmark());
    }

    void warranty(final org.kpcs.protos.Warranty w) {
        if (json(w)) {
            return;
        }
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

    void transformation(final org.kpcs.protos.Transformation t) {
        if (json(t)) {
            return;
        }
        out.printf(
                "Transformation %s by %s on %s: %s ct rough -> %s ct polished%n",
                t.getTransformationId(),
                t.getFirm(),
                t.getDate(),
                Quantities.formatCarats(t.getInputMilli()),
                Quantities.formatCarats(t.getOutputMilli()));
    }

    void balance(final org.kpcs.protos.SourceBalance b) {
        if (json(b)) {
            return;
        }
        out.printf(
                "%s %s owned by %s: %s ct left of %s ct%n",
                b.getKind(),
                b.getRef(),
                b.getOwnerFirm(),
                Quantities.formatCarats(b.getRemainingMilli()),
                Quantities.formatCarats(b.getReceivedMilli()));
    }

    void trace(final org.kpcs.protos.WarrantyTrace t) {
        if (json(t)) {
            return;
        }
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

    void use(final org.kpcs.protos.CertificateUse u) {
        if (json(u)) {
            return;
        }
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

    void reconciliation(final org.kpcs.protos.FirmYearReconciliation r) {
        if (json(r)) {
            return;
        }
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

    void attestation(final org.kpcs.protos.Attestation a) {
        if (json(a)) {
            return;
        }
        out.printf(
                "Attestation of %s for %d by %s: %s (report sha256 %s)%n",
                a.getFirmId(), a.getYear(), a.getAuditFirm(), a.getOpinion(), a.getReportHash());
    }

    void attestations(final org.kpcs.protos.AttestationList list) {
        if (json(list)) {
            return;
        }
        if (list.getAttestationsCount() == 0) {
            out.println("No attested years.");
        }
        list.getAttestationsList().forEach(this::attestation);
    }

    /** A remark for people; in JSON mode it goes to nobody (stdout stays one JSON document). */
    void note(final String text) {
        if (!json) {
            out.println(text);
        }
    }

    /** Prints a refused request: the stage that refused it, the rule's code and what to do. */
    void error(final KpcsException e, final PrintWriter err) {
        if (json) {
            final JsonObject body = new JsonObject();
            body.addProperty("stage", e.stage().name());
            body.addProperty("code", e.code());
            body.addProperty("message", e.getMessage());
            final JsonObject wrapper = new JsonObject();
            wrapper.add("error", body);
            out.println(wrapper);
        } else {
            err.printf("kpcs: refused at %s [%s]: %s%n", describe(e.stage()), e.code(), e.getMessage());
        }
    }

    private static String describe(final KpcsException.Stage stage) {
        return switch (stage) {
            case INPUT -> "input (nothing was sent)";
            case CONNECTION -> "connection";
            case ENDORSEMENT -> "endorsement (chaincode rule)";
            case ORDERING -> "the ordering service";
            case VALIDATION -> "validation (commit)";
        };
    }

    private boolean json(final MessageOrBuilder message) {
        if (!json) {
            return false;
        }
        try {
            out.println(JSON.print(message));
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(
                    "cannot render " + message.getClass().getSimpleName() + " as JSON", e);
        }
        return true;
    }

    private static String time(final Timestamp t) {
        return Instant.ofEpochSecond(t.getSeconds(), t.getNanos()).toString();
    }
}
