package org.kpcs.chaincode.ledger;

import java.nio.charset.StandardCharsets;
import org.hyperledger.fabric.shim.ChaincodeException;

/**
 * Every rule the chaincode enforces has a stable code. Clients match on the code (the message starts with
 * it); people read the rest of the message, which names the rule broken and what to do.
 */
public enum KpError {
    /** A request field is missing or malformed. */
    INVALID_ARGUMENT,
    /** The caller's certificate lacks the kp.role the transaction needs. */
    ROLE_REQUIRED,
    /** The caller belongs to an organisation that may not perform this transaction. */
    WRONG_ORGANISATION,
    /** Observers read everything public and write nothing. */
    OBSERVER_READ_ONLY,
    /** No Participant with that code is registered. */
    PARTICIPANT_NOT_FOUND,
    /** The Participant is suspended or not in the scheme (KPCS III(c)). */
    PARTICIPANT_NOT_ACTIVE,
    /** The registry has already been bootstrapped with different founding Participants. */
    ALREADY_BOOTSTRAPPED,
    /** No status proposal with that id exists. */
    PROPOSAL_NOT_FOUND,
    /** The proposal has already been adopted. */
    PROPOSAL_CLOSED,
    /** The Participant already has an open status proposal. */
    PROPOSAL_ALREADY_OPEN,
    /** The requested status is the Participant's current status. */
    STATUS_UNCHANGED,
    /** The approver's Participant is not among those whose vote counts. */
    NOT_IN_ELECTORATE,
    /** The Participant has already approved this proposal. */
    DUPLICATE_APPROVAL,
    /** A Certificate with that number already exists (numbers are unique, Annex I). */
    DUPLICATE_CERTIFICATE,
    /** No Certificate with that number exists. */
    CERTIFICATE_NOT_FOUND,
    /** The exporting and the importing Participant are the same. */
    SAME_PARTICIPANT,
    /** The Certificate's date of expiry has passed (judged by the transaction's timestamp). */
    CERTIFICATE_EXPIRED,
    /** The Certificate is not in a state that allows this step (for example, confirming before arrival). */
    INVALID_STATE,
    /** The Certificate has already been confirmed by the Importing Authority (once only, KPCS III(b)). */
    ALREADY_CONFIRMED,
    /** The Certificate has been voided by its issuer. */
    CERTIFICATE_VOID,
    /** The container presented is not the one on the Certificate. */
    CONTAINER_MISMATCH,
    /** Commercial details were expected as transient data and are missing or malformed. */
    DETAILS_REQUIRED,
    /** The caller's Participant keeps no commercial details for this Certificate. */
    DETAILS_NOT_FOUND,
    /** No licensed firm with that id is registered. */
    FIRM_NOT_FOUND,
    /** A firm with that id is already registered. */
    DUPLICATE_FIRM,
    /** The firm was convicted or sanctioned (Annex II 6): nothing may name it. */
    FIRM_SANCTIONED,
    /** A firm user acts only as its own firm (kp.firm). */
    NOT_YOUR_FIRM,
    /** A warranty invoice with that id already exists. */
    DUPLICATE_INVOICE,
    /** No warranty invoice, transformation or source with that reference exists. */
    SOURCE_NOT_FOUND,
    /** The source belongs to another firm. */
    SOURCE_NOT_OWNED,
    /** More carats drawn from a source than it has left. */
    OVER_WARRANTED,
    /** A warranty cannot cite itself (directly or as a repeated source). */
    SOURCE_CYCLE,
    /** The year is already attested for this firm. */
    ALREADY_ATTESTED,
    /** The trace reaches more records than a single query may read. */
    TRACE_TOO_LARGE;

    /** The exception whose message reaches the client: {@code CODE: detail}. */
    public ChaincodeException exception(final String detail) {
        return new ChaincodeException(name() + ": " + detail, name().getBytes(StandardCharsets.UTF_8));
    }

    /** As {@link #exception(String)}, keeping the cause for the chaincode's log. */
    public ChaincodeException exception(final String detail, final Throwable cause) {
        return new ChaincodeException(name() + ": " + detail, name().getBytes(StandardCharsets.UTF_8), cause);
    }
}
