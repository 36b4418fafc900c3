package org.eacplanner.probe;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eacplanner.model.ApprovedRoots;
import org.eacplanner.storage.AssessmentJson;

/**
 * The approved-CA list in force for a check (rules.md): the assessment's own {@code approvedRoots} when loaded,
 * else the app's dated snapshot of Mozilla's root store. A root matches by SHA-256 (when the server sends the
 * root itself) or by subject distinguished name (the issuer of the last certificate sent).
 */
public final class RootsInForce {

    static final String SNAPSHOT = "approved-roots-snapshot.json";
    private static volatile ApprovedRoots snapshot;

    private final ApprovedRoots list;
    private final boolean isSnapshot;
    private final Set<String> subjects;
    private final Set<String> fingerprints;

    private RootsInForce(ApprovedRoots list, boolean isSnapshot) {
        this.list = list;
        this.isSnapshot = isSnapshot;
        this.subjects = list.roots().stream().map(r -> Certs.canonical(r.subject())).filter(s -> s != null)
                .collect(Collectors.toUnmodifiableSet());
        this.fingerprints = list.roots().stream().map(ApprovedRoots.Root::sha256).filter(s -> s != null)
                .map(s -> s.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** The assessment's list when not null, else the snapshot. */
    public static RootsInForce of(ApprovedRoots assessmentList) {
        return assessmentList != null ? new RootsInForce(assessmentList, false) : new RootsInForce(snapshot(), true);
    }

    /** The app's snapshot, built by {@code tools/build-ca-snapshot.py}. */
    public static ApprovedRoots snapshot() {
        ApprovedRoots s = snapshot;
        if (s == null) {
            try (InputStream in = RootsInForce.class.getResourceAsStream(SNAPSHOT)) {
                if (in == null) {
                    throw new IllegalStateException(SNAPSHOT + " is missing from the app");
                }
                s = AssessmentJson.mapper().readValue(in, ApprovedRoots.class);
                snapshot = s;
            } catch (IOException e) {
                throw new IllegalStateException(SNAPSHOT + " cannot be read", e);
            }
        }
        return s;
    }

    public ApprovedRoots list() {
        return list;
    }

    public boolean isSnapshot() {
        return isSnapshot;
    }

    /** How the verdict is sourced, for evidence (in English). */
    public String describe() {
        return describeText().toString();
    }

    /** How the verdict is sourced, in the run's language. */
    public ProbeText describeText() {
        String base = list.source() + (list.capturedOn() == null ? "" : " (" + list.capturedOn() + ")");
        return ProbeText.of(isSnapshot ? "probe.roots.snapshot" : "probe.roots.own", base);
    }

    public boolean containsSha256(String sha256) {
        return sha256 != null && fingerprints.contains(sha256.toUpperCase(Locale.ROOT));
    }

    public boolean containsSubject(String dn) {
        return dn != null && subjects.contains(Certs.canonical(dn));
    }

    /** Entrust: certificates issued by Entrust after November 2024 are no longer trusted by major browsers. */
    public static boolean isEntrust(String rootDn) {
        return rootDn != null && rootDn.toLowerCase(Locale.ROOT).contains("entrust");
    }
}
