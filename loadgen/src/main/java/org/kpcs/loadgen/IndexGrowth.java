package org.kpcs.loadgen;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.kpcs.gateway.api.ApiClient;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.client.Profiles;
import org.kpcs.gateway.index.IndexLogins;
import org.kpcs.gateway.index.LedgerIndex;
import org.kpcs.gateway.stats.Period;
import org.kpcs.protos.ListCertificatesRequest;
import org.kpcs.protos.NetworkProfile;
import org.kpcs.protos.OrgProfile;
import org.kpcs.protos.TradeDirection;
import org.kpcs.protos.UserCredentials;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The off-chain index under a growing ledger: preloads Certificates to each size while watching how far the
 * organisation's index ({@code kpcs serve}, run by kpnet) is behind its peer, in blocks and in milliseconds from
 * commit to indexed; then at each size the latency of the organisation's API for the Annex III statistics of the
 * quarter and for the first page of a Certificate list, one call at a time.
 */
@Command(
        name = "index",
        description = "Preloads Certificates up to each size; the index's lag behind the ledger meanwhile, and the"
                + " statistics and list queries' latency through the organisation's API at each size.")
final class IndexGrowth implements Callable<Integer> {
    static final String EXPERIMENT = "index";

    @Option(names = "--network-home", required = true)
    private Path home;

    @Option(names = "--run", required = true, description = "the run's id, part of every key it writes")
    private String runId;

    @Option(names = "--sizes", split = ",", defaultValue = "10000", description = "Certificates on the ledger")
    private List<Long> sizes;

    @Option(names = "--org", defaultValue = "BW", description = "the Participant whose index and API are measured")
    private String org;

    @Option(names = "--user", defaultValue = "delegate", description = "its user that calls the API")
    private String user;

    @Option(names = "--index-url", description = "the index to watch. Default: the organisation's SQLite file")
    private String indexUrl;

    @Option(
            names = "--index-credentials",
            defaultValue = "${env:KPCS_INDEX_CREDENTIALS}",
            description = "the login to a PostgreSQL index (user=..., password=...), as kpcs serve reads it."
                    + " Default: $KPCS_INDEX_CREDENTIALS, else $KPCS_INDEX_USER and $KPCS_INDEX_PASSWORD")
    private Path indexCredentials;

    @Option(names = "--preload-threads", defaultValue = "64", description = "issuances in flight while preloading")
    private int threads;

    @Option(names = "--queries", defaultValue = "50", description = "calls of each query measured at each size")
    private int queries;

    @Option(names = "--results", description = "file to append the results to (tab-separated)")
    private Path results;

    @Override
    @SuppressWarnings("PMD.CloseResource") // the connections own and close every gateway
    public Integer call() throws IOException, InterruptedException {
        final NetworkProfile network = Profiles.network(home);
        final OrgProfile profile = Profiles.org(home, org);
        final UserCredentials credentials = Profiles.user(profile, user);
        final String url = indexUrl != null
                ? indexUrl
                : LedgerIndex.sqliteUrl(
                        home.resolve("orgs").resolve(profile.getOrg()).resolve("index/ledger-index.db"));
        final String quarter = Period.quarterOf(LocalDate.now(ZoneOffset.UTC)).label();
        try (Connections connections = new Connections(home);
                LedgerIndex index = LedgerIndex.open(
                        url,
                        IndexLogins.of(indexCredentials, System.getenv()),
                        new LedgerIndex.Owner(profile.getMspId(), network.getChannel(), network.getChaincode()));
                IndexLag lag = new IndexLag(connections.as(org, user).network(), index);
                ApiClient api = ApiClient.connect(
                        profile.getServiceEndpoint(),
                        Path.of(profile.getPeer().getTlsRootCert()),
                        Path.of(credentials.getCert()),
                        Path.of(credentials.getKey()))) {
            final Workloads workloads = new Workloads(connections, runId);
            final KpGateway observer = connections.as("CSO", "observer");
            long onLedger = LedgerGrowth.count(observer, connections.participants());
            for (final long size : sizes) {
                if (onLedger < size) {
                    System.out.printf(
                            "[index] %d Certificates on the ledger; issuing %d more%n", onLedger, size - onLedger);
                    lag.take();
                    final long started = System.nanoTime();
                    Preload.submit(workloads.issuance(), size - onLedger, threads);
                    final boolean caughtUp = lag.awaitCaughtUp(300_000);
                    final double seconds = (System.nanoTime() - started) / 1e9;
                    onLedger = LedgerGrowth.count(observer, connections.participants());
                    final IndexLag.Sample sample = lag.take();
                    record("lag-ms", onLedger, seconds, sample.lagMillis(), caughtUp ? 0 : 1);
                    record("lag-blocks", onLedger, seconds, sample.blocksBehind(), caughtUp ? 0 : 1);
                }
                System.out.printf("[index] %d Certificates on the ledger: the API's statistics and list%n", onLedger);
                measure("stats", onLedger, () -> api.trade(org, quarter));
                final ListCertificatesRequest page = ListCertificatesRequest.newBuilder()
                        .setParticipant(org)
                        .setDirection(TradeDirection.EXPORT)
                        .setFrom("2000-01-01")
                        .setTo("2099-12-31")
                        .setPageSize(50)
                        .build();
                measure("list", onLedger, () -> api.list(page));
            }
        }
        return 0;
    }

    /** Calls the query a few times unmeasured, then {@code queries} times one after another. */
    private void measure(final String name, final long onLedger, final Supplier<?> query) throws IOException {
        for (int i = 0; i < 3; i++) {
            query.get();
        }
        final Latencies latencies = new Latencies();
        final long started = System.nanoTime();
        for (int i = 0; i < queries; i++) {
            final long start = System.nanoTime();
            query.get();
            latencies.record(System.nanoTime() - start);
        }
        record(name, onLedger, (System.nanoTime() - started) / 1e9, latencies, 0);
    }

    private void record(
            final String name, final long onLedger, final double seconds, final Latencies figures, final long failed)
            throws IOException {
        final RunResult result = new RunResult(
                name,
                1,
                1,
                0,
                seconds,
                figures.count(),
                0,
                figures.count() / seconds,
                figures.percentileMillis(50),
                figures.percentileMillis(95),
                figures.percentileMillis(99),
                failed,
                0,
                Map.of(),
                0,
                0,
                0,
                Map.of(),
                Map.of(),
                EXPERIMENT,
                Long.toString(onLedger));
        System.out.printf(
                Locale.ROOT,
                "[index] %d Certificates, %s: %d samples, p50 %.1f, p95 %.1f, p99 %.1f%s%n",
                onLedger,
                name,
                figures.count(),
                result.p50(),
                result.p95(),
                result.p99(),
                failed > 0 ? " (the index had not caught up after 5 minutes)" : "");
        Measurement.append(results, result);
    }
}
