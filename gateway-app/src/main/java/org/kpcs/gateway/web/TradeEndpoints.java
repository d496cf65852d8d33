package org.kpcs.gateway.web;

import com.sun.net.httpserver.HttpServer;
import java.util.Locale;
import java.util.function.Supplier;
import org.kpcs.gateway.certificate.Certificates;
import org.kpcs.gateway.index.LedgerIndex;
import org.kpcs.gateway.stats.Period;
import org.kpcs.gateway.stats.Statistics;
import org.kpcs.gateway.stats.Verification;
import org.kpcs.protos.TradeStatistics;
import org.kpcs.protos.VerificationReport;

/**
 * Annex III: a Participant's exports and imports in a period from the organisation's index (US$ values only
 * in a Participant's own), and their verification against the public ledger, which gives each table line its
 * mark. The flows between Participants are the exports of each, drawn by the page.
 */
final class TradeEndpoints {
    private final Supplier<LedgerIndex> opener;
    private final String ownParticipant;
    private final Certificates ledger;
    private LedgerIndex index;

    TradeEndpoints(final Supplier<LedgerIndex> opener, final String ownParticipant, final Certificates ledger) {
        this.opener = opener;
        this.ownParticipant = ownParticipant;
        this.ledger = ledger;
    }

    void addTo(final HttpServer server) {
        server.createContext(
                "/api/trade/",
                new ProtoEndpoint(request ->
                        trade(request.segment(0, "a Participant code"), Period.parse(request.segment(1, "a period")))));
        server.createContext("/api/verify/", new ProtoEndpoint(request -> {
            final String participant = request.segment(0, "a Participant code");
            final Period period = Period.parse(request.segment(1, "a period"));
            final VerificationReport report =
                    Verification.of(ledger).verify(code(participant), period, trade(participant, period), "index");
            return report;
        }));
    }

    /** The index is opened on first use, and read by one request at a time over its one connection. */
    private synchronized TradeStatistics trade(final String participant, final Period period) {
        if (index == null) {
            index = opener.get();
        }
        return Statistics.of(index, ownParticipant).trade(code(participant), period);
    }

    synchronized void close() {
        if (index != null) {
            index.close();
        }
    }

    private static String code(final String participant) {
        return participant.toUpperCase(Locale.ROOT);
    }
}
