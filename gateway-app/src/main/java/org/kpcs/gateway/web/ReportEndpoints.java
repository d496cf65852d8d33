package org.kpcs.gateway.web;

import com.sun.net.httpserver.HttpServer;
import org.kpcs.gateway.stats.Reports;

/**
 * What a Participant filed under Annex III, all of it public: its quarterly trade reports and half-yearly
 * production reports (every version, due date, filed on time or late), its production statistics and its
 * notices to the Chair when it could not publish them.
 */
final class ReportEndpoints {
    private final Reports reports;

    ReportEndpoints(final Reports reports) {
        this.reports = reports;
    }

    void addTo(final HttpServer server) {
        server.createContext(
                "/api/reports/",
                new ProtoEndpoint(
                        request -> reports.list(request.segment(0, "a Participant code"), request.param("period"))));
    }
}
