package org.kpcs.gateway.cli;

import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.events.LedgerEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kpcs events}: follow the ledger's chaincode events (public fields only). */
@Command(
        name = "events",
        description = "Follow chaincode events: certificates issued, custody, confirmations, disputes.")
final class EventsCommand extends GatewayCommand {
    @Option(names = "--from-block", defaultValue = "0", description = "First block to read. Default: ${DEFAULT-VALUE}")
    long fromBlock;

    @Option(names = "--limit", defaultValue = "1000", description = "Stop after this many events")
    int limit;

    @Option(names = "--wait", defaultValue = "5", description = "Seconds to follow before stopping")
    long seconds;

    @Override
    void execute(final KpGateway gateway, final Output out) {
        final int n = LedgerEvents.of(gateway).follow(fromBlock, limit, seconds, out::event);
        out.note(n + " event(s)");
    }
}
