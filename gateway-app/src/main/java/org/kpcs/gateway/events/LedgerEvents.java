package org.kpcs.gateway.events;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.hyperledger.fabric.client.ChaincodeEvent;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.client.GatewayRuntimeException;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.client.KpcsException;
import org.kpcs.protos.CertificateEvent;
import org.kpcs.protos.ParticipantEvent;

/**
 * Follows the chaincode's events: how an Importing Authority learns that a shipment was certified for it
 * (Annex II 19, 21) and the Chair and exporter learn of a dispute (Section VI 16).
 */
public final class LedgerEvents {
    private final KpGateway gateway;

    public LedgerEvents(final KpGateway gateway) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
    }

    /** One decoded event, with the block and transaction that carried it. */
    public record Received(long block, String txId, String name, Message payload) {}

    /**
     * Delivers events from {@code startBlock} until {@code limit} have arrived or {@code seconds} pass without
     * the stream ending; returns how many were delivered.
     */
    public int follow(final long startBlock, final int limit, final long seconds, final Consumer<Received> sink) {
        int delivered = 0;
        try (CloseableIterator<ChaincodeEvent> events = gateway.network()
                .newChaincodeEventsRequest(KpGateway.CHAINCODE)
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
                throw new KpcsException(
                        KpcsException.Stage.CONNECTION,
                        e.getStatus().getCode().name(),
                        "the peer ended the event stream: " + e.getStatus().getDescription(),
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
                default ->
                    com.google.protobuf.BytesValue.of(com.google.protobuf.ByteString.copyFrom(event.getPayload()));
            };
        } catch (InvalidProtocolBufferException e) {
            return com.google.protobuf.BytesValue.of(com.google.protobuf.ByteString.copyFrom(event.getPayload()));
        }
    }
}
