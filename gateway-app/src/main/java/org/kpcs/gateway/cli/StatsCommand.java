package org.kpcs.gateway.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kpcs.gateway.api.ApiClient;
import org.kpcs.gateway.certificate.Certificates;
import org.kpcs.gateway.client.InputException;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.index.LedgerIndex;
import org.kpcs.gateway.stats.Period;
import org.kpcs.gateway.stats.Reports;
import org.kpcs.gateway.stats.Statistics;
import org.kpcs.gateway.stats.Verification;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.ReportKind;
import org.kpcs.protos.TradeStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kpcs stats ...}: Annex III statistics from the index, and their verification against the ledger. */
@Command(
        name = "stats",
        description = "Annex III statistics: trade tables from the organisation's index (kpcs serve), reports filed"
                + " on the ledger, production statistics, notices to the Chair, and verification by anyone.",
        subcommands = {
            StatsCommand.Trade.class,
            StatsFile.class,
            StatsProduction.class,
            StatsNotifyChair.class,
            StatsReports.class,
            StatsCommand.Verify.class
        })
final class StatsCommand {
    @Command(
            name = "trade",
            description = "A Participant's exports and imports in a period, by partner, origin and HS code"
                    + " (Annex III (a), (b)). Values in US$ only in a Participant's own statistics.")
    static final class Trade implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PARTICIPANT", description = "Participant code, e.g. BW")
        String participant;

        @Parameters(index = "1", paramLabel = "PERIOD", description = "2026-Q1, 2026-H1 or 2026")
        String period;

        @Option(names = "--csv", paramLabel = "FILE", description = "Also write the table as CSV to FILE")
        Path csv;

        @Mixin
        IndexOptions indexAt;

        @Mixin
        ServiceOption service;

        @Override
        public Integer call() {
            final Period p = period(period);
            final Kpcs root = (Kpcs) spec.root().userObject();
            final TradeStatistics stats;
            if (service.target != null) {
                try (ApiClient api = root.service(service.target)) {
                    stats = api.trade(code(participant), p.label());
                }
            } else {
                try (LedgerIndex index = indexAt.open(root)) {
                    stats = Statistics.of(index, root.ownParticipant()).trade(code(participant), p);
                }
            }
            if (csv != null) {
                StatisticsText.csv(csv, stats);
            }
            root.output(spec).print(stats, StatisticsText::trade);
            return 0;
        }
    }

    @Command(
            name = "verify",
            description = "Recompute a Participant's carats and certificate counts from the public ledger and list"
                    + " every difference from the report it filed on the ledger for the period (a half-year's"
                    + " production report against its production statistics), or from a report file or the index,"
                    + " with mirror differences, Certificates unconfirmed past expiry and open disputes. Anyone may"
                    + " run it.")
    static final class Verify extends GatewayCommand {
        @Parameters(index = "0", paramLabel = "PARTICIPANT", description = "Participant code, e.g. BW")
        String participant;

        @Parameters(index = "1", paramLabel = "PERIOD", description = "2026-Q1, 2026-H1 or 2026")
        String period;

        @Option(
                names = "--report",
                paramLabel = "FILE",
                description = "Published statistics to check (JSON, as kpcs stats trade --json prints). Default:"
                        + " the report filed on the ledger")
        Path report;

        @Option(names = "--index", description = "Check the figures in the organisation's index instead")
        boolean index;

        @Mixin
        IndexOptions indexAt;

        @Mixin
        ServiceOption service;

        private Period checked;

        @Override
        void validate() {
            checked = period(period);
            if (report != null && index) {
                throw new IllegalArgumentException("check either a --report file or the --index, not both");
            }
            if (report == null && !index && checked.reportKind() == ReportKind.REPORT_KIND_UNSPECIFIED) {
                throw new IllegalArgumentException("reports are filed for a quarter (trade) or a half-year"
                        + " (production); verify a year's figures with --index or --report");
            }
        }

        @Override
        boolean answeredByService(final Kpcs root, final Output out) {
            if (service.target == null) {
                return false;
            }
            final TradeStatistics published = report != null ? published() : null;
            return service.print(
                    root,
                    out,
                    api -> api.verify(code(participant), checked.label(), published),
                    StatisticsText::verification);
        }

        @Override
        void execute(final KpGateway gateway, final Output out) {
            final Kpcs root = (Kpcs) spec.root().userObject();
            final String code = code(participant);
            final Verification verification = Verification.of(Certificates.of(gateway));
            if (report == null && !index) {
                out.print(verification.verifyFiled(code, checked, Reports.of(gateway)), StatisticsText::verification);
                return;
            }
            final TradeStatistics reported;
            if (report != null) {
                reported = published();
            } else {
                try (LedgerIndex index = indexAt.open(root)) {
                    reported = Statistics.of(index, "").trade(code, checked);
                }
            }
            out.print(
                    verification.verify(code, checked, reported, report != null ? report.toString() : "index"),
                    StatisticsText::verification);
        }

        /** The published report (--report), read and checked to be the Participant's and period's. */
        private TradeStatistics published() {
            final TradeStatistics.Builder read = TradeStatistics.newBuilder();
            JsonFiles.read(report, read, ErrorCode.INVALID_ARGUMENT, "Annex III statistics (kpcs stats trade --json)");
            requireSame(read.build(), code(participant), checked);
            return read.build();
        }

        private static void requireSame(final TradeStatistics reported, final String code, final Period period) {
            if (!reported.getParticipant().equals(code) || !reported.getPeriod().equals(period.label())) {
                throw new InputException(
                        ErrorCode.INVALID_ARGUMENT,
                        "the report is " + reported.getParticipant() + " " + reported.getPeriod() + ", not " + code
                                + " " + period.label() + ": verify it with those",
                        null);
            }
        }
    }

    static Period period(final String text) {
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InputException(ErrorCode.INVALID_ARGUMENT, e.getMessage(), e);
        }
    }

    static String code(final String participant) {
        return participant.toUpperCase(Locale.ROOT);
    }
}
