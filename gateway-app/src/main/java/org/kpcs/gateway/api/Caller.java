package org.kpcs.gateway.api;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.google.protobuf.util.JsonFormat;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Objects;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.bouncycastle.asn1.ASN1OctetString;

/**
 * Who called the API: the common name of the client certificate it presented over mutual TLS (issued by the
 * organisation's Fabric CA) and the {@code kp.role} attribute Fabric CA put in it, empty when it has none.
 */
public record Caller(String name, String role) {
    /** Fabric CA's extension holding the enrolment attributes as JSON: {"attrs":{"kp.role":"customs",...}}. */
    static final String ATTRIBUTES_OID = "1.2.3.4.5.6.7.8.1";

    public Caller {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    /** The caller a client certificate names. */
    public static Caller of(final X509Certificate certificate) {
        return new Caller(commonName(certificate), attribute(certificate, "kp.role"));
    }

    private static String commonName(final X509Certificate certificate) {
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    return String.valueOf(rdn.getValue());
                }
            }
        } catch (InvalidNameException e) {
            return certificate.getSubjectX500Principal().getName();
        }
        return certificate.getSubjectX500Principal().getName();
    }

    /** An enrolment attribute of the certificate, or empty. */
    static String attribute(final X509Certificate certificate, final String name) {
        final byte[] extension = certificate.getExtensionValue(ATTRIBUTES_OID);
        if (extension == null) {
            return "";
        }
        final String json = new String(ASN1OctetString.getInstance(extension).getOctets(), StandardCharsets.UTF_8);
        final Struct.Builder parsed = Struct.newBuilder();
        try {
            JsonFormat.parser().ignoringUnknownFields().merge(json, parsed);
        } catch (InvalidProtocolBufferException e) {
            return "";
        }
        final Value attrs = parsed.getFieldsOrDefault("attrs", Value.getDefaultInstance());
        return attrs.getStructValue()
                .getFieldsOrDefault(name, Value.getDefaultInstance())
                .getStringValue();
    }
}
