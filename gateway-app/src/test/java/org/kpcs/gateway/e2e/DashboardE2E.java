package org.kpcs.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.util.JsonFormat;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpcs.gateway.api.TestPki;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.industry.Industry;
import org.kpcs.gateway.print.CertificatePrints;
import org.kpcs.gateway.print.QrPayload;
import org.kpcs.gateway.stats.Period;
import org.kpcs.protos.PrintPayload;
import org.kpcs.protos.StatisticsLine;
import org.kpcs.protos.TradeStatistics;
import org.openqa.selenium.By;

/**
 * The web dashboard of {@code kpcs serve --web-port} in Debian's headless Chromium, after a trade on the real
 * network: BW certifies for AE, AE's importing firm sells part with a warranty, a third firm is sanctioned.
 * Every page loads with no console error and shows that trade; a screenshot of each is kept in
 * gateway-app/target/screenshots; the CSV and the JSON come from the same endpoint, over the organisation's TLS.
 * A border officer's check of the printed Certificate's QR payload says confirmed, and forged once tampered with.
 */
class DashboardE2E {
    private static final Path ROOT = Path.of(System.getProperty("kpcs.root", "."));
    private static final Path SHOTS = ROOT.resolve("gateway-app/target/screenshots");
    private static final String RUN =
            UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    private static final String GULF = "AE-F-DASH-" + RUN;
    private static final String TRADER = "AE-F-DASHT-" + RUN;
    private static final String BANNED = "AE-F-DASHX-" + RUN;
    private static final String CERT = "BW-DASH-" + RUN;
    private static final String INVOICE = "INV-DASH-" + RUN;
    private static final String QUARTER =
            Period.quarterOf(LocalDate.now(ZoneOffset.UTC)).label();

    /** The Annex III line of BW's exports to AE of BW's origin, HS 7102.10, on the trade page. */
    private static final By BW_TO_AE =
            By.xpath("//section[@id='annex-BW']//tr[td[1]='AE' and td[2]='BW' and td[3]='7102.10']");

    @TempDir
    Path folder;

    @BeforeAll
    static void trade() {
        try (KpGateway ae = LocalNetwork.as("AE", "importer")) {
            Industry.of(ae).registerFirm(Trades.firm(GULF, "AE"));
            Industry.of(ae).registerFirm(Trades.firm(TRADER, "AE"));
            Industry.of(ae).registerFirm(Trades.firm(BANNED, "AE"));
            Industry.of(ae).sanction(BANNED, "smuggling, Annex II 6", "AE-CASE-" + RUN);
        }
        final String user = "dash-" + RUN.toLowerCase(Locale.ROOT);
        LocalNetwork.enroll("WDC", user, "firm", GULF);
        Trades.importedBy(GULF, CERT, 5_000_000);
        try (KpGateway gulf = LocalNetwork.as("WDC", user)) {
            Trades.warranty(gulf, INVOICE, GULF, TRADER, CERT, 2_000_000).submit();
        }
    }

    /** A failed test leaves no kpcs serve of its own running. */
    @AfterEach
    void stopServices() {
        ProcessHandle.current().children().forEach(ProcessHandle::destroyForcibly);
    }

    @AfterAll
    static void closeChannels() {
        LocalNetwork.CHANNELS.close();
    }

    @Test
    void every_page_shows_the_trade_in_a_real_browser_with_no_console_error() throws Exception {
        final Path log = folder.resolve("serve-BW.log");
        final String index = "jdbc:sqlite:" + folder.resolve("bw.db");
        final long tip = NetworkNodes.peerTip("BW").number();
        ServeProcess.start("BW", "delegate", index, log, "--web-port", "0");
        final URI dashboard = address(log, "BWMSP");
        NetworkNodes.await(
                "BW's index to reach block " + tip, Duration.ofSeconds(120), () -> ServeProcess.nextBlock(index) > tip);

        final HttpClient https = trusting(LocalNetwork.home().resolve("orgs/BW/msp/tlscacerts/ca.pem"));
        final HttpResponse<String> csv =
                get(https, dashboard.resolve("api/certificates?participant=BW&csv=certificates"));
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body().lines().findFirst())
                .hasValueSatisfying(h -> assertThat(h).startsWith("certificate.title,"));
        assertThat(csv.body()).contains(CERT + ",").contains("CONFIRMED");
        final HttpResponse<String> missing = get(https, dashboard.resolve("api/certificate/BW-NO-SUCH-" + RUN));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("CERTIFICATE_NOT_FOUND");
        final HttpResponse<String> write = https.send(
                HttpRequest.newBuilder(dashboard.resolve("api/participants"))
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(write.statusCode()).isEqualTo(405);

        final TradeStatistics.Builder bw = TradeStatistics.newBuilder();
        JsonFormat.parser()
                .merge(get(https, dashboard.resolve("api/trade/BW/" + QUARTER)).body(), bw);
        final StatisticsLine toAe = bw.getExportsList().stream()
                .filter(l -> l.getPartner().equals("AE")
                        && l.getOrigin().equals("BW")
                        && l.getHsCode().equals("7102.10"))
                .findFirst()
                .orElseThrow();
        assertThat(toAe.getCaratWeightMilli()).isGreaterThanOrEqualTo(5_000_000);
        assertThat(bw.getValuesIncluded()).isTrue();
        final String toAeCarats = String.format(Locale.ROOT, "%.3f", toAe.getCaratWeightMilli() / 1000.0);

        final Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("index.html", List.of("Botswana", "ACTIVE", CERT + " BW->AE CONFIRMED"));
        pages.put("firms.html", List.of(GULF, BANNED, "SANCTIONED", "smuggling, Annex II 6"));
        pages.put("certificates.html?participant=BW&direction=EXPORT", List.of(CERT, "5000.000"));
        pages.put("certificate.html?number=" + CERT, List.of("CONFIRMED", "5000.000", "SEALED by BW", INVOICE));
        pages.put("trade.html?period=" + QUARTER, List.of("BW exports", "✓ verified", toAeCarats));
        pages.put("trace.html?invoice=" + INVOICE, List.of(CERT, "2000.000", TRADER));
        // every table of the reports' and the Plenary's pages drawn from its endpoints (their rows depend on the
        // other tests' runs)
        pages.put("reports.html", List.of("Filed reports (", "Production statistics (", "Notices to the Chair ("));
        pages.put(
                "plenary.html",
                List.of(
                        "Next Plenary",
                        "The Chair: ",
                        "Proposed modifications (",
                        "Review missions (",
                        "Compliance concerns ("));
        final long started = System.nanoTime();
        try (Browser browser = new Browser()) {
            for (final Map.Entry<String, List<String>> page : pages.entrySet()) {
                browser.open(dashboard.resolve(page.getKey()).toString());
                try {
                    NetworkNodes.await(
                            page.getKey() + " to show " + page.getValue(),
                            Duration.ofSeconds(60),
                            () -> page.getValue().stream().allMatch(browser.text()::contains));
                } catch (AssertionError e) {
                    browser.screenshot(SHOTS.resolve("failed-" + page.getKey().replaceAll("[.?].*", "") + ".png"));
                    throw new AssertionError(e.getMessage() + "; the page shows:\n" + browser.text(), e);
                }
                NetworkNodes.await(
                        page.getKey() + " to be live",
                        Duration.ofSeconds(30),
                        () -> "live".equals(browser.text(By.id("live"))));
                browser.screenshot(SHOTS.resolve(page.getKey().replaceAll("[.?].*", "") + ".png"));
                assertThat(browser.consoleErrors())
                        .as("console errors on " + page.getKey())
                        .isEmpty();
            }
            checkPrintedCertificate(browser, https, dashboard);

            // the Annex III line of BW's exports to AE: the page's figure is the endpoint's, and the ledger agrees
            browser.open(dashboard.resolve("trade.html?period=" + QUARTER).toString());
            NetworkNodes.await(
                    "BW's line to AE on the trade page",
                    Duration.ofSeconds(60),
                    () -> browser.text(BW_TO_AE).contains(toAeCarats));
            assertThat(browser.text(BW_TO_AE))
                    .contains("✓ verified")
                    .contains("$"); // BW's own index: the values in US$ are BW's to see
            assertThat(browser.consoleErrors()).isEmpty();

            // an observer's dashboard: the same carats and marks, never a value
            final Path observerLog = folder.resolve("serve-CSO.log");
            final String observerIndex = "jdbc:sqlite:" + folder.resolve("cso.db");
            ServeProcess.start("CSO", "observer", observerIndex, observerLog, "--web-port", "0");
            final URI observer = address(observerLog, "CSOMSP");
            NetworkNodes.await(
                    "CSO's index to reach block " + tip,
                    Duration.ofSeconds(120),
                    () -> ServeProcess.nextBlock(observerIndex) > tip);
            browser.open(observer.resolve("trade.html?period=" + QUARTER).toString());
            NetworkNodes.await(
                    "the observer's line of BW to AE",
                    Duration.ofSeconds(60),
                    () -> browser.text(BW_TO_AE).contains("✓ verified"));
            assertThat(browser.text())
                    .contains("CSOMSP, observer")
                    .contains(toAeCarats)
                    .doesNotContain("$");
            assertThat(browser.text(By.xpath("//section[@id='annex-BW']//table")))
                    .doesNotContain("Value (US$)");
            browser.screenshot(SHOTS.resolve("trade-observer.png"));
            assertThat(browser.consoleErrors()).isEmpty();
        }
        System.out.printf(
                "DashboardE2E: %d pages in Chromium in %d ms; screenshots in %s%n",
                pages.size(), (System.nanoTime() - started) / 1_000_000, SHOTS);
    }

    /**
     * The Certificate printed to PDF by its exporter, its QR payload pasted into the check page: confirmed (AE
     * confirmed receipt); one digit of its record hash changed: forged; not a payload at all: 400, saying why.
     */
    private void checkPrintedCertificate(final Browser browser, final HttpClient https, final URI dashboard)
            throws Exception {
        final PrintPayload printed;
        try (KpGateway exporter = LocalNetwork.as("BW", "exporter")) {
            printed = CertificatePrints.of(exporter)
                    .print(CERT, folder.resolve(CERT + ".pdf"))
                    .getPayload();
        }
        final String hash = printed.getRecordHash();
        final String tampered = QrPayload.format(printed.toBuilder()
                .setRecordHash((hash.charAt(0) == '0' ? "1" : "0") + hash.substring(1))
                .build());
        final HttpResponse<String> malformed = get(https, dashboard.resolve("api/check-qr?payload=KPC1:" + CERT));
        assertThat(malformed.statusCode()).as(malformed.body()).isEqualTo(400);
        assertThat(malformed.body()).contains("has 4 fields").contains("QR_PAYLOAD");

        browser.open(dashboard.resolve("check-qr.html").toString());
        final Map<String, String> verdicts = new LinkedHashMap<>();
        verdicts.put(QrPayload.format(printed), "Verdict: confirmed");
        verdicts.put(tampered, "Verdict: forged");
        for (final Map.Entry<String, String> check : verdicts.entrySet()) {
            browser.enter(By.name("payload"), check.getKey());
            NetworkNodes.await(
                    "the check page to say " + check.getValue(),
                    Duration.ofSeconds(60),
                    () -> browser.text(By.id("verdict")).contains(check.getValue()));
            browser.screenshot(SHOTS.resolve("check-qr-" + check.getValue().substring(9) + ".png"));
            assertThat(browser.text(By.id("verdict-reason"))).isNotBlank();
            assertThat(browser.text()).contains(CERT);
            assertThat(browser.consoleErrors())
                    .as("console errors on check-qr.html")
                    .isEmpty();
        }
        assertThat(browser.text(By.id("verdict-reason"))).contains("is not that of the record transaction");
    }

    /** The address the dashboard logs once it listens. */
    private static URI address(final Path log, final String mspId) {
        final Pattern line = Pattern.compile("dashboard for " + mspId + " at (https://\\S+/)");
        final String[] found = new String[1];
        NetworkNodes.await("kpcs serve to log the dashboard's address", Duration.ofSeconds(60), () -> {
            try {
                final Matcher m = line.matcher(Files.readString(log, StandardCharsets.UTF_8));
                if (m.find()) {
                    found[0] = m.group(1);
                }
                return found[0] != null;
            } catch (java.io.IOException e) {
                return false;
            }
        });
        return URI.create(found[0]);
    }

    /** An HTTPS client that trusts only the organisation's TLS CA (and so checks the dashboard's certificate). */
    private static HttpClient trusting(final Path caPem) throws Exception {
        return HttpClient.newBuilder().sslContext(TestPki.trusting(caPem)).build();
    }

    private static HttpResponse<String> get(final HttpClient client, final URI uri) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
