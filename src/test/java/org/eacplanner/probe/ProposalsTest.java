package org.eacplanner.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.AuthMethod;
import org.eacplanner.model.MicrosoftCloud;
import org.eacplanner.model.ProbeResult.Proposal;
import org.eacplanner.probe.Proposals.Preview;
import org.junit.jupiter.api.Test;

class ProposalsTest {

    private static Proposal p(String path, Object value) {
        return new Proposal(path, value, "test", null);
    }

    private final Assessment empty = Assessment.empty("id-1", Instant.parse("2026-11-01T00:00:00Z"));

    @Test
    void previewShowsTheCurrentAnswerBesideEachProposal() {
        Assessment a = Proposals.apply(empty, List.of(p("$.exchange.microsoftCloud", "GCC")));
        List<Preview> preview = Proposals.preview(a, List.of(p("$.exchange.microsoftCloud", "GCC_HIGH"),
                p("$.exchange.authMethods", List.of("NTLM")), p("$.exchange.microsoftCloud", "GCC")));
        assertThat(preview).extracting(Preview::currentValue).containsExactly(MicrosoftCloud.GCC, null, MicrosoftCloud.GCC);
        assertThat(preview).extracting(Preview::changesAnswer).containsExactly(true, true, false);
        assertThat(Proposals.preview(a, List.of(p("$.exchange.microsoftCloud", "MARS"), p("$.probes", List.of()))))
                .as("what cannot be applied is never offered").extracting(Preview::changesAnswer)
                .containsExactly(false, false);
    }

    @Test
    void applyingChangesOnlyTheAcceptedFields() {
        Assessment a = Proposals.apply(empty, List.of(p("$.exchange.authMethods", List.of("NTLM", "NEGOTIATE")),
                p("$.exchange.microsoftCloud", "GCC_HIGH"), p("$.lightningSync.impersonationGranted", false),
                p("$.org.orgId", "00D5g000004abcdEAA")));
        assertThat(a.exchange().authMethods()).containsExactly(AuthMethod.NTLM, AuthMethod.NEGOTIATE);
        assertThat(a.exchange().microsoftCloud()).isEqualTo(MicrosoftCloud.GCC_HIGH);
        assertThat(a.lightningSync().impersonationGranted()).isFalse();
        assertThat(a.org().orgId()).isEqualTo("00D5g000004abcdEAA");
        assertThat(a.updatedAt()).isEqualTo(empty.updatedAt());
        assertThat(a.exchange().ewsUrl()).isNull();
        assertThat(empty.exchange().microsoftCloud()).as("the input is unchanged").isNull();
    }

    @Test
    void refusesWhatIsNotAnInventoryField() {
        assertThatThrownBy(() -> Proposals.apply(empty, List.of(p("$.probes", List.of()))))
                .hasMessage("not an inventory field: $.probes");
        assertThatThrownBy(() -> Proposals.apply(empty, List.of(p("$.exchange.nonsense", 1))))
                .hasMessage("not an inventory field: $.exchange.nonsense");
        assertThatThrownBy(() -> Proposals.apply(empty, List.of(p("$.exchange.microsoftCloud", "MARS"))))
                .hasMessageStartingWith("a proposal does not fit the inventory");
    }
}
