package org.kpcs.gateway.stats;

import org.kpcs.gateway.client.KpGateway;
import org.kpcs.protos.ChairNotice;
import org.kpcs.protos.EnterProductionRequest;
import org.kpcs.protos.FileReportRequest;
import org.kpcs.protos.FiledReport;
import org.kpcs.protos.NotifyChairRequest;
import org.kpcs.protos.ProductionStatistics;
import org.kpcs.protos.ReportKind;
import org.kpcs.protos.ReportList;

/** Annex III reports on the ledger (KPCS Section V(b)), as a client calls them. */
public interface Reports {
    static Reports of(final KpGateway gateway) {
        return new GatewayReports(gateway);
    }

    /** Files a quarterly trade report or a semi-annual production report (a Participant's delegate). */
    FiledReport file(FileReportRequest request);

    /** Enters or corrects a half-year's production statistics (a Participant's delegate). */
    ProductionStatistics enterProduction(EnterProductionRequest request);

    /** Tells the Chair that a half-year's statistics cannot be published (Annex III (c)). */
    ChairNotice notifyChair(NotifyChairRequest request);

    /** A report's current version ({@code version} 0) or an earlier one; public. */
    FiledReport report(String participant, ReportKind kind, String period, int version);

    /** Every version of a Participant's reports, its production statistics and notices; {@code period} may be empty. */
    ReportList list(String participant, String period);
}
