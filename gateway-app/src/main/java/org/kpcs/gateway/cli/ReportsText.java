package org.kpcs.gateway.cli;

import java.io.PrintWriter;
import org.kpcs.gateway.certificate.Quantities;
import org.kpcs.protos.ChairNotice;
import org.kpcs.protos.FiledReport;
import org.kpcs.protos.ProductionFigures;
import org.kpcs.protos.ProductionStatistics;
import org.kpcs.protos.ReportKind;
import org.kpcs.protos.ReportList;
import org.kpcs.protos.StatisticsEvent;
import org.kpcs.protos.StatisticsLine;

/** Filed Annex III reports, production statistics and notices to the Chair, for people. */
final class ReportsText {
    private ReportsText() {}

    static void filed(final PrintWriter out, final FiledReport r) {
        out.println(summary(r));
        out.println("  document SHA-256 " + r.getDocumentSha256() + ", tx " + r.getTxId());
    }

    /** One line: kind, period, version, figures, filing date against the due date, and what superseded it. */
    static String summary(final FiledReport r) {
        return String.format(
                "%s %-7s %-10s v%d %s; filed %s, due %s%s%s",
                r.getParticipant(),
                r.getPeriod(),
                r.getKind(),
                r.getVersion(),
                figures(r),
                r.getFiledOn(),
                r.getDue(),
                r.getLate() ? ", LATE by " + r.getDaysLate() + " day(s)" : ", on time",
                r.getSupersededByVersion() > 0
                        ? " (superseded by v" + r.getSupersededByVersion() + " on " + r.getSupersededOn() + ")"
                        : "");
    }

    private static String figures(final FiledReport r) {
        if (r.getKind() == ReportKind.PRODUCTION) {
            return production(r.getProduction());
        }
        return "exports " + total(r.getTrade().getExportsList()) + ", imports "
                + total(r.getTrade().getImportsList());
    }

    private static String total(final java.util.List<StatisticsLine> lines) {
        return lines.stream().mapToInt(StatisticsLine::getCertificates).sum() + " cert(s) "
                + Quantities.formatCarats(lines.stream()
                        .mapToLong(StatisticsLine::getCaratWeightMilli)
                        .sum())
                + " ct";
    }

    private static String production(final ProductionFigures f) {
        return "production " + Quantities.formatCarats(f.getCaratWeightMilli()) + " ct, US$ "
                + Quantities.formatUsd(f.getValueUsdCents());
    }

    static void production(final PrintWriter out, final ProductionStatistics p) {
        out.println(productionLine(p));
    }

    private static String productionLine(final ProductionStatistics p) {
        return p.getParticipant() + " " + p.getPeriod() + " " + production(p.getFigures()) + " (revision "
                + p.getRevision() + ")";
    }

    static void notice(final PrintWriter out, final ChairNotice n) {
        out.println(noticeLine(n));
    }

    private static String noticeLine(final ChairNotice n) {
        return n.getParticipant() + " notified the Chair (" + n.getChair() + ") on " + n.getNotifiedOn()
                + " that it cannot publish its statistics for " + n.getPeriod() + " (due " + n.getDue() + "): "
                + n.getReason();
    }

    static void list(final PrintWriter out, final ReportList list) {
        out.println(list.getParticipant() + ": " + list.getReportsCount() + " filed report version(s)");
        list.getReportsList().forEach(r -> out.println("  " + summary(r)));
        out.println("production statistics:" + (list.getProductionCount() == 0 ? " none" : ""));
        list.getProductionList().forEach(p -> out.println("  " + productionLine(p)));
        out.println("notices to the Chair:" + (list.getNoticesCount() == 0 ? " none" : ""));
        list.getNoticesList().forEach(n -> out.println("  " + noticeLine(n)));
    }

    static String event(final StatisticsEvent e) {
        return switch (e.getKindCase()) {
            case FILED -> summary(e.getFiled());
            case PRODUCTION_ENTERED -> productionLine(e.getProductionEntered());
            case CHAIR_NOTIFIED -> noticeLine(e.getChairNotified());
            case KIND_NOT_SET -> "statistics event without content";
        };
    }
}
