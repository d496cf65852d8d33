package org.kpcs.loadgen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hyperledger.fabric.client.Network;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.client.KpGateway.Submission;
import org.kpcs.protos.CertificatePage;
import org.kpcs.protos.GetCertificateHistoryRequest;
import org.kpcs.protos.ListCertificatesRequest;
import org.kpcs.protos.SourceKind;
import org.kpcs.protos.TraceInvoiceRequest;
import org.kpcs.protos.TradeDirection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * How reads grow with the ledger: preloads Certificates until the ledger holds each size in turn and at each
 * measures, as the observer, the first page of a Participant's list, a trace of depth 10 and a Certificate's
 * history. Each is one query at a time (1 client, 1 in flight): latency, not throughput.
 */
@Command(
        name = "ledger",
        description = "Preloads Certificates up to each ledger size; measures list, trace and history latency at each.")
final class LedgerGrowth implements Callable<Integer> {
    /** Every issue date the load generator writes falls in this period. */
    private static final String FROM = "2000-01-01";

    private static final String TO = "2099-12-31";
    private static final int TRACE_DEPTH = 10;
    private static final int COUNT_PAGE = 100;

    @Option(names = "--network-home", required = true)
    private Path home;

    @Option(names = "--run", required = true, description = "the run's id, part of every key it writes")
    private String runId;

    @Option(names = "--firm-users", split = ",", required = true, description = "the WDC users of firms A and B")
    private List<String> firmUsers;

    @Option(names = "--sizes", split = ",", defaultValue = "0,1000,10000", description = "Certificates on the ledger")
    private List<Long> sizes;

    @Option(names = "--preload-threads", defaultValue = "64", description = "issuances in flight while preloading")
    private int threads;

    @Option(names = "--page-size", defaultValue = "50", description = "the list's page size (1 to 100)")
    private int pageSize;

    @Option(names = "--warmup", defaultValue = "2", description = "seconds before measuring each query")
    private int warmup;

    @Option(names = "--duration", defaultValue = "8", description = "seconds each query is measured")
    private int duration;

    @Option(names = "--results", description = "file to append the results to (tab-separated)")
    private Path results;

    @Override
    @SuppressWarnings("PMD.CloseResource") // the connections own and close every gateway
    public Integer call() throws IOException, InterruptedException {
        if (firmUsers.size() != 2) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--firm-users USER_A,USER_B");
        }
        try (Connections connections = new Connections(home)) {
            final Workloads workloads = new Workloads(connections, runId);
            final ProcessCpu cpu = new ProcessCpu(home);
            final KpGateway observer = connections.as("CSO", "observer");
            final Network checker = observer.network();
            final String firmA = LoadGenerator.firm("A", runId);
            System.out.printf("[ledger] a confirmed Certificate and a chain of %d invoices on it ...%n", TRACE_DEPTH);
            final String certificate = workloads.sources("LS", 1, firmA).get(0);
            final String invoice = workloads
                    .chain(
                            "L",
                            certificate,
                            TRACE_DEPTH,
                            firmA,
                            firmUsers.get(0),
                            LoadGenerator.firm("B", runId),
                            firmUsers.get(1))
                    .get(TRACE_DEPTH - 1);
            final List<Workload> queries = List.of(
                    Workloads.query(
                            "list", observer, list(connections.participants().get(0), "", pageSize)),
                    Workloads.query(
                            "trace-" + TRACE_DEPTH,
                            observer,
                            Submission.of(
                                    "Warranties",
                                    "TraceInvoice",
                                    TraceInvoiceRequest.newBuilder()
                                            .setKind(SourceKind.INVOICE)
                                            .setRef(invoice)
                                            .build())),
                    Workloads.query(
                            "history",
                            observer,
                            Submission.of(
                                    "Certificates",
                                    "GetCertificateHistory",
                                    GetCertificateHistoryRequest.newBuilder()
                                            .setNumber(certificate)
                                            .build())));
            final Measurement measurement = new Measurement(warmup, duration, 0, results);
            long onLedger = count(observer, connections.participants());
            for (final long size : sizes) {
                if (onLedger < size) {
                    System.out.printf(
                            "[ledger] %d Certificates on the ledger; issuing %d more ...%n", onLedger, size - onLedger);
                    Preload.submit(workloads.issuance(), size - onLedger, threads);
                    onLedger = count(observer, connections.participants());
                }
                System.out.printf(
                        "[ledger] %d Certificates on the ledger: measuring list, trace and history%n", onLedger);
                for (final Workload query : queries) {
                    measurement.run(query, 1, 1, checker, cpu, "ledger", Long.toString(onLedger));
                }
            }
        }
        return 0;
    }

    /** The Certificates on the ledger: every Participant's exports, counted page by page. */
    static long count(final KpGateway observer, final List<String> participants) {
        long count = 0;
        for (final String participant : participants) {
            String bookmark = "";
            do {
                final CertificatePage page =
                        observer.evaluate(list(participant, bookmark, COUNT_PAGE), CertificatePage.parser());
                count += page.getCertificatesCount();
                bookmark = page.getCertificatesCount() == 0 ? "" : page.getBookmark();
            } while (!bookmark.isEmpty());
        }
        return count;
    }

    static Submission list(final String participant, final String bookmark, final int size) {
        return Submission.of(
                "Certificates",
                "ListCertificates",
                ListCertificatesRequest.newBuilder()
                        .setParticipant(participant)
                        .setDirection(TradeDirection.EXPORT)
                        .setFrom(FROM)
                        .setTo(TO)
                        .setPageSize(size)
                        .setBookmark(bookmark)
                        .build());
    }
}
