package org.kpcs.chaincode.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.kpcs.chaincode.ledger.Caller;
import org.kpcs.chaincode.ledger.Dates;
import org.kpcs.chaincode.ledger.Keys;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.ledger.Role;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.chaincode.participant.Participants;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.FileReportRequest;
import org.kpcs.protos.FiledReport;
import org.kpcs.protos.ReportKind;

/**
 * Annex III reports filed on the ledger, every version kept: KPCS Section V(b) (statistics made available to all
 * Participants through the Chair) and Annex III (a), (c) (published within two months of the reference period).
 */
final class FiledReports {
    private final TransactionContext ctx;
    private final Ledger ledger;

    private FiledReports(final TransactionContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.ledger = ctx.ledger();
    }

    static FiledReports of(final TransactionContext ctx) {
        return ctx.repository(FiledReports.class, FiledReports::new);
    }

    /**
     * Every version of a Participant's reports, by kind, period and version; only one period's when {@code
     * period} is set.
     */
    List<FiledReport> of(final String participant, final String period) {
        return ledger.readAll(Keys.REPORT, FiledReport.parser(), participant).stream()
                .filter(r -> period.isEmpty() || r.getPeriod().equals(period))
                .toList();
    }

    /** One version of a report, the current one when {@code version} is 0. */
    FiledReport get(final String participant, final ReportKind kind, final String period, final int version) {
        final ReportingPeriod checked = ReportingPeriod.of(kind, period);
        final List<FiledReport> versions =
                ledger.readAll(Keys.REPORT, FiledReport.parser(), participant, kind.name(), checked.label());
        if (versions.isEmpty() || version < 0 || version > versions.size()) {
            throw Refusal.of(
                    ErrorCode.REPORT_NOT_FOUND,
                    participant + " has filed no " + kind + " report for " + period
                            + (version > 0 ? " version " + version : "") + "; `kpcs stats reports " + participant
                            + "` lists what it filed");
        }
        return versions.get(version == 0 ? versions.size() - 1 : version - 1);
    }

    /**
     * Files a report. Section V(b): only the Participant's own delegate files for it. Annex III (a), (c): the
     * period must have ended; filing after the due date is recorded as late, with the days. A refiling
     * supersedes the earlier version, which stays on the ledger marked with the version that superseded it.
     */
    FiledReport file(final FileReportRequest request) {
        final Caller caller = ctx.caller();
        final Participants participants = Participants.of(ctx);
        participants.requireAuthorityOf(caller, request.getParticipant(), Role.DELEGATE);
        final ReportingPeriod period = ReportingPeriod.of(request.getKind(), request.getPeriod());
        final LocalDate today = Dates.of(ledger.txTime());
        period.requireEnded(today);
        checkFigures(request, participants);
        ReportFigures.checkDocumentHash(request.getDocumentSha256());
        final String kind = request.getKind().name();
        final List<FiledReport> versions =
                ledger.readAll(Keys.REPORT, FiledReport.parser(), request.getParticipant(), kind, period.label());
        final int version = versions.size() + 1;
        if (!versions.isEmpty()) {
            final FiledReport previous = versions.get(versions.size() - 1);
            if (previous.getTrade().equals(request.getTrade())
                    && previous.getProduction().equals(request.getProduction())
                    && previous.getDocumentSha256().equals(request.getDocumentSha256())) {
                throw Refusal.of(
                        ErrorCode.INVALID_ARGUMENT,
                        "version " + previous.getVersion() + " of this report has the same figures and document;"
                                + " a refiling corrects something");
            }
            ledger.write(
                    Keys.report(request.getParticipant(), kind, period.label(), previous.getVersion()),
                    previous.toBuilder()
                            .setSupersededByVersion(version)
                            .setSupersededOn(today.toString())
                            .build());
        }
        final int daysLate = period.daysLate(today);
        final FiledReport.Builder filed = FiledReport.newBuilder();
        if (request.getKind() == ReportKind.TRADE) {
            filed.setTrade(request.getTrade());
        } else {
            filed.setProduction(request.getProduction());
        }
        filed.setParticipant(request.getParticipant())
                .setPeriod(period.label())
                .setKind(request.getKind())
                .setVersion(version)
                .setDocumentSha256(request.getDocumentSha256())
                .setDue(period.due().toString())
                .setFiledOn(today.toString())
                .setLate(daysLate > 0)
                .setDaysLate(daysLate)
                .setFiledBy(caller.id())
                .setFiledAt(ledger.txTimestamp())
                .setTxId(ledger.txId());
        ledger.write(Keys.report(request.getParticipant(), kind, period.label(), version), filed.build());
        return filed.build();
    }

    /** A trade report carries trade figures only, a production report production figures only. */
    private static void checkFigures(final FileReportRequest request, final Participants participants) {
        if (request.getKind() == ReportKind.TRADE) {
            if (request.hasProduction()) {
                throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "a trade report carries no production figures");
            }
            ReportFigures.checkTrade(request.getParticipant(), request.getTrade(), participants);
        } else {
            if (request.hasTrade()) {
                throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "a production report carries no trade figures");
            }
            ReportFigures.checkProduction(request.getProduction());
        }
    }
}
