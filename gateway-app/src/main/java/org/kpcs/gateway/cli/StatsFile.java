package org.kpcs.gateway.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.kpcs.gateway.certificate.Quantities;
import org.kpcs.gateway.client.InputException;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.index.LedgerIndex;
import org.kpcs.gateway.stats.Period;
import org.kpcs.gateway.stats.Reports;
import org.kpcs.gateway.stats.Statistics;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.FileReportRequest;
import org.kpcs.protos.ProductionFigures;
import org.kpcs.protos.TradeFigures;
import org.kpcs.protos.TradeStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kpcs stats file}: a Participant's delegate files its quarterly trade or semi-annual production report. */
@Command(
        name = "file",
        description = "File a Participant's report on the ledger (its delegate): for a quarter the trade figures"
                + " (Annex III (a), (b)), for a half-year the production figures (Annex III (c)), with the SHA-256 of"
                + " the full report document. Filing again supersedes the earlier version, which stays on the ledger.")
final class StatsFile extends GatewayCommand {
    @Parameters(index = "0", paramLabel = "PARTICIPANT", description = "Participant code, e.g. BW")
    String participant;

    @Parameters(index = "1", paramLabel = "PERIOD", description = "a quarter (2026-Q1) or a half-year (2026-H1)")
    String period;

    @Option(
            names = "--document",
            required = true,
            paramLabel = "FILE",
            description = "The full report document; only its SHA-256 goes on the ledger")
    Path document;

    @Option(
            names = "--figures",
            paramLabel = "FILE",
            description = "A quarter's trade figures (JSON, as kpcs stats trade --json prints). Default: the"
                    + " organisation's index")
    Path figures;

    @Option(names = "--carats", description = "A half-year's production in carats, e.g. 12500.25")
    String carats;

    @Option(names = "--value-usd", description = "A half-year's production value in US$, e.g. 150000000.00")
    String valueUsd;

    @Mixin
    IndexOptions indexAt;

    private FileReportRequest.Builder request;

    @Override
    void validate() {
        final Period checked = StatsCommand.period(period);
        request = FileReportRequest.newBuilder()
                .setParticipant(StatsCommand.code(participant))
                .setPeriod(checked.label())
                .setKind(checked.reportKind());
        switch (checked.reportKind()) {
            case TRADE -> {
                if (carats != null || valueUsd != null) {
                    throw new IllegalArgumentException(
                            "a quarter's report has trade figures, not --carats or --value-usd");
                }
                request.setTrade(trade(checked));
            }
            case PRODUCTION -> {
                if (carats == null || valueUsd == null || figures != null) {
                    throw new IllegalArgumentException(
                            "a half-year's report needs --carats and --value-usd (production)");
                }
                request.setProduction(ProductionFigures.newBuilder()
                        .setCaratWeightMilli(Quantities.caratsToMilli(carats))
                        .setValueUsdCents(Quantities.usdToCents(valueUsd)));
            }
            default ->
                throw new IllegalArgumentException(
                        "reports are filed for a quarter (trade) or a half-year" + " (production), not for a year");
        }
        request.setDocumentSha256(sha256(document));
    }

    private TradeFigures trade(final Period checked) {
        final TradeStatistics stats;
        if (figures != null) {
            final TradeStatistics.Builder read = TradeStatistics.newBuilder();
            JsonFiles.read(figures, read, ErrorCode.INVALID_ARGUMENT, "Annex III statistics (kpcs stats trade --json)");
            stats = read.build();
        } else {
            final Kpcs root = (Kpcs) spec.root().userObject();
            try (LedgerIndex index = indexAt.open(root)) {
                stats = Statistics.of(index, root.ownParticipant()).trade(request.getParticipant(), checked);
            }
        }
        return TradeFigures.newBuilder()
                .addAllExports(stats.getExportsList())
                .addAllImports(stats.getImportsList())
                .build();
    }

    static String sha256(final Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new InputException(ErrorCode.INVALID_ARGUMENT, "cannot read the report document " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    @Override
    void execute(final KpGateway gateway, final Output out) {
        out.print(Reports.of(gateway).file(request.build()), ReportsText::filed);
    }
}
