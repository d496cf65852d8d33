package org.kpcs.gateway.client;

import java.util.Set;
import org.kpcs.protos.ErrorCode;

/** The chaincode refused the proposal: the code names the KPCS rule broken. */
public final class EndorsementException extends KpcsException {
    private static final long serialVersionUID = 1L;
    private static final Set<ErrorCode> STALE_VIEW = Set.of(
            ErrorCode.INVALID_STATE,
            ErrorCode.CERTIFICATE_NOT_FOUND,
            ErrorCode.PARTICIPANT_NOT_FOUND,
            ErrorCode.PARTICIPANT_NOT_ACTIVE,
            ErrorCode.PROPOSAL_NOT_FOUND,
            ErrorCode.FIRM_NOT_FOUND,
            ErrorCode.SOURCE_NOT_FOUND,
            ErrorCode.DETAILS_NOT_FOUND,
            ErrorCode.ENDORSEMENT_FAILED);

    private final transient Set<String> refusingOrganisations;

    public EndorsementException(final ErrorCode code, final String message, final Throwable cause) {
        this(code, message, cause, Set.of());
    }

    public EndorsementException(
            final ErrorCode code,
            final String message,
            final Throwable cause,
            final Set<String> refusingOrganisations) {
        super(code, message, cause);
        this.refusingOrganisations = Set.copyOf(refusingOrganisations);
    }

    /** The MSP IDs of the peers that refused, as the gateway reported them (empty when it named none). */
    public Set<String> refusingOrganisations() {
        return refusingOrganisations;
    }

    /**
     * Refused only by other organisations' peers, while the caller's own peer (which has committed everything the
     * caller submitted) did not refuse: the others may not yet have committed the caller's last transaction.
     */
    public boolean refusedOnlyByOthers(final String callerMspId) {
        return !refusingOrganisations.isEmpty() && !refusingOrganisations.contains(callerMspId);
    }

    /**
     * A refusal a peer gives when it has not yet committed the latest blocks: a record missing or in an earlier
     * state. Refusals about the caller (its role, organisation or firm) or about the request never are.
     */
    public boolean mayComeFromAStaleView() {
        return STALE_VIEW.contains(code());
    }

    @Override
    public Stage stage() {
        return Stage.ENDORSEMENT;
    }
}
