package org.eacplanner.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.tls.HeldCertificate;
import org.eacplanner.model.ApprovedRoots;
import org.junit.jupiter.api.Test;

class ApprovedRootsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Test
    void aPemBundleGivesEveryCertificate() {
        HeldCertificate other = new HeldCertificate.Builder().certificateAuthority(0).commonName("Other Root").build();
        ApprovedRoots roots = ApprovedRootsLoader.parse("# bundle\n" + TestPki.ROOT.certificatePem() + "\n"
                + other.certificatePem() + TestPki.ROOT.certificatePem(), "bundle.pem", DAY);
        assertThat(roots.source()).isEqualTo("bundle.pem");
        assertThat(roots.capturedOn()).isEqualTo(DAY);
        assertThat(roots.roots()).extracting(ApprovedRoots.Root::subject)
                .containsExactly("CN=EAC Planner Test Root CA,OU=tests", "CN=Other Root");
        assertThat(roots.roots().get(0).sha256()).isEqualTo(Certs.sha256(TestPki.ROOT.certificate())).hasSize(64);
    }

    @Test
    void aSavedCacertsPageWithEscapedPemInPreIsRead() {
        String pem = TestPki.ROOT.certificatePem().replace("\n", "<br/>\n").replace("+", "&#43;").replace("/", "&#x2F;")
                .replace("BEGIN", "BEGIN");
        String page = "<html><body><h1>Certificates</h1><table><tr><td><pre>" + pem + "</pre></td></tr></table>"
                + "<p>&lt;not a certificate&gt;</p></body></html>";
        ApprovedRoots roots = ApprovedRootsLoader.parse(page, "cacerts.jsp.html", DAY);
        assertThat(roots.roots()).singleElement()
                .satisfies(r -> assertThat(r.sha256()).isEqualTo(Certs.sha256(TestPki.ROOT.certificate())));
    }

    @Test
    void aFileWithoutCertificatesSaysSo() {
        assertThatThrownBy(() -> ApprovedRootsLoader.parse("<html>login required</html>", "cacerts.jsp", DAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no PEM certificate found in cacerts.jsp");
    }

    @Test
    void theSnapshotIsDatedAndMatchesRootsBySubjectAndFingerprint() {
        ApprovedRoots snap = RootsInForce.snapshot();
        assertThat(snap.capturedOn()).isNotNull();
        assertThat(snap.source()).startsWith("Mozilla root store as shipped in Debian ca-certificates");
        assertThat(snap.roots()).hasSizeGreaterThan(100);
        RootsInForce inForce = RootsInForce.of(null);
        assertThat(inForce.isSnapshot()).isTrue();
        ApprovedRoots.Root isrg = snap.roots().stream().filter(r -> r.subject().contains("ISRG Root X1")).findFirst()
                .orElseThrow();
        assertThat(inForce.containsSubject("CN=ISRG Root X1, O=Internet Security Research Group, C=US")).isTrue();
        assertThat(inForce.containsSha256(isrg.sha256().toLowerCase())).isTrue();
        assertThat(inForce.containsSubject(Certs.dn(TestPki.ROOT.certificate().getSubjectX500Principal()))).isFalse();
    }

    /** The script's OpenSSL names must match what Java reads from the same certificates, for every root. */
    @Test
    void everySnapshotSubjectMatchesJavasReadingOfTheSameCertificate() throws Exception {
        Path dir = Path.of("/usr/share/ca-certificates/mozilla");
        assumeTrue(Files.isDirectory(dir), "Debian's ca-certificates is not installed");
        Map<String, String> bySha = RootsInForce.snapshot().roots().stream()
                .collect(Collectors.toMap(ApprovedRoots.Root::sha256, ApprovedRoots.Root::subject));
        int checked = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".crt")).toList()) {
                List<X509Certificate> certs = Pem.certificates(Files.readString(f));
                X509Certificate c = certs.get(0);
                String subject = bySha.get(Certs.sha256(c));
                if (subject == null) {
                    continue; // the package was updated after the snapshot
                }
                assertThat(Certs.canonical(subject)).as(f.toString()).isEqualTo(Certs.canonical(c.getSubjectX500Principal()));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }
}
