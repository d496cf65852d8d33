package org.kpcs.gateway.api;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Grpc;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/**
 * Puts the {@link Caller} of each call in its context, from the client certificate the TLS handshake verified
 * (it chains to the organisation's CA, or there is no call); a call without one is refused.
 */
final class CallerInterceptor implements ServerInterceptor {
    static final Context.Key<Caller> CALLER = Context.key("kpcs-caller");

    @Override
    public <Q, A> ServerCall.Listener<Q> interceptCall(
            final ServerCall<Q, A> call, final Metadata headers, final ServerCallHandler<Q, A> next) {
        final Certificate[] chain = verifiedChain(call.getAttributes().get(Grpc.TRANSPORT_ATTR_SSL_SESSION));
        if (chain.length > 0 && chain[0] instanceof X509Certificate certificate) {
            return Contexts.interceptCall(
                    Context.current().withValue(CALLER, Caller.of(certificate)), call, headers, next);
        }
        call.close(
                Status.UNAUTHENTICATED.withDescription(
                        "a client certificate from the organisation's CA is required (mutual TLS)"),
                new Metadata());
        return new ServerCall.Listener<>() {};
    }

    /** The client's certificate chain the handshake verified; empty when there is none. */
    private static Certificate[] verifiedChain(final SSLSession session) {
        if (session == null) {
            return new Certificate[0];
        }
        try {
            return session.getPeerCertificates();
        } catch (SSLPeerUnverifiedException e) {
            return new Certificate[0];
        }
    }
}
