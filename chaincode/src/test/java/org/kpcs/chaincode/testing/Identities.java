package org.kpcs.chaincode.testing;

import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;

/**
 * Test identities shaped like Fabric CA's: an X.509 certificate whose attribute extension
 * (1.2.3.4.5.6.7.8.1) carries {@code kp.role} (and {@code kp.firm}), wrapped in a serialized identity.
 */
public final class Identities {
    private static final ASN1ObjectIdentifier FABRIC_ATTRS = new ASN1ObjectIdentifier("1.2.3.4.5.6.7.8.1");

    private Identities() {}

    /** A user of organisation {@code mspId}; {@code role} may be null for a certificate without kp.role. */
    public static byte[] creator(final String mspId, final String name, final String role, final String firm) {
        try {
            final KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            final KeyPair keys = generator.generateKeyPair();
            final X500Name subject = new X500Name("CN=" + name + ",OU=client");
            final X500Name issuer = new X500Name("CN=ca." + mspId.toLowerCase(java.util.Locale.ROOT));
            final Instant now = Instant.now();
            final JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    issuer,
                    BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(1, ChronoUnit.DAYS)),
                    Date.from(now.plus(365, ChronoUnit.DAYS)),
                    subject,
                    keys.getPublic());
            final StringBuilder attrs = new StringBuilder("{\"attrs\":{");
            if (role != null) {
                attrs.append("\"kp.role\":\"").append(role).append('"');
            }
            if (firm != null) {
                attrs.append(role == null ? "" : ",")
                        .append("\"kp.firm\":\"")
                        .append(firm)
                        .append('"');
            }
            attrs.append("}}");
            builder.addExtension(FABRIC_ATTRS, false, attrs.toString().getBytes(StandardCharsets.UTF_8));
            final X509CertificateHolder cert =
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()));
            final StringWriter pem = new StringWriter();
            try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
                writer.writeObject(cert);
            }
            return SerializedIdentity.newBuilder()
                    .setMspid(mspId)
                    .setIdBytes(com.google.protobuf.ByteString.copyFromUtf8(pem.toString()))
                    .build()
                    .toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("could not make a test identity", e);
        }
    }
}
