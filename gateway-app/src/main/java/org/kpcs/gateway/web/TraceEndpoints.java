package org.kpcs.gateway.web;

import com.sun.net.httpserver.HttpServer;
import java.util.Locale;
import org.kpcs.gateway.industry.Industry;
import org.kpcs.protos.SourceKind;

/**
 * The chain of warranties (KPCS IV(b), Annex II 13-16): from an invoice (or a transformation) back through
 * invoices and cutting to the KP Certificates and the countries of origin, drawn by the page as a graph.
 */
final class TraceEndpoints {
    private final Industry industry;

    TraceEndpoints(final Industry industry) {
        this.industry = industry;
    }

    void addTo(final HttpServer server) {
        server.createContext("/api/trace/", new ProtoEndpoint(request -> {
            final String kind = request.param("kind").isEmpty() ? "INVOICE" : request.param("kind");
            return industry.trace(
                    SourceKind.valueOf(kind.toUpperCase(Locale.ROOT)), request.segment(0, "an invoice id"));
        }));
    }
}
