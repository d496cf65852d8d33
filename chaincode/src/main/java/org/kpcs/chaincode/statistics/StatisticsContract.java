package org.kpcs.chaincode.statistics;

import java.util.logging.Logger;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.kpcs.chaincode.ledger.KpcsContract;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.chaincode.participant.Participants;
import org.kpcs.protos.ChairNotice;
import org.kpcs.protos.EnterProductionRequest;
import org.kpcs.protos.FileReportRequest;
import org.kpcs.protos.FiledReport;
import org.kpcs.protos.GetReportRequest;
import org.kpcs.protos.ListReportsRequest;
import org.kpcs.protos.NotifyChairRequest;
import org.kpcs.protos.ProductionStatistics;
import org.kpcs.protos.ReportList;
import org.kpcs.protos.StatisticsEvent;

/**
 * Annex III statistics on the ledger (KPCS Section V(b)): reports filed by each Participant's delegate, its
 * production statistics, and its notices to the Chair. Everything here is public; the rules live in {@link
 * FiledReports}, {@link ProductionRecords}, {@link ChairNotices} and {@link ReportFigures}.
 */
@Contract(
        name = "Statistics",
        info = @Info(title = "KPCS Annex III reports", version = "1"),
        transactionSerializer = "org.kpcs.chaincode.ledger.ProtoSerializer")
public final class StatisticsContract implements KpcsContract {
    /** Chaincode event name; the payload is a {@code StatisticsEvent}. */
    public static final String EVENT = "StatisticsEvent";

    private static final Logger LOG = Logger.getLogger(StatisticsContract.class.getName());

    /** A quarterly trade report or a semi-annual production report (Annex III (a), (c)). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] FileReport(final TransactionContext ctx, final byte[] requestBytes) {
        final FiledReport filed = FiledReports.of(ctx).file(Ledger.request(requestBytes, FileReportRequest.parser()));
        ctx.ledger().emit(EVENT, StatisticsEvent.newBuilder().setFiled(filed).build());
        LOG.info(() -> filed.getParticipant() + " filed its " + filed.getKind() + " report for " + filed.getPeriod()
                + ", version " + filed.getVersion()
                + (filed.getLate() ? ", " + filed.getDaysLate() + " days late" : ""));
        return Ledger.bytes(filed);
    }

    /** Semi-annual production statistics by carats and value (Annex III (c)). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] EnterProduction(final TransactionContext ctx, final byte[] requestBytes) {
        final ProductionStatistics entered =
                ProductionRecords.of(ctx).enter(Ledger.request(requestBytes, EnterProductionRequest.parser()));
        ctx.ledger()
                .emit(
                        EVENT,
                        StatisticsEvent.newBuilder()
                                .setProductionEntered(entered)
                                .build());
        LOG.info(() -> entered.getParticipant() + " entered its production for " + entered.getPeriod() + ", revision "
                + entered.getRevision());
        return Ledger.bytes(entered);
    }

    /** A Participant unable to publish its production statistics notifies the Chair (Annex III (c)). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] NotifyChair(final TransactionContext ctx, final byte[] requestBytes) {
        final ChairNotice notice =
                ChairNotices.of(ctx).notify(Ledger.request(requestBytes, NotifyChairRequest.parser()));
        ctx.ledger()
                .emit(
                        EVENT,
                        StatisticsEvent.newBuilder().setChairNotified(notice).build());
        LOG.warning(() -> notice.getParticipant() + " notified the Chair (" + notice.getChair()
                + ") that it cannot publish its statistics for " + notice.getPeriod() + ": " + notice.getReason());
        return Ledger.bytes(notice);
    }

    /** One filed report, the current version unless one is named. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] GetReport(final TransactionContext ctx, final byte[] requestBytes) {
        final GetReportRequest request = Ledger.request(requestBytes, GetReportRequest.parser());
        final String code = Participants.of(ctx).get(request.getParticipant()).getCode();
        return Ledger.bytes(
                FiledReports.of(ctx).get(code, request.getKind(), request.getPeriod(), request.getVersion()));
    }

    /** A Participant's filed reports (every version), production statistics and notices to the Chair. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] ListReports(final TransactionContext ctx, final byte[] requestBytes) {
        final ListReportsRequest request = Ledger.request(requestBytes, ListReportsRequest.parser());
        final String code = Participants.of(ctx).get(request.getParticipant()).getCode();
        final String period = request.getPeriod();
        return Ledger.bytes(ReportList.newBuilder()
                .setParticipant(code)
                .addAllReports(FiledReports.of(ctx).of(code, period))
                .addAllProduction(ProductionRecords.of(ctx).of(code, period))
                .addAllNotices(ChairNotices.of(ctx).of(code, period))
                .build());
    }
}
