package org.eacplanner.probe;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.naming.InvalidNameException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/** Certificate helpers: fingerprints, common names, and distinguished names compared in canonical form. */
public final class Certs {

    /** Attribute names as OpenSSL or Java print them → OID, so that both spellings compare equal. */
    private static final Map<String, String> OIDS = Map.ofEntries(
            Map.entry("cn", "2.5.4.3"), Map.entry("c", "2.5.4.6"), Map.entry("l", "2.5.4.7"), Map.entry("st", "2.5.4.8"),
            Map.entry("s", "2.5.4.8"), Map.entry("o", "2.5.4.10"), Map.entry("ou", "2.5.4.11"),
            Map.entry("street", "2.5.4.9"), Map.entry("serialnumber", "2.5.4.5"), Map.entry("businesscategory", "2.5.4.15"),
            Map.entry("postalcode", "2.5.4.17"), Map.entry("organizationidentifier", "2.5.4.97"),
            Map.entry("emailaddress", "1.2.840.113549.1.9.1"), Map.entry("dc", "0.9.2342.19200300.100.1.25"),
            Map.entry("uid", "0.9.2342.19200300.100.1.1"), Map.entry("jurisdictionc", "1.3.6.1.4.1.311.60.2.1.3"),
            Map.entry("jurisdictionst", "1.3.6.1.4.1.311.60.2.1.2"), Map.entry("jurisdictionl", "1.3.6.1.4.1.311.60.2.1.1"));

    private Certs() {
    }

    /** SHA-256 of the DER encoding, 64 upper-case hex digits. */
    public static String sha256(X509Certificate cert) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            return HexFormat.of().withUpperCase().formatHex(d);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint a certificate", e);
        }
    }

    /** RFC 2253 form, as stored in approved lists. */
    public static String dn(X500Principal p) {
        return p.getName(X500Principal.RFC2253);
    }

    /**
     * A distinguished name in a comparable form: attribute names as OIDs, values as lower-case text with
     * single spaces (hex-encoded DER values decoded), so that OpenSSL's and Java's RFC 2253 names of the same
     * certificate compare equal.
     */
    public static String canonical(String dn) {
        if (dn == null) {
            return null;
        }
        try {
            List<String> rdns = new ArrayList<>();
            for (Rdn rdn : new LdapName(dn).getRdns()) {
                List<String> avas = new ArrayList<>();
                NamingEnumeration<? extends Attribute> attrs = rdn.toAttributes().getAll();
                while (attrs.hasMore()) {
                    Attribute a = attrs.next();
                    String type = a.getID().trim().toLowerCase(Locale.ROOT);
                    avas.add(OIDS.getOrDefault(type, type) + "=" + value(a.get()));
                }
                Collections.sort(avas);
                rdns.add(String.join("+", avas));
            }
            return String.join(",", rdns);
        } catch (NamingException | RuntimeException e) {
            return dn.trim().toLowerCase(Locale.ROOT);
        }
    }

    public static String canonical(X500Principal p) {
        return canonical(dn(p));
    }

    private static String value(Object v) {
        String text = v instanceof byte[] der ? derString(der) : String.valueOf(v);
        return text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The text of a DER-encoded string value (tag, length, content). */
    private static String derString(byte[] der) {
        if (der.length < 2) {
            return HexFormat.of().formatHex(der);
        }
        int len = der[1] & 0xff;
        int off = 2;
        if (len > 0x80) {
            int n = len & 0x7f;
            len = 0;
            for (int i = 0; i < n && off < der.length; i++) {
                len = (len << 8) | (der[off++] & 0xff);
            }
        }
        len = Math.min(len, der.length - off);
        Charset cs = der[0] == 0x1e ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_8;
        return new String(der, off, len, cs);
    }

    /** The common name (the last CN), or the whole name when there is none. */
    public static String commonName(X500Principal p) {
        try {
            LdapName name = new LdapName(p.getName(X500Principal.RFC2253));
            String cn = null;
            for (Rdn rdn : name.getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    cn = String.valueOf(rdn.getValue());
                }
            }
            return cn != null ? cn : p.getName(X500Principal.RFC1779);
        } catch (InvalidNameException e) {
            return p.getName(X500Principal.RFC1779);
        }
    }

    public static boolean isSelfIssued(X509Certificate c) {
        return c.getSubjectX500Principal().equals(c.getIssuerX500Principal());
    }

    /** Whether {@code child} names {@code issuer} as its issuer and carries its signature. */
    public static boolean issuedBy(X509Certificate child, X509Certificate issuer) {
        if (!child.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return false;
        }
        try {
            child.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
