package org.kpcs.gateway.api;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority for tests, issuing as Fabric CA does: P-256 keys, the server's loopback address in
 * its names, enrolment attributes as JSON in extension 1.2.3.4.5.6.7.8.1. Files are PEM (keys PKCS#8).
 */
public final class TestPki {
    private static final AtomicLong SERIAL = new AtomicLong(1);

    private final String name;
    private final KeyPair keys;
    private final X509Certificate certificate;
    private final Path folder;

    public TestPki(final Path folder, final String name) throws Exception {
        this.folder = folder;
        this.name = name;
        this.keys = newKeys();
        final X509v3CertificateBuilder ca = builder(name, name, keys)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(1))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        this.certificate = sign(ca, keys);
    }

    /** The CA's certificate file. */
    public Path caFile() throws IOException, GeneralSecurityException {
        return write(name + "-ca.pem", pem("CERTIFICATE", certificate.getEncoded()));
    }

    /** A TLS server key pair for 127.0.0.1 and localhost: [certificate file, key file]. */
    public Path[] server(final String cn) throws Exception {
        final KeyPair pair = newKeys();
        final X509v3CertificateBuilder b = builder(name, cn, pair)
                .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                    new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                    new GeneralName(GeneralName.dNSName, "localhost")
                }));
        return files(cn, sign(b, keys), pair);
    }

    /** A client's enrolment certificate, with kp.role when {@code role} is not empty. */
    public Path[] client(final String cn, final String role) throws Exception {
        final KeyPair pair = newKeys();
        final X509v3CertificateBuilder b = builder(name, cn, pair);
        if (!role.isEmpty()) {
            b.addExtension(
                    new ASN1ObjectIdentifier(Caller.ATTRIBUTES_OID),
                    false,
                    ("{\"attrs\":{\"hf.EnrollmentID\":\"" + cn + "\",\"kp.role\":\"" + role + "\"}}")
                            .getBytes(StandardCharsets.UTF_8));
        }
        return files(cn, sign(b, keys), pair);
    }

    private Path[] files(final String cn, final X509Certificate issued, final KeyPair pair) throws Exception {
        return new Path[] {
            write(name + "-" + cn + ".crt", pem("CERTIFICATE", issued.getEncoded())),
            write(name + "-" + cn + ".key", pem("PRIVATE KEY", pair.getPrivate().getEncoded()))
        };
    }

    private static KeyPair newKeys() throws GeneralSecurityException {
        final KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X509v3CertificateBuilder builder(final String issuer, final String cn, final KeyPair subject) {
        final Instant now = Instant.now();
        return new JcaX509v3CertificateBuilder(
                new X500Name("CN=" + issuer + ",O=" + issuer),
                BigInteger.valueOf(SERIAL.getAndIncrement()),
                Date.from(now.minus(1, ChronoUnit.HOURS)),
                Date.from(now.plus(1, ChronoUnit.DAYS)),
                new X500Name("CN=" + cn + ",O=" + issuer),
                subject.getPublic());
    }

    private static X509Certificate sign(final X509v3CertificateBuilder builder, final KeyPair issuer)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter()
                .getCertificate(
                        builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuer.getPrivate())));
    }

    private static String pem(final String type, final byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private Path write(final String file, final String text) throws IOException {
        return Files.writeString(folder.resolve(file), text, StandardCharsets.US_ASCII);
    }

    /** A TLS client context with no certificate of its own that trusts only the CA in {@code caPem}. */
    public static SSLContext trusting(final Path caPem) throws Exception {
        final KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        try (InputStream in = Files.newInputStream(caPem)) {
            store.setCertificateEntry(
                    "ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        final TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        final SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
