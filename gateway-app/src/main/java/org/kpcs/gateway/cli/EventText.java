package org.kpcs.gateway.cli;

import com.google.protobuf.Message;
import org.kpcs.gateway.certificate.Quantities;
import org.kpcs.protos.Attestation;
import org.kpcs.protos.CertificateEvent;
import org.kpcs.protos.Firm;
import org.kpcs.protos.GovernanceEvent;
import org.kpcs.protos.IndustryEvent;
import org.kpcs.protos.ParticipantEvent;
import org.kpcs.protos.SourceDraw;
import org.kpcs.protos.StatisticsEvent;
import org.kpcs.protos.Transformation;
import org.kpcs.protos.Warranty;

/** One line for people per chaincode event, whatever its kind (registry, certificate, industry). */
final class EventText {
    private EventText() {}

    static String line(final Message payload) {
        if (payload instanceof CertificateEvent c) {
            return certificate(c);
        }
        if (payload instanceof ParticipantEvent p) {
            return participant(p);
        }
        if (payload instanceof IndustryEvent i) {
            return industry(i);
        }
        if (payload instanceof GovernanceEvent g) {
            return GovernanceText.event(g);
        }
        if (payload instanceof StatisticsEvent s) {
            return ReportsText.event(s);
        }
        if (payload instanceof org.kpcs.protos.ComplianceEvent c) {
            return ComplianceText.event(c);
        }
        return payload.toString().replace('\n', ' ').strip();
    }

    private static String certificate(final CertificateEvent c) {
        return c.getCertificateNumber() + " " + c.getExportingParticipant() + "->" + c.getImportingParticipant()
                + " " + c.getStatus()
                + (c.hasDisputed()
                        ? " notify " + c.getDisputed().getNotifyList() + ": "
                                + c.getDisputed().getReasonsList()
                        : "");
    }

    private static String participant(final ParticipantEvent p) {
        return switch (p.getKindCase()) {
            case REGISTERED ->
                "registered " + String.join(" ", p.getRegistered().getCodesList());
            case PROPOSED ->
                "proposal " + p.getProposed().getProposalId() + ": "
                        + p.getProposed().getParticipantCode() + " "
                        + (p.getProposed().getChairYear() != 0
                                ? "Chair for " + p.getProposed().getChairYear()
                                : p.getProposed().getProposedStatus().toString())
                        + ", needs " + p.getProposed().getRequiredApprovals() + " approvals";
            case APPROVED ->
                "proposal " + p.getApproved().getProposalId() + " approved by "
                        + p.getApproved().getApprovedBy() + " ("
                        + p.getApproved().getApprovals() + " of "
                        + p.getApproved().getRequiredApprovals() + ")";
            case STATUS_CHANGED ->
                p.getStatusChanged().getParticipantCode() + " is now "
                        + p.getStatusChanged().getStatus() + " (proposal "
                        + p.getStatusChanged().getProposalId() + ")";
            case APPLICATION_CIRCULATED ->
                "application of " + p.getApplicationCirculated().getCode() + " ("
                        + p.getApplicationCirculated().getName() + ", "
                        + p.getApplicationCirculated().getMspId() + ") notified "
                        + p.getApplicationCirculated().getNotifiedOn() + ", circulated "
                        + (p.getApplicationCirculated().getCirculatedWithinMonth() ? "within" : "after")
                        + " a month";
            case ACCEDED ->
                p.getAcceded().getCode() + " (" + p.getAcceded().getMspId() + ") acceded: ACTIVE (proposal "
                        + p.getAcceded().getProposalId() + ")";
            case WITHDREW ->
                p.getWithdrew().getCode() + " (" + p.getWithdrew().getMspId() + ") withdrew from the Scheme (notified "
                        + p.getWithdrew().getNotifiedOn() + "): no trade with it";
            case CHAIR_HANDED_OVER -> GovernanceText.handOver(p.getChairHandedOver());
            case KIND_NOT_SET -> "participant event without content";
        };
    }

    private static String industry(final IndustryEvent i) {
        return switch (i.getKindCase()) {
            case FIRM_REGISTERED -> firm("registered", i.getFirmRegistered());
            case FIRM_SANCTIONED -> firm("sanctioned", i.getFirmSanctioned());
            case WARRANTY_ISSUED -> warranty(i.getWarrantyIssued());
            case TRANSFORMED -> transformation(i.getTransformed());
            case ATTESTED -> attestation(i.getAttested());
            case KIND_NOT_SET -> "industry event without content";
        };
    }

    private static String firm(final String what, final Firm f) {
        return "firm " + f.getFirmId() + " " + what + " (" + f.getCountry() + ", licence " + f.getLicenceNumber() + ", "
                + f.getStatus() + ")";
    }

    private static String warranty(final Warranty w) {
        return "invoice " + w.getInvoiceId() + " " + w.getSellerFirm() + "->" + w.getBuyerFirm() + " "
                + Quantities.formatCarats(w.getCaratWeightMilli()) + " ct" + (w.getPolished() ? " polished" : "")
                + " from " + sources(w.getSourcesList());
    }

    private static String transformation(final Transformation t) {
        return "transformation " + t.getTransformationId() + " by " + t.getFirm() + ": "
                + Quantities.formatCarats(t.getInputMilli()) + " ct -> " + Quantities.formatCarats(t.getOutputMilli())
                + " ct from " + sources(t.getInputsList());
    }

    private static String attestation(final Attestation a) {
        return "attestation of " + a.getFirmId() + " " + a.getYear() + " by " + a.getAuditFirm() + ": "
                + a.getOpinion();
    }

    private static String sources(final java.util.List<SourceDraw> draws) {
        final StringBuilder text = new StringBuilder();
        for (final SourceDraw d : draws) {
            text.append(text.length() == 0 ? "" : ", ")
                    .append(d.getKind())
                    .append(' ')
                    .append(d.getRef())
                    .append(' ')
                    .append(Quantities.formatCarats(d.getCaratWeightMilli()))
                    .append(" ct");
        }
        return text.toString();
    }
}
