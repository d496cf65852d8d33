package org.kpcs.gateway.web;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The dashboard's TLS handshake: where the dashboard is exposed beyond loopback, a client logs in with a
 * certificate issued by the organisation's Fabric CA (its members' enrolment certificates), and a client
 * without one is refused before any page or query; on loopback no client certificate is asked.
 */
final class ClientAuthentication extends HttpsConfigurator {
    private final boolean required;

    ClientAuthentication(final SSLContext context, final boolean required) {
        super(context);
        this.required = required;
    }

    @Override
    public void configure(final HttpsParameters params) {
        final SSLParameters parameters = getSSLContext().getDefaultSSLParameters();
        parameters.setNeedClientAuth(required);
        params.setSSLParameters(parameters);
    }
}
