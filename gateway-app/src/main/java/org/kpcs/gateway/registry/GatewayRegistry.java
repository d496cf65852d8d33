package org.kpcs.gateway.registry;

import java.util.Objects;
import org.kpcs.gateway.client.KpGateway;
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
import org.kpcs.protos.RecordAccessionRequest;
import org.kpcs.protos.RecordApplicationRequest;
import org.kpcs.protos.RecordWithdrawalRequest;
import org.kpcs.protos.StatusProposal;
import org.kpcs.protos.StatusProposalList;

/** Registry through the Fabric gateway. */
final class GatewayRegistry implements Registry {
    private static final String CONTRACT = "ParticipantRegistry";
    private static final String ADMISSION = "Admission";

    private final KpGateway gateway;

    GatewayRegistry(final KpGateway gateway) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
    }

    @Override
    public ParticipantList bootstrap(final BootstrapRequest founders) {
        return gateway.submit(
                KpGateway.Submission.of(CONTRACT, "Bootstrap", founders)
                        .withEndorsingOrganizations(founders.getParticipantsList().stream()
                                .map(org.kpcs.protos.ParticipantEntry::getMspId)
                                .toList()),
                ParticipantList.parser());
    }

    @Override
    public ParticipantList list() {
        return gateway.evaluate(
                CONTRACT, "ListParticipants", ListParticipantsRequest.getDefaultInstance(), ParticipantList.parser());
    }

    @Override
    public Participant show(final String code) {
        return gateway.evaluate(
                CONTRACT,
                "GetParticipant",
                GetParticipantRequest.newBuilder().setCode(code).build(),
                Participant.parser());
    }

    @Override
    public StatusProposal proposeStatus(final String code, final ParticipantStatus status, final String reason) {
        return gateway.submit(
                CONTRACT,
                "ProposeStatusChange",
                ProposeStatusChangeRequest.newBuilder()
                        .setParticipantCode(code)
                        .setProposedStatus(status)
                        .setReason(reason)
                        .build(),
                StatusProposal.parser());
    }

    @Override
    public StatusProposal approve(final String proposalId) {
        return gateway.submit(
                CONTRACT,
                "ApproveStatusChange",
                ApproveStatusChangeRequest.newBuilder()
                        .setProposalId(proposalId)
                        .build(),
                StatusProposal.parser());
    }

    @Override
    public StatusProposal proposal(final String proposalId) {
        return gateway.evaluate(
                CONTRACT,
                "GetProposal",
                GetProposalRequest.newBuilder().setProposalId(proposalId).build(),
                StatusProposal.parser());
    }

    @Override
    public StatusProposalList openProposals() {
        return gateway.evaluate(
                CONTRACT,
                "ListOpenProposals",
                ListOpenProposalsRequest.getDefaultInstance(),
                StatusProposalList.parser());
    }

    @Override
    public Participant recordApplication(final RecordApplicationRequest application) {
        return gateway.submit(ADMISSION, "RecordApplication", application, Participant.parser());
    }

    @Override
    public Participant accede(final String code) {
        return gateway.submit(
                ADMISSION,
                "RecordAccession",
                RecordAccessionRequest.newBuilder().setCode(code).build(),
                Participant.parser());
    }

    @Override
    public Participant withdraw(final RecordWithdrawalRequest request) {
        return gateway.submit(ADMISSION, "RecordWithdrawal", request, Participant.parser());
    }
}
