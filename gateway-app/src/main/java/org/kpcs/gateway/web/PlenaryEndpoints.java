package org.kpcs.gateway.web;

import com.sun.net.httpserver.HttpServer;
import org.kpcs.gateway.client.KpcsException;
import org.kpcs.gateway.compliance.Compliance;
import org.kpcs.gateway.governance.Governance;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.PlenaryMeeting;

/**
 * The Plenary's public record (KPCS VI): who holds the chair and every hand-over, the next meeting and the
 * proposals to modify the Scheme on its agenda with their approvals, the review missions' public records and the
 * compliance concerns' public markers. Their confidential text stays with the Participants: none of these calls
 * reads it.
 */
final class PlenaryEndpoints {
    private final Governance governance;
    private final Compliance compliance;

    PlenaryEndpoints(final Governance governance, final Compliance compliance) {
        this.governance = governance;
        this.compliance = compliance;
    }

    /** The next Plenary, or an empty record (no date) when none to come is recorded: not an error for a page. */
    private PlenaryMeeting nextPlenary() {
        try {
            return governance.plenary();
        } catch (KpcsException e) {
            if (e.code() == ErrorCode.NO_PLENARY_SCHEDULED) {
                return PlenaryMeeting.getDefaultInstance();
            }
            throw e;
        }
    }

    void addTo(final HttpServer server) {
        server.createContext("/api/chair", new ProtoEndpoint(request -> governance.chair()));
        server.createContext("/api/plenary", new ProtoEndpoint(request -> nextPlenary()));
        server.createContext(
                "/api/modifications", new ProtoEndpoint(request -> governance.modifications(request.param("plenary"))));
        server.createContext(
                "/api/missions", new ProtoEndpoint(request -> compliance.missions(request.param("participant"))));
        server.createContext(
                "/api/concerns",
                new ProtoEndpoint(request -> compliance.concerns("true".equals(request.param("open")))));
    }
}
