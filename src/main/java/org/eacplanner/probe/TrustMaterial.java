package org.eacplanner.probe;

import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** The roots this app trusts: the JDK's trust store, plus the extra CA of {@code --trust-ca}. */
record TrustMaterial(List<X509Certificate> jdkRoots, List<X509Certificate> extraCas) {

    TrustMaterial {
        jdkRoots = List.copyOf(jdkRoots);
        extraCas = List.copyOf(extraCas);
    }

    /** @throws IllegalArgumentException when {@code trustCaPem} holds no certificate */
    static TrustMaterial of(String trustCaPem) {
        List<X509Certificate> extra = new ArrayList<>();
        if (trustCaPem != null) {
            extra.addAll(Pem.certificates(trustCaPem));
            if (extra.isEmpty()) {
                throw new IllegalArgumentException("the extra trusted CA holds no PEM certificate"
                        + " (expected -----BEGIN CERTIFICATE----- blocks)");
            }
        }
        return new TrustMaterial(platformRoots(), extra);
    }

    static List<X509Certificate> platformRoots() {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init((KeyStore) null);
            for (TrustManager tm : tmf.getTrustManagers()) {
                if (tm instanceof X509TrustManager x) {
                    return Arrays.asList(x.getAcceptedIssuers());
                }
            }
            return List.of();
        } catch (NoSuchAlgorithmException | KeyStoreException e) {
            throw new IllegalStateException("the JDK's trust store cannot be read", e);
        }
    }
}
