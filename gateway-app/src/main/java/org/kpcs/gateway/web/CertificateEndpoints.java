package org.kpcs.gateway.web;

import com.google.protobuf.Message;
import com.sun.net.httpserver.HttpServer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.kpcs.gateway.certificate.Certificates;
import org.kpcs.gateway.industry.Industry;
import org.kpcs.protos.CertificatePage;
import org.kpcs.protos.TradeDirection;

/**
 * Certificates (KPCS Annex I) as anyone may read them: search by number or by Participant, direction and dates
 * of issue, one Certificate with its custody and import receipt, its history on the ledger, the invoices that
 * drew on it, and the open disputes. Never the commercial details: they stay in the Participants' collections.
 */
final class CertificateEndpoints {
    private static final int PAGE = 100; // the chaincode's largest page

    private final Certificates certificates;
    private final Industry industry;

    CertificateEndpoints(final Certificates certificates, final Industry industry) {
        this.certificates = certificates;
        this.industry = industry;
    }

    void addTo(final HttpServer server) {
        server.createContext("/api/certificates", new ProtoEndpoint(this::search));
        server.createContext("/api/certificate/", new ProtoEndpoint(this::certificate));
        server.createContext("/api/disputes", new ProtoEndpoint(request -> all(null, null)));
    }

    /** {@code ?number=N}, or {@code ?participant=BW&direction=EXPORT&from=yyyy-mm-dd&to=yyyy-mm-dd}. */
    private CertificatePage search(final Request request) {
        final String number = request.param("number");
        if (!number.isEmpty()) {
            return CertificatePage.newBuilder()
                    .addCertificates(certificates.show(number))
                    .setFetched(1)
                    .build();
        }
        final String participant = request.param("participant").toUpperCase(Locale.ROOT);
        if (participant.isEmpty()) {
            throw new IllegalArgumentException("search by number=N, or by participant=CODE (with direction, from, to)");
        }
        final String direction = request.param("direction").isEmpty() ? "EXPORT" : request.param("direction");
        final LocalDate today = LocalDate.now(ZoneOffset.UTC);
        final String from = request.param("from").isEmpty()
                ? today.minusYears(1).toString()
                : LocalDate.parse(request.param("from")).toString();
        final String to = request.param("to").isEmpty()
                ? today.toString()
                : LocalDate.parse(request.param("to")).toString();
        return all(participant, TradeDirection.valueOf(direction.toUpperCase(Locale.ROOT)), from, to);
    }

    /** {@code /api/certificate/N}, {@code /N/history} or {@code /N/use} (the invoices drawing on it). */
    private Message certificate(final Request request) {
        final String number = request.segment(0, "a certificate number");
        final String part = request.segments().size() > 1 ? request.segments().get(1) : "";
        return switch (part) {
            case "" -> certificates.show(number);
            case "history" -> certificates.history(number);
            case "use" -> industry.traceCertificate(number);
            default -> throw new IllegalArgumentException("no '" + part + "' for a certificate: history or use");
        };
    }

    private CertificatePage all(final String participant, final TradeDirection direction) {
        return all(participant, direction, "", "");
    }

    /** A Participant's Certificates (or, without one, the disputed ones), page after page up to the limit. */
    private CertificatePage all(
            final String participant, final TradeDirection direction, final String from, final String to) {
        final CertificatePage.Builder all = CertificatePage.newBuilder();
        String bookmark = "";
        do {
            final CertificatePage page = participant == null
                    ? certificates.disputed(PAGE, bookmark)
                    : certificates.list(participant, direction, from, to, PAGE, bookmark);
            all.addAllCertificates(page.getCertificatesList());
            bookmark = page.getBookmark();
        } while (!bookmark.isEmpty() && all.getCertificatesCount() < RegistryEndpoints.MAX_ROWS);
        return all.setBookmark(bookmark).setFetched(all.getCertificatesCount()).build();
    }
}
