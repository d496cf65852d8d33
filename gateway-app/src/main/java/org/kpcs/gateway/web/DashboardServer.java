package org.kpcs.gateway.web;

import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.kpcs.gateway.certificate.Certificates;
import org.kpcs.gateway.client.InputException;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.compliance.Compliance;
import org.kpcs.gateway.events.LedgerEvents;
import org.kpcs.gateway.governance.Governance;
import org.kpcs.gateway.index.LedgerIndex;
import org.kpcs.gateway.industry.Industry;
import org.kpcs.gateway.print.CertificatePrints;
import org.kpcs.gateway.registry.Registry;
import org.kpcs.gateway.stats.Reports;
import org.kpcs.protos.ErrorCode;

/** The dashboard on the JDK's HTTPS server: the pages, one endpoint family per class, and the event feed. */
final class DashboardServer implements Dashboard {
    private final HttpsServer server;
    private final ExecutorService threads;
    private final EventFeed feed;
    private final TradeEndpoints trade;
    private final URI address;

    private DashboardServer(
            final HttpsServer server, final ExecutorService threads, final EventFeed feed, final TradeEndpoints trade) {
        this.server = server;
        this.threads = threads;
        this.feed = feed;
        this.trade = trade;
        final InetSocketAddress bound = server.getAddress();
        this.address = URI.create("https://" + bound.getHostString() + ":" + bound.getPort() + "/");
    }

    static Dashboard start(
            final Settings settings,
            final KpGateway gateway,
            final Supplier<LedgerIndex> index,
            final Consumer<String> log) {
        final HttpsServer server;
        try {
            server = HttpsServer.create(new InetSocketAddress(settings.host(), settings.port()), 0);
        } catch (IOException e) {
            throw new InputException(
                    ErrorCode.INVALID_ARGUMENT,
                    "the dashboard cannot listen on " + settings.host() + ":" + settings.port() + " (" + e.getMessage()
                            + "): give a free --web-port (0 for any) or another --web-host",
                    e);
        }
        server.setHttpsConfigurator(new ClientAuthentication(
                TlsFiles.context(settings.tlsCert(), settings.tlsKey(), settings.clientCa()),
                settings.clientCa() != null));
        // a thread per request: each open page holds one for its event stream
        final ExecutorService threads = Executors.newCachedThreadPool(task -> {
            final Thread thread = new Thread(task, "kpcs-dashboard");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        final Certificates certificates = Certificates.of(gateway);
        final Industry industry = Industry.of(gateway);
        new RegistryEndpoints(settings.org(), Registry.of(gateway), industry).addTo(server);
        new CertificateEndpoints(certificates, industry).addTo(server);
        final TradeEndpoints trade = new TradeEndpoints(index, settings.ownParticipant(), certificates);
        trade.addTo(server);
        new TraceEndpoints(industry).addTo(server);
        new QrEndpoint(CertificatePrints.of(gateway)).addTo(server);
        new PlenaryEndpoints(Governance.of(gateway), Compliance.of(gateway)).addTo(server);
        new ReportEndpoints(Reports.of(gateway)).addTo(server);
        final EventFeed feed = new EventFeed(LedgerEvents.of(gateway), settings.describe(), log);
        server.createContext("/api/events", new EventStream(feed));
        server.createContext("/", new StaticAssets());
        threads.execute(feed);
        server.start();
        final DashboardServer dashboard = new DashboardServer(server, threads, feed, trade);
        log.accept("dashboard for " + settings.org().getMspId() + " at " + dashboard.address
                + " (read-only; TLS certificate " + settings.tlsCert()
                + (settings.clientCa() == null
                        ? ""
                        : "; only clients with a certificate issued by " + settings.clientCa())
                + ")");
        return dashboard;
    }

    @Override
    public URI address() {
        return address;
    }

    @Override
    public void close() {
        feed.stop();
        server.stop(0);
        threads.shutdownNow();
        trade.close();
    }
}
