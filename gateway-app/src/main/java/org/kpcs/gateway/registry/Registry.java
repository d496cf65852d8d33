package org.kpcs.gateway.registry;

import java.util.Objects;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.client.Responses;
import org.kpcs.protos.Participant;
import org.kpcs.protos.ParticipantList;
import org.kpcs.protos.ParticipantStatus;
import org.kpcs.protos.StatusProposal;
import org.kpcs.protos.StatusProposalList;

/** The Participant registry (KPCS Section VI), as a client calls it. */
public final class Registry {
    private static final String CONTRACT = "ParticipantRegistry";

    private final KpGateway gateway;

    public Registry(final KpGateway gateway) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
    }

    public ParticipantList list() {
        return Responses.parse(gateway.evaluate(CONTRACT, "ListParticipants"), ParticipantList.parser());
    }

    public Participant show(final String code) {
        return Responses.parse(gateway.evaluate(CONTRACT, "GetParticipant", code), Participant.parser());
    }

    /** The Chair proposes a status change; it takes effect once a majority of active Participants approve. */
    public StatusProposal proposeStatus(final String code, final ParticipantStatus status, final String reason) {
        return Responses.parse(
                gateway.submit(CONTRACT, "ProposeStatusChange", code, status.name(), reason), StatusProposal.parser());
    }

    /** A Participant's delegate approves a proposal; the approval that completes the majority applies it. */
    public StatusProposal approve(final String proposalId) {
        return Responses.parse(gateway.submit(CONTRACT, "ApproveStatusChange", proposalId), StatusProposal.parser());
    }

    public StatusProposal proposal(final String proposalId) {
        return Responses.parse(gateway.evaluate(CONTRACT, "GetProposal", proposalId), StatusProposal.parser());
    }

    public StatusProposalList openProposals() {
        return Responses.parse(gateway.evaluate(CONTRACT, "ListOpenProposals"), StatusProposalList.parser());
    }
}
