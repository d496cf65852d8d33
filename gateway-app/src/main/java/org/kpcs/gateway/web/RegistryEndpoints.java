package org.kpcs.gateway.web;

import com.sun.net.httpserver.HttpServer;
import java.util.List;
import java.util.Locale;
import org.kpcs.gateway.industry.Industry;
import org.kpcs.gateway.registry.Registry;
import org.kpcs.protos.FirmPage;
import org.kpcs.protos.OrgProfile;
import org.kpcs.protos.Participant;

/**
 * Who is who: the organisation serving the dashboard, the Participants and their status (KPCS VI), and the
 * registry of licensed firms with their sanctions (Annex II 6, 13, 14).
 */
final class RegistryEndpoints {
    /** The most firms one page of the dashboard lists. */
    static final int MAX_ROWS = 2000;

    private static final int PAGE = 100; // the chaincode's largest page

    private final OrgProfile org;
    private final Registry registry;
    private final Industry industry;

    RegistryEndpoints(final OrgProfile org, final Registry registry, final Industry industry) {
        this.org = org;
        this.registry = registry;
        this.industry = industry;
    }

    void addTo(final HttpServer server) {
        server.createContext("/api/org", new ProtoEndpoint(request -> org));
        server.createContext("/api/participants", new ProtoEndpoint(request -> registry.list()));
        server.createContext("/api/firms", new ProtoEndpoint(request -> firms(request.param("country"))));
    }

    /**
     * The firms licensed by one Participant ({@code country}), or by every Participant in the registry, page
     * after page, up to {@link #MAX_ROWS}.
     */
    private FirmPage firms(final String country) {
        final List<String> countries = country.isEmpty()
                ? registry.list().getParticipantsList().stream()
                        .map(Participant::getCode)
                        .toList()
                : List.of(country.toUpperCase(Locale.ROOT));
        final FirmPage.Builder all = FirmPage.newBuilder();
        for (final String licensing : countries) {
            String bookmark = "";
            do {
                final FirmPage page = industry.firms(licensing, PAGE, bookmark);
                all.addAllFirms(page.getFirmsList());
                bookmark = page.getBookmark();
            } while (!bookmark.isEmpty() && all.getFirmsCount() < MAX_ROWS);
        }
        return all.build();
    }
}
