package org.eacplanner.probe;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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

    /** A leaf with this many days left or fewer is a warning (the threshold of {@code CERT-EXPIRING}). */
    static final int WARN_DAYS = 30;

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
        HttpUrl url = HttpSteps.url(target(run), ProbeText.of("probe.what.ewsUrl"));
        String host = url.host();
        int port = url.port();
        StepTimer hs = run.begin(ProbeText.of("probe.step.tlsHandshake", host + ":" + port));
        TlsHandshake.Result r = TlsHandshake.run(run, host, port);
        hs.put("address", r.address()).put("proxy", r.proxy()).put("connectMs", r.connectMs())
                .put("handshakeMs", r.handshakeMs()).put("protocol", r.protocol()).put("cipherSuite", r.cipher())
                .put("chainSent", r.chain().stream().map(TlsCertProbe::describe).toList());
        String version = tlsVersion(r.protocol());
        if (port == 443) {
            run.proposeServerField(host, "$.exchange.inbound443Open", true, ProbeText.of("probe.basis.inbound443",
                    host + ":443"));
        }
        if (version != null) {
            run.proposeServerField(host, "$.exchange.tlsVersion", version,
                    ProbeText.of("probe.basis.tlsVersion", r.protocol(), host));
        }
        if (r.chain().isEmpty()) {
            hs.fail(ProbeText.of("probe.tls.noCertificate"), ProbeText.of("probe.advice.tlsBinding"));
            return;
        }
        if ("TLSv1".equals(r.protocol()) || "TLSv1.1".equals(r.protocol())) {
            hs.fail(ProbeText.of("probe.tls.oldProtocol", r.protocol()), ProbeText.of("probe.advice.tls12"));
        } else {
            hs.pass();
        }
        X509Certificate leaf = r.chain().get(0);
        expiry(run, leaf, host);
        hostname(run, leaf, host);
        ChainVerdict chain = chain(run, r.chain(), host);
        approval(run, chain, host);
    }

    /**
     * The leaf's validity. Days left are counted from today to the last valid day, both as UTC dates, like
     * {@code CERT-EXPIRING}'s {@code daysUntil(exchange.certificateExpiresOn)}: a warning at 30 days or fewer.
     */
    private void expiry(ProbeRun run, X509Certificate leaf, String host) {
        StepTimer s = run.begin(ProbeText.of("probe.step.validity"));
        Instant now = clock.instant();
        LocalDate lastDay = LocalDate.ofInstant(leaf.getNotAfter().toInstant(), ZoneOffset.UTC);
        long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(now, ZoneOffset.UTC), lastDay);
        s.put("notBefore", leaf.getNotBefore().toInstant().toString()).put("notAfter",
                leaf.getNotAfter().toInstant().toString()).put("daysLeft", days);
        run.proposeServerField(host, "$.exchange.certificateExpiresOn", lastDay.toString(),
                ProbeText.of("probe.basis.certificateExpiresOn", leaf.getNotAfter().toInstant().toString(), host));
        if (now.isAfter(leaf.getNotAfter().toInstant())) {
            s.fail(ProbeText.of("probe.cert.expired", leaf.getNotAfter().toInstant().toString()),
                    ProbeText.of("probe.advice.renewCertificate"));
        } else if (now.isBefore(leaf.getNotBefore().toInstant())) {
            s.fail(ProbeText.of("probe.cert.notYetValid", leaf.getNotBefore().toInstant().toString()),
                    ProbeText.of("probe.advice.certificateDates"));
        } else if (days <= WARN_DAYS) {
            s.warn(ProbeText.of("probe.cert.expiresSoon", days), ProbeText.of("probe.advice.renewSoon"));
        } else {
            s.pass();
        }
    }

    private static void hostname(ProbeRun run, X509Certificate leaf, String host) {
        StepTimer s = run.begin(ProbeText.of("probe.step.hostName"));
        s.put("host", host).put("certificateNames", HostnameMatch.names(leaf));
        if (HostnameMatch.matches(leaf, host)) {
            s.pass();
        } else {
            s.fail(ProbeText.of("probe.cert.notForHost", host), ProbeText.of("probe.advice.certificateNames", host));
        }
    }

    private static ChainVerdict chain(ProbeRun run, List<X509Certificate> sent, String host) {
        StepTimer s = run.begin(ProbeText.of("probe.step.chain"));
        ChainVerdict v = ChainVerdict.of(sent, run.http().trust(), run.roots());
        X509Certificate leaf = sent.get(0);
        String issuingCa = Certs.commonName(leaf.getIssuerX500Principal());
        s.put("issuingCa", issuingCa).put("root", v.rootDn()).put("rootSent", v.rootSent())
                .put("trustedBy", v.trustedBy());
        run.proposeServerField(host, "$.exchange.certificateAuthority", issuingCa,
                ProbeText.of("probe.basis.issuer", host));
        if (v.rootDn() != null) {
            run.proposeServerField(host, "$.exchange.certificateRoot", Certs.commonName(new X500Principal(v.rootDn())),
                    ProbeText.of("probe.basis.root", host, trustedBy(v)));
        }
        run.proposeServerField(host, "$.exchange.certificateChainComplete", v.complete(), v.complete()
                ? ProbeText.of("probe.basis.chainComplete", host, trustedBy(v))
                : ProbeText.of("probe.basis.chainIncomplete", host));
        if (v.brokenAt() >= 0) {
            s.fail(ProbeText.of("probe.chain.broken", v.brokenAt() + 1), ProbeText.of("probe.advice.chainOrder"));
        } else if (v.trustedBy() == null) {
            s.fail(ProbeText.of("probe.chain.untrusted", v.lastIssuerDn()), ProbeText.of("probe.advice.intermediates"));
        } else {
            s.pass();
        }
        return v;
    }

    private static void approval(ProbeRun run, ChainVerdict v, String host) {
        StepTimer s = run.begin(ProbeText.of("probe.step.approval"));
        RootsInForce roots = run.roots();
        s.put("approvedList", roots.describe()).put("root", v.rootDn());
        if (v.rootDn() == null) {
            s.skip(ProbeText.of("probe.approval.rootUnknown"), ProbeText.of("probe.advice.fixChain"));
            return;
        }
        if (RootsInForce.isEntrust(v.rootDn())) {
            s.warn(ProbeText.of("probe.approval.entrust"), ProbeText.of("probe.advice.orgList"));
            return;
        }
        boolean approved = v.trustedBy() != null && (roots.containsSha256(v.rootSha256())
                || roots.containsSubject(v.rootDn()));
        run.proposeServerField(host, "$.exchange.certificateApproved", approved, ProbeText.of("probe.basis.approved",
                Certs.commonName(new X500Principal(v.rootDn())), roots.describeText()));
        if (approved) {
            s.pass();
        } else if (ChainVerdict.EXTRA.equals(v.trustedBy())) {
            s.fail(ProbeText.of("probe.approval.privateCa"), ProbeText.of("probe.advice.approvedCa"));
        } else {
            s.fail(ProbeText.of(v.rootSent() && v.trustedBy() == null ? "probe.approval.notListedSelfSigned"
                    : "probe.approval.notListed"), ProbeText.of("probe.advice.approvedCa"));
        }
    }

    /** Which trust set knows the chain's root, in words. */
    private static ProbeText trustedBy(ChainVerdict v) {
        return ProbeText.of(switch (v.trustedBy() == null ? "" : v.trustedBy()) {
            case ChainVerdict.JDK -> "probe.trust.jdk";
            case ChainVerdict.EXTRA -> "probe.trust.extraCa";
            case ChainVerdict.APPROVED -> "probe.trust.approvedList";
            default -> "probe.trust.none";
        });
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
