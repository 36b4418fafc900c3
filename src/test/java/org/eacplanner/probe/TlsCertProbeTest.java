package org.eacplanner.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eacplanner.probe.EwsAuthProbeTest.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HeldCertificate;
import org.eacplanner.model.ApprovedRoots;
import org.eacplanner.model.Outcome;
import org.eacplanner.model.ProbeId;
import org.eacplanner.model.ProbeResult;
import org.junit.jupiter.api.Test;

class TlsCertProbeTest extends LocalServersTest {


    /** The org's own list, loaded from a PEM bundle holding the test root. */
    private static ApprovedRoots orgListWithTestRoot() {
        return ApprovedRootsLoader.parse(TestPki.ROOT.certificatePem(), "cacerts.pem", LocalDate.of(2026, 11, 20));
    }

    private ProbeResult check(MockWebServer s, ApprovedRoots list) throws Exception {
        ProbeEndpoints e = LocalServers.endpoints(null, LocalServers.base(s) + "/EWS/Exchange.asmx", null, null, null);
        ProbeInputs in = new ProbeInputs("admin@acme.com", null, null, null, null, null, list);
        return LocalServers.run(servers.settings(e), in, ProbeCredentials.none(), ProbeId.TLS_CERT);
    }

    private static ProbeResult.Step step(ProbeResult r, String name) {
        return r.steps().stream().filter(s -> s.name().startsWith(name)).findFirst().orElseThrow();
    }

    @Test
    void completeChainFromARootOnTheOrgsListPasses() throws Exception {
        MockWebServer s = servers.https();
        ProbeResult r = check(s, orgListWithTestRoot());

        assertThat(r.outcome()).as("%s", r.steps()).isEqualTo(Outcome.PASS);
        assertThat(r.steps()).extracting(ProbeResult.Step::name).containsExactly("TLS handshake with " + s.getHostName()
                + ":" + s.getPort(), "Certificate validity", "Host name", "Certificate chain", "Root CA approved by Salesforce");
        assertThat(step(r, "TLS handshake").evidence().get("protocol")).isIn("TLSv1.3", "TLSv1.2");
        assertThat(proposal(r, "$.exchange.tlsVersion")).isIn("TLS_1_3", "TLS_1_2");
        assertThat(proposal(r, "$.exchange.certificateAuthority")).isEqualTo("EAC Planner Test Issuing CA");
        assertThat(proposal(r, "$.exchange.certificateRoot")).isEqualTo("EAC Planner Test Root CA");
        assertThat(proposal(r, "$.exchange.certificateChainComplete")).isEqualTo(true);
        assertThat(proposal(r, "$.exchange.certificateApproved")).isEqualTo(true);
        assertThat((Long) step(r, "Certificate validity").evidence().get("daysLeft")).isBetween(360L, 366L);
        assertThat(proposal(r, "$.exchange.certificateExpiresOn")).as("the leaf's notAfter as a UTC date")
                .isEqualTo(LocalDate.ofInstant(TestPki.LOCAL.certificate().getNotAfter().toInstant(), ZoneOffset.UTC)
                        .toString());
        assertThat(step(r, "Root CA approved").evidence().get("approvedList").toString())
                .isEqualTo("the org's own list: cacerts.pem (2026-11-20)");
        assertThat(proposal(r, "$.exchange.inbound443Open")).as("not port 443").isNull();
        assertThat(s.getRequestCount()).as("nothing is sent after the handshake").isZero();
    }

    @Test
    void aRootTrustedOnlyThroughTrustCaIsNotApproved() throws Exception {
        ProbeResult r = check(servers.https(), null);
        assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(proposal(r, "$.exchange.certificateChainComplete")).isEqualTo(true);
        assertThat(proposal(r, "$.exchange.certificateApproved")).isEqualTo(false);
        ProbeResult.Step approval = step(r, "Root CA approved");
        assertThat(approval.reason()).isEqualTo("the root is trusted only through --trust-ca (a private CA), not by Salesforce");
        assertThat(approval.evidence().get("approvedList").toString()).startsWith("approved per snapshot — confirm at");
    }

    @Test
    void anExpiredLeafFails() throws Exception {
        ProbeResult r = check(servers.https(TestPki.expiredLeaf()), orgListWithTestRoot());
        assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(step(r, "Certificate validity").outcome()).isEqualTo(Outcome.FAIL);
        assertThat(r.reason()).startsWith("the certificate expired on");
        assertThat((Long) step(r, "Certificate validity").evidence().get("daysLeft")).isNegative();
        assertThat(proposal(r, "$.exchange.certificateExpiresOn")).as("proposed even when expired")
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).minusDays(1).toString());
    }

    @Test
    void aLeafWith30DaysLeftWarnsAndOneWith31Passes() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ProbeResult thirty = check(servers.https(lastValidOn(today.plusDays(30))), orgListWithTestRoot());
        ProbeResult thirtyOne = check(servers.https(lastValidOn(today.plusDays(31))), orgListWithTestRoot());

        assertThat(step(thirty, "Certificate validity").outcome()).isEqualTo(Outcome.WARN);
        assertThat(step(thirty, "Certificate validity").reason()).isEqualTo("the certificate expires in 30 days");
        assertThat(step(thirty, "Certificate validity").evidence()).containsEntry("daysLeft", 30L);
        assertThat(proposal(thirty, "$.exchange.certificateExpiresOn")).isEqualTo(today.plusDays(30).toString());
        assertThat(step(thirtyOne, "Certificate validity").outcome()).isEqualTo(Outcome.PASS);
        assertThat(step(thirtyOne, "Certificate validity").evidence()).containsEntry("daysLeft", 31L);
    }

    @Test
    void aLeafValidThroughTodayWarnsThatItExpiresToday() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ProbeResult r = check(servers.https(lastValidOn(today)), orgListWithTestRoot());

        assertThat(step(r, "Certificate validity").outcome()).isEqualTo(Outcome.WARN);
        assertThat(step(r, "Certificate validity").reason()).isEqualTo("the certificate expires today");
        assertThat(proposal(r, "$.exchange.certificateExpiresOn")).isEqualTo(today.toString());
    }

    /** A leaf whose notAfter is the last second of {@code day} (UTC). */
    private static HeldCertificate lastValidOn(LocalDate day) {
        long notAfter = day.atTime(LocalTime.of(23, 59, 59)).toInstant(ZoneOffset.UTC).toEpochMilli();
        return new HeldCertificate.Builder().signedBy(TestPki.ISSUING).addSubjectAlternativeName("localhost")
                .addSubjectAlternativeName("127.0.0.1").validityInterval(Instant.now().toEpochMilli()
                        - TimeUnit.DAYS.toMillis(300), notAfter).build();
    }

    @Test
    void aLeafExpiringWithin30DaysWarns() throws Exception {
        long now = System.currentTimeMillis();
        HeldCertificate soon = new HeldCertificate.Builder().signedBy(TestPki.ISSUING).addSubjectAlternativeName("localhost")
                .addSubjectAlternativeName("127.0.0.1").validityInterval(now - TimeUnit.DAYS.toMillis(300),
                        now + TimeUnit.DAYS.toMillis(10)).build();
        ProbeResult r = check(servers.https(soon), orgListWithTestRoot());
        assertThat(r.outcome()).isEqualTo(Outcome.WARN);
        assertThat(r.reason()).matches("the certificate expires in (9|10) days");
    }

    @Test
    void aCertificateForAnotherHostFails() throws Exception {
        ProbeResult r = check(servers.https(TestPki.leaf("mail.other.example")), orgListWithTestRoot());
        assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(step(r, "Host name").reason()).startsWith("the certificate is not valid for ");
        assertThat(step(r, "Host name").evidence().get("certificateNames").toString()).contains("mail.other.example");
    }

    @Test
    void aMissingIntermediateMakesTheChainIncomplete() throws Exception {
        ProbeResult r = check(servers.https(TestPki.serverLeafOnly(TestPki.LOCAL)), orgListWithTestRoot());
        assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(proposal(r, "$.exchange.certificateChainComplete")).isEqualTo(false);
        assertThat(proposal(r, "$.exchange.certificateApproved")).isNull();
        assertThat(step(r, "Certificate chain").reason()).contains("EAC Planner Test Issuing CA")
                .contains("not a root this check trusts");
        assertThat(step(r, "Root CA approved").outcome()).isEqualTo(Outcome.SKIPPED);
    }

    @Test
    void aSelfSignedCertificateIsNotApproved() throws Exception {
        HeldCertificate self = new HeldCertificate.Builder().commonName("localhost").addSubjectAlternativeName("localhost")
                .addSubjectAlternativeName("127.0.0.1").build();
        ProbeResult r = check(servers.https(TestPki.serverLeafOnly(self)), null);
        assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(proposal(r, "$.exchange.certificateChainComplete")).isEqualTo(false);
        assertThat(proposal(r, "$.exchange.certificateApproved")).isEqualTo(false);
        assertThat(step(r, "Root CA approved").reason()).isEqualTo("the root is not on the approved list (self-signed or private)");
    }

    @Test
    void anEntrustRootIsAWarningWithoutApprovedProposal() throws Exception {
        HeldCertificate entrust = new HeldCertificate.Builder().certificateAuthority(0)
                .commonName("Entrust Root Certification Authority - T1").build();
        HeldCertificate leaf = new HeldCertificate.Builder().signedBy(entrust).addSubjectAlternativeName("localhost")
                .addSubjectAlternativeName("127.0.0.1").duration(200, TimeUnit.DAYS).build();
        ApprovedRoots list = ApprovedRootsLoader.parse(entrust.certificatePem(), "cacerts.jsp", LocalDate.of(2026, 11, 1));
        ProbeResult r = check(servers.https(TestPki.serverLeafOnly(leaf)), list);
        assertThat(r.outcome()).isEqualTo(Outcome.WARN);
        assertThat(step(r, "Root CA approved").reason()).startsWith("Entrust root: check with Salesforce");
        assertThat(proposal(r, "$.exchange.certificateApproved")).isNull();
        assertThat(proposal(r, "$.exchange.certificateRoot")).isEqualTo("Entrust Root Certification Authority - T1");
        assertThat(step(r, "Certificate chain").evidence()).containsEntry("trustedBy", "approved list");
    }
}
