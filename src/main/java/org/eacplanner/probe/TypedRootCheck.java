package org.eacplanner.probe;

import java.util.Locale;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.eacplanner.common.Messages;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.ProbeResult;
import org.eacplanner.rules.FieldPath;

/**
 * Checks the root CA the admin typed in ({@code exchange.certificateRoot}) against the approved-CA list in force
 * (the org's own when loaded, else the app's snapshot), without a network: by the whole subject name, or by its
 * common name alone (what an admin copies from a certificate viewer). The verdict is a proposal for
 * {@code exchange.certificateApproved}, for the admin to accept like a live check's.
 */
public final class TypedRootCheck {

    /** The field the verdict is proposed for. */
    public static final FieldPath FIELD = FieldPath.of("exchange.certificateApproved");

    private TypedRootCheck() {
    }

    /** The proposal for {@code a}, worded in {@code locale}; empty when no root is typed in. */
    public static Optional<ProbeResult.Proposal> proposal(Assessment a, Locale locale) {
        String typed = a.exchange().certificateRoot();
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        RootsInForce roots = RootsInForce.of(a.approvedRoots());
        String name = typed.trim();
        boolean approved = listed(roots, name);
        Messages texts = ProbeText.texts(locale);
        String basis = ProbeText.of(approved ? "probe.basis.typedRootListed" : "probe.basis.typedRootNotListed", name,
                roots.describeText()).in(texts);
        return Optional.of(new ProbeResult.Proposal(FIELD.jsonPath(), approved, basis, null));
    }

    /** Whether {@code name}, a whole subject name or a common name alone, is a root of {@code roots}. */
    public static boolean listed(RootsInForce roots, String name) {
        return roots.containsSubject(name) || roots.list().roots().stream()
                .anyMatch(r -> r.subject() != null && commonName(r.subject()).equalsIgnoreCase(name));
    }

    private static String commonName(String dn) {
        try {
            return Certs.commonName(new X500Principal(dn));
        } catch (IllegalArgumentException e) {
            return dn;
        }
    }
}
