package org.eacplanner.exchange;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.security.auth.x500.X500Principal;
import org.eacplanner.common.Messages;
import org.eacplanner.exchange.ExchangeAnswers.Evidence;
import org.eacplanner.exchange.ExchangeAnswers.Found;
import org.eacplanner.exchange.ExchangeAnswers.Proposal;
import org.eacplanner.model.ApprovedRoots;
import org.eacplanner.probe.Certs;
import org.eacplanner.probe.HostnameMatch;
import org.eacplanner.probe.ProbeText;
import org.eacplanner.probe.RootsInForce;
import org.eacplanner.probe.TypedRootCheck;

/**
 * The answers of {@code Get-ExchangeCertificate}: of the certificate bound to IIS (when the export says which) whose
 * names include the EWS host, its issuer and last day; a self-signed one is its own root and on no approved list; a
 * root the list names as the issuer is proposed with its approval. A certificate is read from its {@code RawData}
 * (what every export carries) and else from its properties.
 */
final class CertificateAnswers {

    /** A certificate as the export shows it. */
    private record Cert(Found found, String subject, String issuer, Instant notAfter, boolean selfSigned,
            List<String> names, Boolean iis, String thumbprint) {
        String label() {
            return Certs.commonName(new X500Principal(subject));
        }

        /** Where it was read: the certificate by name and thumbprint, and the server it was read on. */
        Evidence evidence(String property) {
            String server = found.object().text("PSComputerName");
            String object = label() + (thumbprint == null ? "" : " (" + thumbprint + ")")
                    + (server == null ? "" : " on " + server);
            return new Evidence(found.file().file(), object, property, found.file().exportedAt());
        }
    }

    private CertificateAnswers() {
    }

    static List<Proposal> from(List<Found> found, String ewsHost, ApprovedRoots roots, Messages texts) {
        List<Cert> certs = new ArrayList<>();
        for (Found f : found) {
            Cert c = read(f);
            if (c != null) {
                certs.add(c);
            }
        }
        boolean servicesKnown = certs.stream().anyMatch(c -> c.iis() != null);
        List<Cert> bound = certs.stream().filter(c -> !servicesKnown || Boolean.TRUE.equals(c.iis())).toList();
        List<Cert> chosen = ewsHost == null ? List.of()
                : bound.stream().filter(c -> c.names().stream().anyMatch(n -> HostnameMatch.matches(n, ewsHost)))
                        .toList();
        String why;
        if (!chosen.isEmpty()) {
            why = texts.get("exchange.cert.host", ewsHost);
        } else if (servicesKnown && bound.size() == 1) {
            chosen = bound;
            why = texts.get("exchange.cert.iis");
        } else {
            return List.of(); // which certificate serves EWS cannot be told: nothing is guessed
        }
        Cert c = chosen.stream().min(Comparator.comparing(Cert::notAfter)).orElseThrow(); // the first to expire
        List<Proposal> out = new ArrayList<>();
        String label = c.label();
        Evidence issuer = c.evidence("Issuer");
        Evidence notAfter = c.evidence("NotAfter");
        String issuerName = Certs.commonName(new X500Principal(c.issuer()));
        out.add(new Proposal("$.exchange.certificateAuthority", issuerName,
                texts.get("exchange.basis.cert.issuer", label, why), List.of(issuer)));
        LocalDate last = c.notAfter().atOffset(ZoneOffset.UTC).toLocalDate();
        out.add(new Proposal("$.exchange.certificateExpiresOn", last.toString(),
                texts.get("exchange.basis.cert.expires", label, c.notAfter().toString()), List.of(notAfter)));
        RootsInForce list = RootsInForce.of(roots);
        String listed = list.describeText().in(ProbeText.texts(texts.locale()));
        if (c.selfSigned()) {
            out.add(new Proposal("$.exchange.certificateRoot", label,
                    texts.get("exchange.basis.cert.selfSigned.root", label), List.of(issuer)));
            out.add(new Proposal("$.exchange.certificateApproved", false,
                    texts.get("exchange.basis.cert.selfSigned.approved", label), List.of(issuer)));
        } else if (TypedRootCheck.listed(list, c.issuer()) || TypedRootCheck.listed(list, issuerName)) {
            out.add(new Proposal("$.exchange.certificateRoot", issuerName,
                    texts.get("exchange.basis.cert.rootIssuer", label, issuerName), List.of(issuer)));
            out.add(new Proposal("$.exchange.certificateApproved", true,
                    texts.get("exchange.basis.cert.rootApproved", issuerName, listed), List.of(issuer)));
        }
        return out;
    }

    /** The certificate of an export object, null when neither its raw data nor its properties say enough. */
    private static Cert read(Found f) {
        PsObject o = f.object();
        String services = o.text("Services");
        Boolean iis = services == null ? null : services.toUpperCase(Locale.ROOT).contains("IIS");
        String raw = o.text("RawData");
        if (raw != null) {
            try {
                X509Certificate x = (X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(Base64.getMimeDecoder().decode(raw)));
                List<String> names = new ArrayList<>(HostnameMatch.names(x));
                names.add(Certs.commonName(x.getSubjectX500Principal()));
                String thumbprint = HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-1")
                        .digest(x.getEncoded()));
                return new Cert(f, x.getSubjectX500Principal().getName(), x.getIssuerX500Principal().getName(),
                        x.getNotAfter().toInstant(), Certs.isSelfIssued(x), names, iis, thumbprint);
            } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException notACertificate) {
                // fall back to the properties
            }
        }
        String subject = o.text("Subject");
        String issuer = o.text("Issuer");
        if (subject == null || issuer == null || !(o.get("NotAfter") instanceof OffsetDateTime notAfter)) {
            return null;
        }
        try {
            List<String> names = new ArrayList<>(o.texts("CertificateDomains"));
            names.add(Certs.commonName(new X500Principal(subject)));
            boolean self = Boolean.TRUE.equals(o.flag("IsSelfSigned"))
                    || new X500Principal(subject).equals(new X500Principal(issuer));
            return new Cert(f, subject, issuer, notAfter.toInstant(), self, names, iis, o.text("Thumbprint"));
        } catch (IllegalArgumentException notAName) {
            return null;
        }
    }
}
