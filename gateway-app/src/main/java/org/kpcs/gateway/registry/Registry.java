package org.kpcs.gateway.registry;

import org.kpcs.gateway.client.KpGateway;
import org.kpcs.protos.BootstrapRequest;
import org.kpcs.protos.Participant;
import org.kpcs.protos.ParticipantList;
import org.kpcs.protos.ParticipantStatus;
import org.kpcs.protos.RecordApplicationRequest;
import org.kpcs.protos.RecordWithdrawalRequest;
import org.kpcs.protos.StatusProposal;
import org.kpcs.protos.StatusProposalList;

/** The Participant registry (KPCS Section VI), as a client calls it. */
public interface Registry {
    /** The registry over a connection. */
    static Registry of(final KpGateway gateway) {
        return new GatewayRegistry(gateway);
    }

    /**
     * The Chair registers the founding Participants once, endorsed by each of them; repeated with the same
     * founders, it changes nothing.
     */
    ParticipantList bootstrap(BootstrapRequest founders);

    ParticipantList list();

    Participant show(String code);

    /** The Chair proposes a status change; it takes effect once a majority of active Participants approve. */
    StatusProposal proposeStatus(String code, ParticipantStatus status, String reason);

    /** A Participant's delegate approves a proposal; the approval that completes the majority applies it. */
    StatusProposal approve(String proposalId);

    StatusProposal proposal(String proposalId);

    StatusProposalList openProposals();

    /** The Chair records and circulates an applicant's notification (KPCS VI 9); it is an APPLICANT. */
    Participant recordApplication(RecordApplicationRequest application);

    /** An admitted Participant's delegate, from its own organisation on the channel, makes it ACTIVE. */
    Participant accede(String code);

    /** A Participant's delegate, from its own organisation, records its withdrawal from the Scheme. */
    Participant withdraw(RecordWithdrawalRequest request);
}
