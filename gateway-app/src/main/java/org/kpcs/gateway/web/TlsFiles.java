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
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.kpcs.gateway.client.InputException;
import org.kpcs.protos.ErrorCode;

/** The dashboard's TLS server context from a PEM certificate (chain) and its PEM private key. */
final class TlsFiles {
    private static final char[] NO_PASSWORD = new char[0];

    private TlsFiles() {}

    static SSLContext serverContext(final Path certFile, final Path keyFile) {
        try {
            final KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(
                    "dashboard", key(keyFile), NO_PASSWORD, chain(certFile).toArray(Certificate[]::new));
            final KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, NO_PASSWORD);
            final SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new InputException(
                    ErrorCode.INVALID_ARGUMENT,
                    "cannot use " + certFile + " and " + keyFile + " as the dashboard's TLS key pair: " + e.getMessage()
                            + ". Give a PEM certificate and its PEM private key (--web-tls-cert, --web-tls-key)",
                    e);
        }
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
