package org.kpcs.gateway.cli;

import org.kpcs.gateway.certificate.Quantities;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.stats.Reports;
import org.kpcs.protos.EnterProductionRequest;
import org.kpcs.protos.ProductionFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kpcs stats production}: a Participant's delegate enters its production statistics for a half-year. */
@Command(
        name = "production",
        description = "Enter (or correct) a Participant's rough diamond production for a half-year, by carats and"
                + " US$ value (Annex III (c)); its delegate, once the half-year has ended.")
final class StatsProduction extends GatewayCommand {
    @Parameters(index = "0", paramLabel = "PARTICIPANT", description = "Participant code, e.g. BW")
    String participant;

    @Parameters(index = "1", paramLabel = "HALF_YEAR", description = "2026-H1 or 2026-H2")
    String period;

    @Option(names = "--carats", required = true, description = "Carats produced, e.g. 12500.25")
    String carats;

    @Option(names = "--value-usd", required = true, description = "Value in US$, e.g. 150000000.00")
    String valueUsd;

    private EnterProductionRequest request;

    @Override
    void validate() {
        request = EnterProductionRequest.newBuilder()
                .setParticipant(StatsCommand.code(participant))
                .setPeriod(StatsCommand.period(period).label())
                .setFigures(ProductionFigures.newBuilder()
                        .setCaratWeightMilli(Quantities.caratsToMilli(carats))
                        .setValueUsdCents(Quantities.usdToCents(valueUsd)))
                .build();
    }

    @Override
    void execute(final KpGateway gateway, final Output out) {
        out.print(Reports.of(gateway).enterProduction(request), ReportsText::production);
    }
}
