package org.eacplanner.probe;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.security.auth.x500.X500Principal;
import okhttp3.HttpUrl;
import org.eacplanner.model.ProbeId;

/**
 * TLS_CERT: one handshake with the EWS host (or the first Autodiscover candidate) on the URL's port: protocol,
 * the chain the server sends, leaf expiry, host name, issuing and root CA, and the root against the approved list.
 */
final class TlsCertProbe implements Probe {

    private final Clock clock;

    TlsCertProbe(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ProbeId id() {
        return ProbeId.TLS_CERT;
    }

    @Override
    public String target(ProbeRun run) {
        String ews = run.settings().endpoints().ewsUrl();
        return ews != null ? ews : Autodiscover.jsonBases(run).get(0);
    }

    @Override
    public void run(ProbeRun run) {
        HttpUrl url = HttpSteps.url(target(run), "the EWS URL");
        String host = url.host();
        int port = url.port();
        StepTimer hs = run.begin("TLS handshake with " + host + ":" + port);
        TlsHandshake.Result r = TlsHandshake.run(run, host, port);
        hs.put("address", r.address()).put("proxy", r.proxy()).put("connectMs", r.connectMs())
                .put("handshakeMs", r.handshakeMs()).put("protocol", r.protocol()).put("cipherSuite", r.cipher())
                .put("chainSent", r.chain().stream().map(TlsCertProbe::describe).toList());
        String version = tlsVersion(r.protocol());
        if (port == 443) {
            run.proposeServerField(host, "$.exchange.inbound443Open", true, "a TLS handshake with " + host
                    + ":443 succeeded from this computer; this is not proof that Salesforce can reach it");
        }
        if (version != null) {
            run.proposeServerField(host, "$.exchange.tlsVersion", version, "negotiated " + r.protocol() + " with " + host);
        }
        if (r.chain().isEmpty()) {
            hs.fail("the server sent no certificate", "Check the server's TLS binding.");
            return;
        }
        if ("TLSv1".equals(r.protocol()) || "TLSv1.1".equals(r.protocol())) {
            hs.fail("the server negotiated " + r.protocol(), "Salesforce needs TLS 1.2 or newer.");
        } else {
            hs.pass();
        }
        X509Certificate leaf = r.chain().get(0);
        expiry(run, leaf);
        hostname(run, leaf, host);
        ChainVerdict chain = chain(run, r.chain(), host);
        approval(run, chain, host);
    }

    private void expiry(ProbeRun run, X509Certificate leaf) {
        StepTimer s = run.begin("Certificate validity");
        Instant now = clock.instant();
        long days = Duration.between(now, leaf.getNotAfter().toInstant()).toDays();
        s.put("notBefore", leaf.getNotBefore().toInstant().toString()).put("notAfter",
                leaf.getNotAfter().toInstant().toString()).put("daysLeft", days);
        if (now.isAfter(leaf.getNotAfter().toInstant())) {
            s.fail("the certificate expired on " + leaf.getNotAfter().toInstant(), "Renew the server's certificate.");
        } else if (now.isBefore(leaf.getNotBefore().toInstant())) {
            s.fail("the certificate is not valid before " + leaf.getNotBefore().toInstant(),
                    "Check the certificate's dates and the server's clock.");
        } else if (days < 30) {
            s.warn("the certificate expires in " + days + " days", "Renew it before it expires.");
        } else {
            s.pass();
        }
    }

    private static void hostname(ProbeRun run, X509Certificate leaf, String host) {
        StepTimer s = run.begin("Host name");
        s.put("host", host).put("certificateNames", HostnameMatch.names(leaf));
        if (HostnameMatch.matches(leaf, host)) {
            s.pass();
        } else {
            s.fail("the certificate is not valid for " + host, "Install a certificate whose names include " + host + ".");
        }
    }

    private static ChainVerdict chain(ProbeRun run, List<X509Certificate> sent, String host) {
        StepTimer s = run.begin("Certificate chain");
        ChainVerdict v = ChainVerdict.of(sent, run.http().trust(), run.roots());
        X509Certificate leaf = sent.get(0);
        String issuingCa = Certs.commonName(leaf.getIssuerX500Principal());
        s.put("issuingCa", issuingCa).put("root", v.rootDn()).put("rootSent", v.rootSent())
                .put("trustedBy", v.trustedBy());
        run.proposeServerField(host, "$.exchange.certificateAuthority", issuingCa, "issuer of the certificate of " + host);
        if (v.rootDn() != null) {
            run.proposeServerField(host, "$.exchange.certificateRoot", Certs.commonName(new X500Principal(v.rootDn())),
                    "root CA of the chain sent by " + host + " (" + v.trustedBy() + ")");
        }
        run.proposeServerField(host, "$.exchange.certificateChainComplete", v.complete(), "chain sent by " + host
                + (v.complete() ? " reaches a root trusted through the " + v.trustedBy() : " reaches no trusted root"));
        if (v.brokenAt() >= 0) {
            s.fail("certificate " + (v.brokenAt() + 1) + " of the chain is not issued by the next one",
                    "Send the chain in order: the server's certificate, then each intermediate.");
        } else if (v.trustedBy() == null) {
            s.fail("the chain stops at " + v.lastIssuerDn() + ", which is not a root this check trusts",
                    "Send every intermediate certificate, up to a root CA that Salesforce trusts.");
        } else {
            s.pass();
        }
        return v;
    }

    private static void approval(ProbeRun run, ChainVerdict v, String host) {
        StepTimer s = run.begin("Root CA approved by Salesforce");
        RootsInForce roots = run.roots();
        s.put("approvedList", roots.describe()).put("root", v.rootDn());
        if (v.rootDn() == null) {
            s.skip("the root is unknown: the chain reaches no trusted root", "Fix the chain first.");
            return;
        }
        if (RootsInForce.isEntrust(v.rootDn())) {
            s.warn("Entrust root: check with Salesforce (certificates Entrust issued after November 2024 are no"
                    + " longer trusted by major browsers)", "Check the org's list at https://<your org>/cacerts.jsp.");
            return;
        }
        boolean approved = v.trustedBy() != null && (roots.containsSha256(v.rootSha256())
                || roots.containsSubject(v.rootDn()));
        String basis = "root " + Certs.commonName(new X500Principal(v.rootDn())) + " against " + roots.describe();
        run.proposeServerField(host, "$.exchange.certificateApproved", approved, basis);
        if (approved) {
            s.pass();
        } else if (ChainVerdict.EXTRA.equals(v.trustedBy())) {
            s.fail("the root is trusted only through --trust-ca (a private CA), not by Salesforce",
                    "Use a certificate from a CA on the org's approved list (cacerts.jsp).");
        } else {
            s.fail("the root is not on the approved list" + (v.rootSent() && v.trustedBy() == null
                    ? " (self-signed or private)" : ""), "Use a certificate from a CA on the org's approved list (cacerts.jsp).");
        }
    }

    static String tlsVersion(String protocol) {
        return switch (protocol == null ? "" : protocol) {
            case "TLSv1" -> "TLS_1_0";
            case "TLSv1.1" -> "TLS_1_1";
            case "TLSv1.2" -> "TLS_1_2";
            case "TLSv1.3" -> "TLS_1_3";
            default -> null;
        };
    }

    private static Map<String, Object> describe(X509Certificate c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("subject", Certs.dn(c.getSubjectX500Principal()));
        m.put("issuer", Certs.dn(c.getIssuerX500Principal()));
        m.put("notAfter", c.getNotAfter().toInstant().toString());
        m.put("sha256", Certs.sha256(c));
        return m;
    }
}
