package org.kpcs.gateway.cli;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.kpcs.gateway.api.ApiServer;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.index.IndexService;
import org.kpcs.gateway.index.LedgerIndex;
import org.kpcs.gateway.web.Dashboard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kpcs serve}: keeps the organisation's off-chain index of the ledger (KPCS Section V(b)). */
@Command(
        name = "serve",
        description = "Follow the ledger's blocks and keep the organisation's off-chain index (the source of"
                + " kpcs stats), and with --api-port serve the API for national systems. Runs until stopped; a"
                + " restart resumes where the index ends.")
final class ServeCommand extends GatewayCommand {
    @Mixin
    IndexOptions indexAt;

    @Option(
            names = "--last-block",
            defaultValue = "-1",
            description = "Stop once this block is indexed (to rebuild an index up to a height). Default: never")
    long lastBlock;

    @Mixin
    ApiOptions api;

    @Mixin
    DashboardOptions web;

    @Override
    void execute(final KpGateway gateway, final Output out) {
        final Kpcs root = (Kpcs) spec.root().userObject();
        try (LedgerIndex index = indexAt.open(root);
                ApiServer service = api.start(root, gateway, indexAt, line -> log(gateway, line));
                Dashboard dashboard = web.start(root, gateway, indexAt, line -> log(gateway, line))) {
            final long next =
                    IndexService.of(gateway, index, line -> log(gateway, line)).follow(lastBlock);
            log(
                    gateway,
                    "stopped; blocks 0 to " + (next - 1) + " are indexed"
                            + (service != null ? "; the API on port " + service.port() + " stops" : "")
                            + (dashboard == null ? "" : "; dashboard " + dashboard.address() + " closed"));
        }
    }

    /** One line for the operator: when, which organisation, what happened. */
    private void log(final KpGateway gateway, final String line) {
        spec.commandLine()
                .getOut()
                .println(Instant.now().truncatedTo(ChronoUnit.MILLIS) + " kpcs serve " + gateway.mspId() + ": " + line);
    }
}
