package org.kpcs.gateway.registry;

import java.util.Objects;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.client.Responses;
import org.kpcs.protos.ApproveStatusChangeRequest;
import org.kpcs.protos.BootstrapRequest;
import org.kpcs.protos.GetParticipantRequest;
import org.kpcs.protos.GetProposalRequest;
import org.kpcs.protos.ListOpenProposalsRequest;
import org.kpcs.protos.ListParticipantsRequest;
import org.kpcs.protos.Participant;
import org.kpcs.protos.ParticipantList;
import org.kpcs.protos.ParticipantStatus;
import org.kpcs.protos.ProposeStatusChangeRequest;
import org.kpcs.protos.StatusProposal;
import org.kpcs.protos.StatusProposalList;

/** The Participant registry (KPCS Section VI), as a client calls it. */
public final class Registry {
    private static final String CONTRACT = "ParticipantRegistry";

    private final KpGateway gateway;

    public Registry(final KpGateway gateway) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
    }

    /**
     * The Chair registers the founding Participants once, endorsed by each of them; repeated with the same
     * founders, it changes nothing.
     */
    public ParticipantList bootstrap(final BootstrapRequest founders) {
        return Responses.parse(
                gateway.submit(KpGateway.Submission.of(CONTRACT, "Bootstrap", founders)
                        .withEndorsingOrganizations(founders.getParticipantsList().stream()
                                .map(org.kpcs.protos.ParticipantEntry::getMspId)
                                .toList())),
                ParticipantList.parser());
    }

    public ParticipantList list() {
        return Responses.parse(
                gateway.evaluate(CONTRACT, "ListParticipants", ListParticipantsRequest.getDefaultInstance()),
                ParticipantList.parser());
    }

    public Participant show(final String code) {
        return Responses.parse(
                gateway.evaluate(
                        CONTRACT,
                        "GetParticipant",
                        GetParticipantRequest.newBuilder().setCode(code).build()),
                Participant.parser());
    }

    /** The Chair proposes a status change; it takes effect once a majority of active Participants approve. */
    public StatusProposal proposeStatus(final String code, final ParticipantStatus status, final String reason) {
        return Responses.parse(
                gateway.submit(
                        CONTRACT,
                        "ProposeStatusChange",
                        ProposeStatusChangeRequest.newBuilder()
                                .setParticipantCode(code)
                                .setProposedStatus(status)
                                .setReason(reason)
                                .build()),
                StatusProposal.parser());
    }

    /** A Participant's delegate approves a proposal; the approval that completes the majority applies it. */
    public StatusProposal approve(final String proposalId) {
        return Responses.parse(
                gateway.submit(
                        CONTRACT,
                        "ApproveStatusChange",
                        ApproveStatusChangeRequest.newBuilder()
                                .setProposalId(proposalId)
                                .build()),
                StatusProposal.parser());
    }

    public StatusProposal proposal(final String proposalId) {
        return Responses.parse(
                gateway.evaluate(
                        CONTRACT,
                        "GetProposal",
                        GetProposalRequest.newBuilder()
                                .setProposalId(proposalId)
                                .build()),
                StatusProposal.parser());
    }

    public StatusProposalList openProposals() {
        return Responses.parse(
                gateway.evaluate(CONTRACT, "ListOpenProposals", ListOpenProposalsRequest.getDefaultInstance()),
                StatusProposalList.parser());
    }
}
