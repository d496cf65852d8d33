package org.kpcs.gateway.cli;

import com.google.gson.JsonObject;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageOrBuilder;
import com.google.protobuf.Timestamp;
import com.google.protobuf.util.JsonFormat;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.stream.Collectors;
import org.kpcs.gateway.client.KpcsException;
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
