package org.kpcs.gateway.api;

import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.ProtoUtils;
import java.util.Set;
import org.kpcs.gateway.client.ConnectionException;
import org.kpcs.gateway.client.EndorsementException;
import org.kpcs.gateway.client.IndexException;
import org.kpcs.gateway.client.InputException;
import org.kpcs.gateway.client.KpcsException;
import org.kpcs.gateway.client.OrderingException;
import org.kpcs.gateway.client.ValidationException;
import org.kpcs.protos.ApiError;
import org.kpcs.protos.ErrorCode;

/**
 * A refusal on the wire: a {@link KpcsException} becomes a gRPC status whose description is "CODE: message"
 * and whose trailers carry an {@link ApiError} with the shared code and the stage; a client turns it back into
 * the same exception type.
 */
final class ApiErrors {
    static final Metadata.Key<ApiError> KEY = ProtoUtils.keyForProto(ApiError.getDefaultInstance());

    private static final Set<ErrorCode> NOT_FOUND = Set.of(
            ErrorCode.CERTIFICATE_NOT_FOUND,
            ErrorCode.PARTICIPANT_NOT_FOUND,
            ErrorCode.PROPOSAL_NOT_FOUND,
            ErrorCode.FIRM_NOT_FOUND,
            ErrorCode.SOURCE_NOT_FOUND,
            ErrorCode.DETAILS_NOT_FOUND);
    private static final Set<ErrorCode> DENIED = Set.of(
            ErrorCode.ROLE_REQUIRED,
            ErrorCode.WRONG_ORGANISATION,
            ErrorCode.OBSERVER_READ_ONLY,
            ErrorCode.NOT_YOUR_FIRM,
            ErrorCode.NOT_IN_ELECTORATE,
            ErrorCode.NO_SUCH_USER,
            ErrorCode.FORBIDDEN);
    private static final Set<ErrorCode> EXISTS = Set.of(
            ErrorCode.DUPLICATE_CERTIFICATE,
            ErrorCode.DUPLICATE_FIRM,
            ErrorCode.DUPLICATE_INVOICE,
            ErrorCode.DUPLICATE_APPROVAL,
            ErrorCode.ALREADY_CONFIRMED,
            ErrorCode.ALREADY_ATTESTED,
            ErrorCode.ALREADY_BOOTSTRAPPED);

    private ApiErrors() {}

    /** The status a refusal is sent as. */
    static StatusRuntimeException toStatus(final KpcsException e) {
        final Metadata trailers = new Metadata();
        trailers.put(
                KEY,
                ApiError.newBuilder()
                        .setCode(e.code())
                        .setStage(e.stage().name())
                        .setValidationCode(e instanceof ValidationException v ? v.validationCode() : "")
                        .build());
        return Status.fromCode(statusCode(e))
                .withDescription(e.code().name() + ": " + e.getMessage())
                .asRuntimeException(trailers);
    }

    static Status.Code statusCode(final KpcsException e) {
        final ErrorCode code = e.code();
        if (DENIED.contains(code)) {
            return Status.Code.PERMISSION_DENIED;
        }
        if (NOT_FOUND.contains(code)) {
            return Status.Code.NOT_FOUND;
        }
        if (EXISTS.contains(code)) {
            return Status.Code.ALREADY_EXISTS;
        }
        return switch (e.stage()) {
            case INPUT -> Status.Code.INVALID_ARGUMENT;
            case ENDORSEMENT ->
                code == ErrorCode.INVALID_ARGUMENT ? Status.Code.INVALID_ARGUMENT : Status.Code.FAILED_PRECONDITION;
            case VALIDATION -> Status.Code.ABORTED;
            case CONNECTION, ORDERING, INDEX -> Status.Code.UNAVAILABLE;
        };
    }

    /** The innermost cause's message: the TLS handshake's reason, say; else the status's description. */
    private static String cause(final StatusRuntimeException e) {
        Throwable t = e.getStatus().getCause();
        if (t == null) {
            return String.valueOf(e.getStatus().getDescription());
        }
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    /** The exception a status stands for; one without an {@link ApiError} is the connection's failure. */
    static KpcsException fromStatus(final StatusRuntimeException e, final String target) {
        final Metadata trailers = e.getTrailers();
        final ApiError error = trailers == null ? null : trailers.get(KEY);
        if (error == null) {
            return new ConnectionException(
                    e.getStatus().getCode() == Status.Code.DEADLINE_EXCEEDED
                            ? ErrorCode.DEADLINE_EXCEEDED
                            : ErrorCode.UNAVAILABLE,
                    "the service at " + target + " did not answer ("
                            + e.getStatus().getCode() + ": " + cause(e)
                            + "); is kpcs serve running"
                            + " with --api-port there (network/kpnet status), and is your certificate from its"
                            + " organisation's CA?",
                    e);
        }
        final String description = String.valueOf(e.getStatus().getDescription());
        final String prefix = error.getCode().name() + ": ";
        final String message = description.startsWith(prefix) ? description.substring(prefix.length()) : description;
        return switch (error.getStage()) {
            case "INPUT" -> new InputException(error.getCode(), message, e);
            case "ENDORSEMENT" -> new EndorsementException(error.getCode(), message, e);
            case "ORDERING" -> new OrderingException(error.getCode(), message, e);
            case "VALIDATION" -> new ValidationException(error.getValidationCode(), message, e);
            case "INDEX" -> new IndexException(message, e);
            default -> new ConnectionException(error.getCode(), message, e);
        };
    }
}
