package org.eacplanner.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eacplanner.edit.Edits;
import org.eacplanner.model.ApprovedRoots;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.ProbeResult;
import org.eacplanner.rules.FieldPath;
import org.junit.jupiter.api.Test;

/** The root CA typed into the inventory, checked against the approved-CA list without a network. */
class TypedRootCheckTest {

    private static final FieldPath ROOT = FieldPath.of("exchange.certificateRoot");

    private static Assessment withRoot(String root) {
        Assessment empty = Assessment.empty("a-1", Instant.parse("2026-12-07T10:00:00Z"));
        return Edits.answer(ROOT, root, null).apply(empty);
    }

    @Test
    void aPublicRootByItsCommonNameIsApprovedPerTheSnapshot() {
        ProbeResult.Proposal p = TypedRootCheck.proposal(withRoot("USERTrust RSA Certification Authority"),
                Locale.ENGLISH).orElseThrow();
        assertThat(p.path()).isEqualTo("$.exchange.certificateApproved");
        assertThat(p.value()).isEqualTo(true);
        assertThat(p.basis()).contains("\u201cUSERTrust RSA Certification Authority\u201d, is on the list",
                "approved per snapshot", "cacerts.jsp", RootsInForce.snapshot().source());
    }

    @Test
    void theWholeSubjectNameMatchesToo() {
        ProbeResult.Proposal p = TypedRootCheck.proposal(withRoot("CN=USERTrust RSA Certification Authority,"
                + "O=The USERTRUST Network,L=Jersey City,ST=New Jersey,C=US"), Locale.ENGLISH).orElseThrow();
        assertThat(p.value()).isEqualTo(true);
    }

    @Test
    void aPrivateRootIsNotApproved() {
        ProbeResult.Proposal p = TypedRootCheck.proposal(withRoot("Acme Corp Internal Root CA"), Locale.ENGLISH)
                .orElseThrow();
        assertThat(p.value()).isEqualTo(false);
        assertThat(p.basis()).contains("is not on the list", "approved per snapshot");
    }

    @Test
    void theOrgsOwnListReplacesTheSnapshot() {
        ApprovedRoots own = new ApprovedRoots("cacerts.jsp of acme", LocalDate.of(2026, 12, 1),
                List.of(new ApprovedRoots.Root("CN=Acme Corp Internal Root CA,O=Acme", null, null)), null);
        Assessment a = withRoot("Acme Corp Internal Root CA").withApprovedRoots(own);
        ProbeResult.Proposal p = TypedRootCheck.proposal(a, Locale.GERMAN).orElseThrow();
        assertThat(p.value()).isEqualTo(true);
        assertThat(p.basis()).contains("steht auf der Liste", "eigene Liste der Org: cacerts.jsp of acme");
        assertThat(TypedRootCheck.proposal(withRoot("USERTrust RSA Certification Authority").withApprovedRoots(own),
                Locale.ENGLISH).orElseThrow().value()).as("not on the org's own list").isEqualTo(false);
    }

    @Test
    void noRootTypedInProposesNothing() {
        assertThat(TypedRootCheck.proposal(withRoot(null), Locale.ENGLISH)).isEmpty();
        assertThat(TypedRootCheck.proposal(withRoot("  "), Locale.ENGLISH)).isEmpty();
    }
}
