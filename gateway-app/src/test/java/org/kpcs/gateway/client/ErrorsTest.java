package org.kpcs.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Any;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.junit.jupiter.api.Test;
import org.kpcs.protos.ErrorCode;

class ErrorsTest {
    private static StatusRuntimeException grpc(final Status.Code code, final String message, final String detail) {
        final com.google.rpc.Status.Builder status =
                com.google.rpc.Status.newBuilder().setCode(code.value()).setMessage(message);
        if (detail != null) {
            status.addDetails(Any.pack(ErrorDetail.newBuilder()
                    .setAddress("127.0.0.1:7051")
                    .setMspId("BWMSP")
                    .setMessage(detail)
                    .build()));
        }
        return StatusProto.toStatusRuntimeException(status.build());
    }

    @Test
    void a_chaincode_rule_becomes_an_endorsement_error_with_its_code() {
        final KpcsException e = Errors.from(new EndorseException(
                "tx1",
                grpc(
                        Status.Code.ABORTED,
                        "failed to endorse transaction, see attached details for more info",
                        "chaincode response 500, ROLE_REQUIRED: this transaction needs kp.role=chair")));
        assertThat(e).isInstanceOf(EndorsementException.class);
        assertThat(e.stage()).isEqualTo(KpcsException.Stage.ENDORSEMENT);
        assertThat(e.code()).isEqualTo(ErrorCode.ROLE_REQUIRED);
        assertThat(e.getMessage()).isEqualTo("this transaction needs kp.role=chair");
        assertThat(e.retryable()).isFalse();
    }

    @Test
    void an_endorsement_refusal_names_the_refusing_organisations_so_a_lagging_peer_can_be_told_apart() {
        final EndorsementException e = (EndorsementException) Errors.from(new EndorseException(
                "tx3",
                grpc(
                        Status.Code.ABORTED,
                        "failed to endorse transaction, see attached details for more info",
                        "chaincode response 500, INVALID_STATE: Certificate BW-1 is SEALED_FOR_EXPORT")));
        assertThat(e.refusingOrganisations()).containsExactly("BWMSP");
        assertThat(e.refusedOnlyByOthers("AEMSP"))
                .as("AE's own peer accepted; BW's refused")
                .isTrue();
        assertThat(e.refusedOnlyByOthers("BWMSP"))
                .as("the caller's own peer refused")
                .isFalse();
        assertThat(new EndorsementException(ErrorCode.INVALID_STATE, "x", null).refusedOnlyByOthers("AEMSP"))
                .as("no peer named")
                .isFalse();
        assertThat(e.mayComeFromAStaleView()).as("a record in an earlier state").isTrue();
        assertThat(new EndorsementException(ErrorCode.OBSERVER_READ_ONLY, "x", null).mayComeFromAStaleView())
                .as("a rule about the caller")
                .isFalse();
    }

    @Test
    void an_evaluation_error_carries_the_rule_in_its_status_message() {
        final KpcsException e = Errors.from(new GatewayException(grpc(
                Status.Code.UNKNOWN,
                "evaluate call to endorser returned error: chaincode response 500, PARTICIPANT_NOT_FOUND: no ZA",
                null)));
        assertThat(e.code()).isEqualTo(ErrorCode.PARTICIPANT_NOT_FOUND);
        assertThat(e.getMessage()).isEqualTo("no ZA");
    }

    @Test
    void an_ordering_refusal_is_told_apart_from_a_chaincode_refusal() {
        final KpcsException e = Errors.from(new SubmitException(
                "tx2",
                grpc(
                        Status.Code.ABORTED,
                        "received unsuccessful response from orderer: status=FORBIDDEN, info=implicit policy"
                                + " evaluation failed",
                        null)));
        assertThat(e).isInstanceOf(OrderingException.class);
        assertThat(e.stage()).isEqualTo(KpcsException.Stage.ORDERING);
        assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    void an_unreachable_peer_is_a_connection_error() {
        final KpcsException e =
                Errors.from(new GatewayException(grpc(Status.Code.UNAVAILABLE, "connection refused", null)));
        assertThat(e).isInstanceOf(ConnectionException.class);
        assertThat(e.code()).isEqualTo(ErrorCode.UNAVAILABLE);
        assertThat(e.getMessage()).contains("kpnet status");
    }

    @Test
    void a_gateway_that_does_not_yet_know_the_endorsers_is_retryable() {
        final KpcsException e = Errors.from(new EndorseException(
                "tx3", grpc(Status.Code.UNAVAILABLE, "failed to find any endorsing peers for org(s): INMSP", null)));
        assertThat(e.code()).isEqualTo(ErrorCode.NO_ENDORSERS);
        assertThat(e.retryable()).isTrue();
    }

    @Test
    void read_conflicts_are_retryable_and_policy_failures_are_not() {
        assertThat(new ValidationException("MVCC_READ_CONFLICT", "x", null).retryable())
                .isTrue();
        assertThat(new ValidationException("ENDORSEMENT_POLICY_FAILURE", "x", null).retryable())
                .isFalse();
        assertThat(new EndorsementException(ErrorCode.MVCC_READ_CONFLICT, "x", null).retryable())
                .isFalse();
        assertThat(new ValidationException("BAD_PAYLOAD", "x", null).code()).isEqualTo(ErrorCode.TRANSACTION_INVALID);
    }

    @Test
    void a_message_without_a_known_code_is_an_endorsement_failure_with_the_peers_words() {
        final KpcsException e = Errors.from(new EndorseException(
                "tx4", grpc(Status.Code.ABORTED, "failed to endorse", "chaincode response 500, NOT_A_CODE: x")));
        assertThat(e.code()).isEqualTo(ErrorCode.ENDORSEMENT_FAILED);
        assertThat(e.getMessage()).contains("NOT_A_CODE: x");
    }

    @Test
    void an_ordering_failure_other_than_a_refusal_may_have_been_ordered() {
        final KpcsException e =
                Errors.from(new SubmitException("tx5", grpc(Status.Code.DEADLINE_EXCEEDED, "orderer timed out", null)));
        assertThat(e.code()).isEqualTo(ErrorCode.ORDERING_UNCONFIRMED);
        assertThat(e.getMessage()).contains("query the record before submitting again");
    }
}
