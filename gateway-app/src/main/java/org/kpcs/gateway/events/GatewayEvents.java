package org.kpcs.gateway.events;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.hyperledger.fabric.client.ChaincodeEvent;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.client.GatewayRuntimeException;
import org.kpcs.gateway.client.ConnectionException;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.protos.CertificateEvent;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.ParticipantEvent;

/** Chaincode events through the Fabric gateway's event service, decoded as kpcs.v1 messages. */
final class GatewayEvents implements LedgerEvents {
    private final KpGateway gateway;

    GatewayEvents(final KpGateway gateway) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
    }

    @Override
    public int follow(final long startBlock, final int limit, final long seconds, final Consumer<Received> sink) {
        int delivered = 0;
        try (CloseableIterator<ChaincodeEvent> events = gateway.network()
                .newChaincodeEventsRequest(gateway.chaincode())
                .startBlock(startBlock)
                .build()
                .getEvents(options -> options.withDeadlineAfter(seconds, TimeUnit.SECONDS))) {
            while (delivered < limit && events.hasNext()) {
                final ChaincodeEvent event = events.next();
                sink.accept(new Received(
                        event.getBlockNumber(), event.getTransactionId(), event.getEventName(), decode(event)));
                delivered++;
            }
        } catch (GatewayRuntimeException e) {
            // the deadline is how following stops; anything else ended the stream early
            if (e.getStatus().getCode() != io.grpc.Status.Code.DEADLINE_EXCEEDED) {
                throw new ConnectionException(
                        ErrorCode.EVENT_STREAM_ENDED,
                        "the peer ended the event stream (" + e.getStatus().getCode() + "): "
                                + e.getStatus().getDescription(),
                        e);
            }
        }
        return delivered;
    }

    static Message decode(final ChaincodeEvent event) {
        try {
            return switch (event.getEventName()) {
                case "CertificateEvent" -> CertificateEvent.parseFrom(event.getPayload());
                case "ParticipantEvent" -> ParticipantEvent.parseFrom(event.getPayload());
                case "IndustryEvent" -> org.kpcs.protos.IndustryEvent.parseFrom(event.getPayload());
                case "StatisticsEvent" -> org.kpcs.protos.StatisticsEvent.parseFrom(event.getPayload());
                case "ComplianceEvent" -> org.kpcs.protos.ComplianceEvent.parseFrom(event.getPayload());
                case "GovernanceEvent" -> org.kpcs.protos.GovernanceEvent.parseFrom(event.getPayload());
                default ->
                    com.google.protobuf.BytesValue.of(com.google.protobuf.ByteString.copyFrom(event.getPayload()));
            };
        } catch (InvalidProtocolBufferException e) {
            return com.google.protobuf.BytesValue.of(com.google.protobuf.ByteString.copyFrom(event.getPayload()));
        }
    }
}
