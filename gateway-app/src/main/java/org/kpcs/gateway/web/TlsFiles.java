package org.kpcs.gateway.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.kpcs.gateway.client.InputException;
import org.kpcs.protos.ErrorCode;

/**
 * The dashboard's TLS context from a PEM certificate (chain) and its PEM private key, and, when given, the PEM CA
 * certificate that a peer's (the client's) certificate must chain to.
 */
final class TlsFiles {
    private static final char[] NO_PASSWORD = new char[0];

    private TlsFiles() {}

    static SSLContext serverContext(final Path certFile, final Path keyFile) {
        return context(certFile, keyFile, null);
    }

    /** A context presenting the key pair and trusting only {@code trustedCa}'s certificates (none when null). */
    static SSLContext context(final Path certFile, final Path keyFile, final Path trustedCa) {
        try {
            final KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(
                    "dashboard", key(keyFile), NO_PASSWORD, chain(certFile).toArray(Certificate[]::new));
            final KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, NO_PASSWORD);
            final SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trustedCa == null ? null : trust(trustedCa), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new InputException(
                    ErrorCode.INVALID_ARGUMENT,
                    "cannot use " + certFile + " and " + keyFile + " as the dashboard's TLS key pair"
                            + (trustedCa == null ? "" : ", with client certificates of the CA in " + trustedCa)
                            + ": " + e.getMessage()
                            + ". Give a PEM certificate and its PEM private key (--web-tls-cert, --web-tls-key)"
                            + (trustedCa == null ? "" : " and a PEM CA certificate (--web-client-ca)"),
                    e);
        }
    }

    private static TrustManager[] trust(final Path caFile) throws IOException, GeneralSecurityException {
        final KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        final List<Certificate> cas = chain(caFile);
        for (int n = 0; n < cas.size(); n++) {
            store.setCertificateEntry("ca" + n, cas.get(n));
        }
        final TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        return trust.getTrustManagers();
    }

    private static List<Certificate> chain(final Path file) throws IOException, GeneralSecurityException {
        try (var in = Files.newInputStream(file)) {
            final List<Certificate> chain =
                    new ArrayList<>(CertificateFactory.getInstance("X.509").generateCertificates(in));
            if (chain.isEmpty()) {
                throw new GeneralSecurityException("no certificate in " + file);
            }
            return chain;
        }
    }

    private static PrivateKey key(final Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
                PEMParser pem = new PEMParser(reader)) {
            final Object read = pem.readObject();
            final JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            if (read instanceof PrivateKeyInfo info) {
                return converter.getPrivateKey(info);
            }
            if (read instanceof PEMKeyPair pair) {
                return converter.getKeyPair(pair).getPrivate();
            }
            throw new IOException("no unencrypted private key in " + file);
        }
    }
}
