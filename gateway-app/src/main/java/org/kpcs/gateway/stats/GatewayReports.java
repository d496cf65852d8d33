package org.kpcs.gateway.stats;

import java.util.Objects;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.protos.ChairNotice;
import org.kpcs.protos.EnterProductionRequest;
import org.kpcs.protos.FileReportRequest;
import org.kpcs.protos.FiledReport;
import org.kpcs.protos.GetReportRequest;
import org.kpcs.protos.ListReportsRequest;
import org.kpcs.protos.NotifyChairRequest;
import org.kpcs.protos.ProductionStatistics;
import org.kpcs.protos.ReportKind;
import org.kpcs.protos.ReportList;

/** Reports through the Fabric gateway: the chaincode's {@code Statistics} contract. */
final class GatewayReports implements Reports {
    private static final String CONTRACT = "Statistics";

    private final KpGateway gateway;

    GatewayReports(final KpGateway gateway) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
    }

    @Override
    public FiledReport file(final FileReportRequest request) {
        return gateway.submit(CONTRACT, "FileReport", request, FiledReport.parser());
    }

    @Override
    public ProductionStatistics enterProduction(final EnterProductionRequest request) {
        return gateway.submit(CONTRACT, "EnterProduction", request, ProductionStatistics.parser());
    }

    @Override
    public ChairNotice notifyChair(final NotifyChairRequest request) {
        return gateway.submit(CONTRACT, "NotifyChair", request, ChairNotice.parser());
    }

    @Override
    public FiledReport report(final String participant, final ReportKind kind, final String period, final int version) {
        return gateway.evaluate(
                CONTRACT,
                "GetReport",
                GetReportRequest.newBuilder()
                        .setParticipant(participant)
                        .setKind(kind)
                        .setPeriod(period)
                        .setVersion(version)
                        .build(),
                FiledReport.parser());
    }

    @Override
    public ReportList list(final String participant, final String period) {
        return gateway.evaluate(
                CONTRACT,
                "ListReports",
                ListReportsRequest.newBuilder()
                        .setParticipant(participant)
                        .setPeriod(period)
                        .build(),
                ReportList.parser());
    }
}
