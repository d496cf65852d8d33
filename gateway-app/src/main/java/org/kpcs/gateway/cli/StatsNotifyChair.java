package org.kpcs.gateway.cli;

import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.stats.Reports;
import org.kpcs.protos.NotifyChairRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kpcs stats notify-chair}: Annex III (c), a Participant unable to publish tells the Chair. */
@Command(
        name = "notify-chair",
        description = "Notify the Chair that the Participant cannot publish its production statistics for a"
                + " half-year (Annex III (c)); its delegate. The notice is public on the ledger.")
final class StatsNotifyChair extends GatewayCommand {
    @Parameters(index = "0", paramLabel = "PARTICIPANT", description = "Participant code, e.g. BW")
    String participant;

    @Parameters(index = "1", paramLabel = "HALF_YEAR", description = "2026-H1 or 2026-H2")
    String period;

    @Option(names = "--reason", required = true, description = "Why the statistics cannot be published")
    String reason;

    private NotifyChairRequest request;

    @Override
    void validate() {
        request = NotifyChairRequest.newBuilder()
                .setParticipant(StatsCommand.code(participant))
                .setPeriod(StatsCommand.period(period).label())
                .setReason(reason)
                .build();
    }

    @Override
    void execute(final KpGateway gateway, final Output out) {
        out.print(Reports.of(gateway).notifyChair(request), ReportsText::notice);
    }
}
