package org.kpcs.gateway.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hyperledger.fabric.client.CommitException;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.kpcs.protos.ErrorCode;

/** Turns fabric-gateway's exceptions into the {@link KpcsException} of the stage that refused, with its code. */
final class Errors {
    /** The chaincode's message, as the peer wraps it. */
    private static final Pattern CHAINCODE = Pattern.compile("chaincode response \\d+, (.*)", Pattern.DOTALL);
    /** Our chaincode's messages start with one of the shared error codes. */
    private static final Pattern RULE = Pattern.compile(
            "^("
                    + java.util.Arrays.stream(ErrorCode.values())
                            .filter(c -> c != ErrorCode.UNRECOGNIZED && c != ErrorCode.ERROR_CODE_UNSPECIFIED)
                            .map(ErrorCode::name)
                            .collect(java.util.stream.Collectors.joining("|"))
                    + "): (.*)",
            Pattern.DOTALL);

    private Errors() {}

    static KpcsException from(final Exception e) {
        if (e instanceof CommitException commit) {
            return new ValidationException(
                    commit.getCode().name(),
                    "transaction " + commit.getTransactionId() + " was ordered but failed validation with "
                            + commit.getCode() + hint(commit.getCode().name()),
                    e);
        }
        if (e instanceof SubmitException submit) {
            final ErrorCode code = orderingCode(submit);
            if (code == ErrorCode.FORBIDDEN || code == ErrorCode.BAD_REQUEST) {
                return new OrderingException(
                        code,
                        "the ordering service refused the transaction: " + messages(submit)
                                + " (only Participants and the industry may write to the channel)",
                        e);
            }
            return new OrderingException(
                    code,
                    "the ordering service did not confirm receipt (" + messages(submit) + "); the transaction may"
                            + " still have been ordered, so query the record before submitting again",
                    e);
        }
        if (e instanceof CommitStatusException status) {
            return new ConnectionException(
                    ErrorCode.COMMIT_STATUS_UNKNOWN,
                    "the transaction was submitted but its commit status could not be read: " + messages(status)
                            + "; query the record before submitting again",
                    e);
        }
        if (e instanceof GatewayException gateway) {
            return fromEndorsement(gateway, e instanceof EndorseException);
        }
        return new ConnectionException(ErrorCode.CLIENT_ERROR, String.valueOf(e.getMessage()), e);
    }

    private static KpcsException fromEndorsement(final GatewayException e, final boolean submitting) {
        final io.grpc.Status.Code grpc = e.getStatus().getCode();
        final String description = String.valueOf(e.getStatus().getDescription());
        if (grpc == io.grpc.Status.Code.UNAVAILABLE && description.contains("failed to find any endorsing peers")) {
            return new ConnectionException(
                    ErrorCode.NO_ENDORSERS,
                    "the gateway does not yet know a peer of every organisation this transaction needs ("
                            + description + "); peers learn of each other through gossip a few seconds after"
                            + " they start",
                    e);
        }
        if (grpc == io.grpc.Status.Code.UNAVAILABLE || grpc == io.grpc.Status.Code.DEADLINE_EXCEEDED) {
            return new ConnectionException(
                    grpc == io.grpc.Status.Code.UNAVAILABLE ? ErrorCode.UNAVAILABLE : ErrorCode.DEADLINE_EXCEEDED,
                    "the peer did not answer (" + e.getStatus().getDescription()
                            + "); is the network up? `network/kpnet status` tells",
                    e);
        }
        for (final String message : allMessages(e)) {
            final Matcher chaincode = CHAINCODE.matcher(message);
            final String text = chaincode.find() ? chaincode.group(1) : message;
            final Matcher rule = RULE.matcher(text.strip());
            final ErrorCode code = rule.find() ? ErrorCode.valueOf(rule.group(1)) : null;
            if (code != null) {
                return new EndorsementException(code, rule.group(2), e, refusing(e));
            }
        }
        return new EndorsementException(
                submitting ? ErrorCode.ENDORSEMENT_FAILED : ErrorCode.EVALUATION_FAILED, messages(e), e, refusing(e));
    }

    private static ErrorCode orderingCode(final SubmitException e) {
        final String text = messages(e);
        for (final ErrorCode status :
                List.of(ErrorCode.FORBIDDEN, ErrorCode.BAD_REQUEST, ErrorCode.SERVICE_UNAVAILABLE)) {
            if (text.contains(status.name())) {
                return status;
            }
        }
        return ErrorCode.ORDERING_UNCONFIRMED;
    }

    private static Set<String> refusing(final GatewayException e) {
        final Set<String> organisations = new TreeSet<>();
        for (final ErrorDetail detail : e.getDetails()) {
            organisations.add(detail.getMspId());
        }
        return organisations;
    }

    private static List<String> allMessages(final GatewayException e) {
        final List<String> messages = new ArrayList<>();
        for (final ErrorDetail detail : e.getDetails()) {
            messages.add(detail.getMessage());
        }
        if (e.getStatus().getDescription() != null) {
            messages.add(e.getStatus().getDescription());
        }
        return messages;
    }

    private static String messages(final GatewayException e) {
        final List<String> parts = new ArrayList<>();
        parts.add(String.valueOf(e.getStatus().getDescription()));
        for (final ErrorDetail detail : e.getDetails()) {
            parts.add(detail.getMspId() + "@" + detail.getAddress() + ": " + detail.getMessage());
        }
        return String.join("; ", parts);
    }

    private static String hint(final String code) {
        return switch (code) {
            case "MVCC_READ_CONFLICT", "PHANTOM_READ_CONFLICT" ->
                " (another transaction changed the same record" + " first; submitting again is safe)";
            case "ENDORSEMENT_POLICY_FAILURE" ->
                " (the transaction lacks the endorsements its records require,"
                        + " such as a majority of Participants for a registry decision)";
            default -> "";
        };
    }
}
