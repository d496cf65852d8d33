package org.kpcs.gateway.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kpcs.protos.FiledReport;
import org.kpcs.protos.ProductionDifference;
import org.kpcs.protos.ProductionFigures;
import org.kpcs.protos.ProductionStatistics;
import org.kpcs.protos.ReportKind;
import org.kpcs.protos.TradeStatistics;
import org.kpcs.protos.VerificationReport;

/** A filed report's figures against what the ledger records (Annex III (a), (c); Section V(b)). */
final class FiledReportCheck {
    private FiledReportCheck() {}

    static VerificationReport verify(
            final LedgerVerification ledger, final String participant, final Period period, final Reports reports) {
        final ReportKind kind = period.reportKind();
        final FiledReport filed = reports.report(participant, kind, period.label(), 0);
        final String kindName = kind.name().toLowerCase(java.util.Locale.ROOT);
        final String source = "the " + kindName + " report filed on the ledger, version " + filed.getVersion();
        final VerificationReport.Builder result;
        if (kind == ReportKind.TRADE) {
            result = ledger.check(participant, period, Optional.of(figures(filed)), source).toBuilder();
        } else {
            final ProductionFigures entered = reports.list(participant, period.label()).getProductionList().stream()
                    .findFirst()
                    .map(ProductionStatistics::getFigures)
                    .orElse(ProductionFigures.getDefaultInstance());
            result = ledger.check(participant, period, Optional.empty(), source).toBuilder()
                    .addAllProductionDifferences(production(filed.getProduction(), entered));
        }
        return result.setFiledKind(kindName)
                .setFiledVersion(filed.getVersion())
                .setDue(filed.getDue())
                .setFiledOn(filed.getFiledOn())
                .setFiledLate(filed.getLate())
                .setDocumentSha256(filed.getDocumentSha256())
                .build();
    }

    /** A trade report's lines as statistics, to compare line by line with the ledger's. */
    static TradeStatistics figures(final FiledReport filed) {
        return TradeStatistics.newBuilder()
                .setParticipant(filed.getParticipant())
                .setPeriod(filed.getPeriod())
                .addAllExports(filed.getTrade().getExportsList())
                .addAllImports(filed.getTrade().getImportsList())
                .build();
    }

    /** The filed production figures that differ from those entered on the ledger (none entered counts as 0). */
    static List<ProductionDifference> production(final ProductionFigures reported, final ProductionFigures entered) {
        final List<ProductionDifference> found = new ArrayList<>();
        if (reported.getCaratWeightMilli() != entered.getCaratWeightMilli()) {
            found.add(difference("carats", reported.getCaratWeightMilli(), entered.getCaratWeightMilli()));
        }
        if (reported.getValueUsdCents() != entered.getValueUsdCents()) {
            found.add(difference("value", reported.getValueUsdCents(), entered.getValueUsdCents()));
        }
        return found;
    }

    private static ProductionDifference difference(final String figure, final long reported, final long onLedger) {
        return ProductionDifference.newBuilder()
                .setFigure(figure)
                .setReported(reported)
                .setOnLedger(onLedger)
                .build();
    }
}
