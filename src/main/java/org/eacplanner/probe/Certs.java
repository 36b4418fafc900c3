package org.eacplanner.probe;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/** Certificate helpers: fingerprints, common names, and distinguished names compared in canonical form. */
public final class Certs {

    /** Attribute names OpenSSL prints that the JDK's parser does not know by name. */
    private static final Map<String, String> KEYWORDS = Map.of(
            "organizationIdentifier", "2.5.4.97",
            "emailAddress", "1.2.840.113549.1.9.1",
            "businessCategory", "2.5.4.15",
            "postalCode", "2.5.4.17",
            "jurisdictionC", "1.3.6.1.4.1.311.60.2.1.3",
            "jurisdictionST", "1.3.6.1.4.1.311.60.2.1.2",
            "jurisdictionL", "1.3.6.1.4.1.311.60.2.1.1");

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

    /** A distinguished name in canonical form, for comparing names written by OpenSSL or by Java. */
    public static String canonical(String dn) {
        if (dn == null) {
            return null;
        }
        try {
            return new X500Principal(dn, KEYWORDS).getName(X500Principal.CANONICAL);
        } catch (IllegalArgumentException e) {
            return dn.trim().toLowerCase(Locale.ROOT);
        }
    }

    public static String canonical(X500Principal p) {
        return p.getName(X500Principal.CANONICAL);
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
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }
}
