package org.kpcs.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpcs.gateway.client.ConnectionException;
import org.kpcs.gateway.client.EndorsementException;
import org.kpcs.gateway.client.IndexException;
import org.kpcs.gateway.client.InputException;
import org.kpcs.gateway.client.KpcsException;
import org.kpcs.gateway.client.OrderingException;
import org.kpcs.gateway.client.ValidationException;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.OrgProfile;
import org.kpcs.protos.UserCredentials;

class ApiErrorsTest {
    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(
                        new InputException(ErrorCode.INVALID_ARGUMENT, "bad period", null),
                        Status.Code.INVALID_ARGUMENT),
                Arguments.of(
                        new EndorsementException(ErrorCode.ROLE_REQUIRED, "needs customs", null),
                        Status.Code.PERMISSION_DENIED),
                Arguments.of(
                        new EndorsementException(ErrorCode.DUPLICATE_CERTIFICATE, "BW-1 exists", null),
                        Status.Code.ALREADY_EXISTS),
                Arguments.of(
                        new EndorsementException(ErrorCode.INVALID_STATE, "not arrived", null),
                        Status.Code.FAILED_PRECONDITION),
                Arguments.of(
                        new OrderingException(ErrorCode.FORBIDDEN, "not a writer", null),
                        Status.Code.PERMISSION_DENIED),
                Arguments.of(
                        new OrderingException(ErrorCode.ORDERING_UNCONFIRMED, "no answer", null),
                        Status.Code.UNAVAILABLE),
                Arguments.of(new ValidationException("MVCC_READ_CONFLICT", "conflict", null), Status.Code.ABORTED),
                Arguments.of(new IndexException("index gone", null), Status.Code.UNAVAILABLE),
                Arguments.of(
                        new ConnectionException(ErrorCode.NO_SUCH_USER, "no customs user", null),
                        Status.Code.PERMISSION_DENIED));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void a_refusal_crosses_the_wire_with_its_stage_code_and_message(final KpcsException e, final Status.Code status) {
        final StatusRuntimeException sent = ApiErrors.toStatus(e);
        assertThat(sent.getStatus().getCode()).isEqualTo(status);
        final KpcsException received = ApiErrors.fromStatus(sent, "127.0.0.1:1");
        assertThat(received).isExactlyInstanceOf(e.getClass());
        assertThat(received.stage()).isEqualTo(e.stage());
        assertThat(received.code()).isEqualTo(e.code());
        assertThat(received.getMessage()).isEqualTo(e.getMessage());
        assertThat(received.retryable()).isEqualTo(e.retryable());
    }

    @Test
    void a_status_without_an_api_error_is_the_connections_failure() {
        final KpcsException e = ApiErrors.fromStatus(
                Status.UNAVAILABLE.withDescription("connection refused").asRuntimeException(), "127.0.0.1:7021");
        assertThat(e).isInstanceOf(ConnectionException.class);
        assertThat(e.code()).isEqualTo(ErrorCode.UNAVAILABLE);
        assertThat(e.getMessage()).contains("the service at 127.0.0.1:7021 did not answer");
    }

    @Test
    void the_submitting_user_has_the_callers_role_its_own_name_first() {
        final OrgProfile bw = FakeBackend.BW.toBuilder()
                .putUsers(
                        "customs2",
                        UserCredentials.newBuilder().setRole("customs").build())
                .build();
        assertThat(ServingBackend.userFor(new Caller("customs2", "customs"), bw))
                .isEqualTo("customs2");
        assertThat(ServingBackend.userFor(new Caller("border-post-7", "customs"), bw))
                .isEqualTo("customs");
        // a name alone gives nothing: the exporter's name with the customs role is the customs user
        assertThat(ServingBackend.userFor(new Caller("exporter", "customs"), bw))
                .isEqualTo("customs");
        final ConnectionException none = catchThrowableOfType(
                ConnectionException.class, () -> ServingBackend.userFor(new Caller("x", "importing-authority"), bw));
        assertThat(none.code()).isEqualTo(ErrorCode.NO_SUCH_USER);
        assertThat(none.getMessage()).contains("network/kpnet enroll BW USER importing-authority");
    }
}
