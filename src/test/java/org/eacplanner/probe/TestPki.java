package org.eacplanner.probe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocketFactory;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/** Certificates for the local test servers: a private root CA, an issuing CA, and leaves for loopback names. */
final class TestPki {

    static final HeldCertificate ROOT = new HeldCertificate.Builder().certificateAuthority(1)
            .commonName("EAC Planner Test Root CA").organizationalUnit("tests").duration(3650, TimeUnit.DAYS).build();
    static final HeldCertificate ISSUING = new HeldCertificate.Builder().certificateAuthority(0).signedBy(ROOT)
            .commonName("EAC Planner Test Issuing CA").duration(3650, TimeUnit.DAYS).build();
    static final HeldCertificate LOCAL = leaf("localhost", "127.0.0.1", "::1");
    /** Also valid for 127.0.0.2: for the servers a redirect points at. */
    static final HeldCertificate LOOPBACK = leaf("localhost", "127.0.0.1", "127.0.0.2", "::1");

    private TestPki() {
    }

    /** A leaf valid for a year for {@code names}, issued by {@link #ISSUING}. */
    static HeldCertificate leaf(String... names) {
        HeldCertificate.Builder b = new HeldCertificate.Builder().signedBy(ISSUING).commonName(names[0])
                .duration(365, TimeUnit.DAYS);
        for (String n : names) {
            b.addSubjectAlternativeName(n);
        }
        return b.build();
    }

    /** A leaf for the loopback names that expired yesterday. */
    static HeldCertificate expiredLeaf() {
        long day = TimeUnit.DAYS.toMillis(1);
        long now = System.currentTimeMillis();
        return new HeldCertificate.Builder().signedBy(ISSUING).commonName("localhost").addSubjectAlternativeName("localhost")
                .addSubjectAlternativeName("127.0.0.1").validityInterval(now - 60 * day, now - day).build();
    }

    /** A server that sends {@code leaf} and the issuing CA (the usual, complete chain). */
    static SSLSocketFactory server(HeldCertificate leaf) {
        return new HandshakeCertificates.Builder().heldCertificate(leaf, ISSUING.certificate()).build().sslSocketFactory();
    }

    /** A server that sends its leaf only (a missing intermediate). */
    static SSLSocketFactory serverLeafOnly(HeldCertificate leaf) {
        return new HandshakeCertificates.Builder().heldCertificate(leaf).build().sslSocketFactory();
    }

    /** The root CA as a PEM file, as an admin passes it with --trust-ca. */
    static Path trustCaFile(Path dir) throws IOException {
        Path f = dir.resolve("test-root-ca.pem");
        Files.writeString(f, ROOT.certificatePem());
        return f;
    }
}
