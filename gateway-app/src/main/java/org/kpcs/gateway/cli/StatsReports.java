package org.kpcs.gateway.cli;

import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.stats.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kpcs stats reports}: what a Participant filed, when, and whether late; anyone may read it. */
@Command(
        name = "reports",
        description = "A Participant's filed reports (every version, late ones marked), production statistics and"
                + " notices to the Chair, from the ledger. Anyone may run it.")
final class StatsReports extends GatewayCommand {
    @Parameters(index = "0", paramLabel = "PARTICIPANT", description = "Participant code, e.g. BW")
    String participant;

    @Option(names = "--period", description = "Only this quarter or half-year")
    String period;

    private String only = "";

    @Override
    void validate() {
        if (period != null) {
            only = StatsCommand.period(period).label();
        }
    }

    @Override
    void execute(final KpGateway gateway, final Output out) {
        out.print(Reports.of(gateway).list(StatsCommand.code(participant), only), ReportsText::list);
    }
}
