package org.eacplanner.probe;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What the chain the server sent reaches (probes.md, TLS_CERT): complete when every sent certificate is issued by
 * the next and the last one is, or is issued by, a root this check trusts (the approved list in force, the JDK's
 * roots, or the extra CA of {@code --trust-ca}).
 *
 * @param rootDn    the root's subject (RFC 2253), or null when the chain stops at an unknown issuer
 * @param rootSent  whether the server sent the root itself
 * @param trustedBy which trust set knows the root: "JDK trust store", "--trust-ca", "approved list"; null if none
 * @param brokenAt  index of the first sent certificate not issued by the next one, or -1
 */
record ChainVerdict(String rootDn, String rootSha256, boolean rootSent, String trustedBy, int brokenAt,
        String lastIssuerDn) {

    static final String JDK = "JDK trust store";
    static final String EXTRA = "extra CA of --trust-ca";
    static final String APPROVED = "approved list";

    boolean complete() {
        return trustedBy != null && brokenAt < 0;
    }

    static ChainVerdict of(List<X509Certificate> sent, TrustMaterial trust, RootsInForce approved) {
        int broken = -1;
        for (int i = 0; i + 1 < sent.size() && broken < 0; i++) {
            if (!Certs.issuedBy(sent.get(i), sent.get(i + 1))) {
                broken = i;
            }
        }
        X509Certificate last = sent.get(sent.size() - 1);
        String lastIssuer = Certs.dn(last.getIssuerX500Principal());
        if (Certs.isSelfIssued(last) && Certs.issuedBy(last, last)) {
            String sha = Certs.sha256(last);
            String by = contains(trust.jdkRoots(), sha) ? JDK : contains(trust.extraCas(), sha) ? EXTRA
                    : approved.containsSha256(sha) ? APPROVED : null;
            return new ChainVerdict(Certs.dn(last.getSubjectX500Principal()), sha, true, by, broken, lastIssuer);
        }
        for (X509Certificate root : trust.jdkRoots()) {
            if (Certs.issuedBy(last, root)) {
                return new ChainVerdict(Certs.dn(root.getSubjectX500Principal()), Certs.sha256(root), false, JDK, broken,
                        lastIssuer);
            }
        }
        for (X509Certificate root : trust.extraCas()) {
            if (Certs.issuedBy(last, root)) {
                return new ChainVerdict(Certs.dn(root.getSubjectX500Principal()), Certs.sha256(root), false, EXTRA,
                        broken, lastIssuer);
            }
        }
        if (approved.containsSubject(lastIssuer)) {
            return new ChainVerdict(lastIssuer, null, false, APPROVED, broken, lastIssuer);
        }
        return new ChainVerdict(null, null, false, null, broken, lastIssuer);
    }

    private static boolean contains(List<X509Certificate> certs, String sha256) {
        return certs.stream().anyMatch(c -> Certs.sha256(c).equals(sha256));
    }
}
