package org.eacplanner.probe;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Certificates in PEM text: every {@code -----BEGIN CERTIFICATE-----} block, in order. */
public final class Pem {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN CERTIFICATE-----(.*?)-----END CERTIFICATE-----", Pattern.DOTALL);

    private Pem() {
    }

    /**
     * Decodes every certificate block; characters outside the Base64 alphabet inside a block (line breaks,
     * spaces, stray markup) are ignored.
     *
     * @throws IllegalArgumentException when a block is not a certificate
     */
    public static List<X509Certificate> certificates(String text) {
        List<X509Certificate> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
            String b64 = m.group(1).replaceAll("[^A-Za-z0-9+/=]", "");
            try {
                byte[] der = Base64.getDecoder().decode(b64);
                out.add((X509Certificate) factory().generateCertificate(new ByteArrayInputStream(der)));
            } catch (IllegalArgumentException | CertificateException | ClassCastException e) {
                throw new IllegalArgumentException("certificate block " + n + " cannot be read: " + Errors.describe(e));
            }
        }
        return out;
    }

    static CertificateFactory factory() throws CertificateException {
        return CertificateFactory.getInstance("X.509");
    }
}
