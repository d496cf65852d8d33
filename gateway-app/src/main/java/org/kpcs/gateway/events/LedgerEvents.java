package org.kpcs.gateway.events;

import com.google.protobuf.Message;
import java.util.function.Consumer;
import org.kpcs.gateway.client.KpGateway;

/**
 * Follows the chaincode's events: how an Importing Authority learns that a shipment was certified for it
 * (Annex II 19, 21) and the Chair and exporter learn of a dispute (Section VI 16).
 */
@SuppressWarnings("PMD.ImplicitFunctionalInterface") // a domain API that will grow, not a lambda target
public interface LedgerEvents {
    static LedgerEvents of(final KpGateway gateway) {
        return new GatewayEvents(gateway);
    }

    /** One decoded event, with the block and transaction that carried it. */
    record Received(long block, String txId, String name, Message payload) {}

    /**
     * Delivers events from {@code startBlock} until {@code limit} have arrived or {@code seconds} pass without
     * the stream ending; returns how many were delivered.
     */
    int follow(long startBlock, int limit, long seconds, Consumer<Received> sink);
}
