package org.kpcs.gateway.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The pages, their scripts and Apache ECharts, from the application's own jar (no CDN): a fixed list of names,
 * so no request can reach another resource. Every answer forbids scripts from anywhere but the dashboard.
 */
final class StaticAssets implements HttpHandler {
    private static final String PAGES = "/org/kpcs/gateway/web/pages/";
    private static final String ECHARTS = "/assets/echarts.min.js";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "png", "image/png");
    private static final java.util.Set<String> FILES = java.util.Set.of(
            "index.html",
            "firms.html",
            "certificates.html",
            "certificate.html",
            "trade.html",
            "trace.html",
            "check-qr.html",
            "plenary.html",
            "reports.html",
            "dashboard.css",
            "common.js",
            "index.js",
            "firms.js",
            "certificates.js",
            "certificate.js",
            "trade.js",
            "trace.js",
            "check-qr.js",
            "plenary.js",
            "reports.js");
    static final String SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

    private final String echarts = "/META-INF/resources/webjars/echarts/" + echartsVersion() + "/dist/echarts.min.js";

    @Override
    public void handle(final HttpExchange exchange) throws IOException {
        try (exchange) {
            final String path = exchange.getRequestURI().getPath();
            final String name = "/".equals(path) ? "index.html" : path.substring(1);
            final String resource = ECHARTS.equals(path) ? echarts : FILES.contains(name) ? PAGES + name : null;
            try (InputStream in = resource == null ? null : StaticAssets.class.getResourceAsStream(resource)) {
                if (in == null || !"GET".equals(exchange.getRequestMethod())) {
                    ProtoEndpoint.send(exchange, 404, "text/plain; charset=utf-8", "not found: " + path);
                    return;
                }
                final byte[] body = in.readAllBytes();
                exchange.getResponseHeaders()
                        .set("Content-Type", TYPES.get(resource.substring(resource.lastIndexOf('.') + 1)));
                exchange.getResponseHeaders().set("Content-Security-Policy", SECURITY_POLICY);
                exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        }
    }

    /** The ECharts webjar's version, from the Maven metadata it ships. */
    private static String echartsVersion() {
        try (InputStream in =
                StaticAssets.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/echarts/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the ECharts webjar is missing from the classpath");
            }
            final Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
