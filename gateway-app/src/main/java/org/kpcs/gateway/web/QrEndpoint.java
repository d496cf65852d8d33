package org.kpcs.gateway.web;

import com.sun.net.httpserver.HttpServer;
import org.kpcs.gateway.print.CertificatePrints;
import org.kpcs.gateway.print.QrPayload;
import org.kpcs.protos.QrCheck;

/**
 * A printed Certificate's QR code against the ledger, for a border officer (Annex I: the Certificate is "tamper
 * and forgery resistant"; Section III(b): confirmation of receipt): {@code /api/check-qr?payload=KPC1:...}
 * answers the verdict of {@code kpcs cert check-qr}, valid, confirmed, amended, voided or forged, with its
 * reason. A payload that is not one answers 400 saying what is wrong with it, before the ledger is read.
 */
final class QrEndpoint {
    private final CertificatePrints prints;

    QrEndpoint(final CertificatePrints prints) {
        this.prints = prints;
    }

    void addTo(final HttpServer server) {
        server.createContext("/api/check-qr", new ProtoEndpoint(request -> check(request.param("payload"))));
    }

    private QrCheck check(final String payload) {
        return prints.check(QrPayload.parse(payload));
    }
}
