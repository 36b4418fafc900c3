package org.eacplanner.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eacplanner.checklist.Plan;
import org.eacplanner.checklist.Planner;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.LastEvaluation;
import org.eacplanner.model.Severity;
import org.junit.jupiter.api.Test;

class SinceSavedTest {

    private final Planner planner = Planner.forLocale(Locale.ENGLISH);

    @Test
    void reEvaluatingLaterMovesADatedSeverityAndTheSavedFindingsAreKept() {
        Assessment a = Variants.of("onprem-ntlm-2016");
        LastEvaluation saved = planner.evaluate(a, LocalDate.of(2025, 1, 1)).snapshot();
        Plan now = planner.evaluate(a, LocalDate.of(2026, 11, 24));

        SinceSaved diff = SinceSaved.of(saved, now);

        assertThat(diff.saved()).isSameAs(saved);
        assertThat(diff.catalogChanged()).isFalse();
        assertThat(diff.changed()).extracting(c -> c.ruleId() + " " + c.before().severity() + " -> " + c.after().severity())
                .contains("EXCHANGE-EOL INFO -> WARNING");
        assertThat(diff.changed()).allSatisfy(c -> assertThat(c.before().deadline()).isNull());
        assertThat(SinceSaved.of(now.snapshot(), now).isEmpty()).isTrue();
    }

    @Test
    void theSameVersionReviewedAnotherDayOrLoadedFromAFileIsAnotherCatalog() {
        Assessment a = Variants.of("exo-service-account");
        Plan now = planner.evaluate(a, LocalDate.of(2026, 12, 7));
        LastEvaluation same = now.snapshot();
        assertThat(SinceSaved.of(same, now).catalogChanged()).isFalse();
        LastEvaluation reviewedEarlier = new LastEvaluation(same.asOf(), same.catalogVersion(), LocalDate.of(2026, 12, 1),
                same.catalogSource(), same.findings(), null);
        assertThat(SinceSaved.of(reviewedEarlier, now).catalogChanged()).isTrue();
        LastEvaluation fromFile = new LastEvaluation(same.asOf(), same.catalogVersion(), same.catalogReviewedOn(),
                org.eacplanner.model.CatalogSource.FILE, same.findings(), null);
        assertThat(SinceSaved.of(fromFile, now).catalogChanged()).isTrue();
        LastEvaluation versionOnly = new LastEvaluation(same.asOf(), same.catalogVersion(), null, null, same.findings(),
                null);
        assertThat(SinceSaved.of(versionOnly, now).catalogChanged()).as("a version 1 file records the version only")
                .isFalse();
    }

    @Test
    void findingsGoneOrNewAndAnotherCatalogAreReported() {
        Assessment a = Variants.of("exo-service-account");
        Plan now = planner.evaluate(a, LocalDate.of(2026, 11, 24));
        LastEvaluation saved = new LastEvaluation(LocalDate.of(2026, 10, 1), "2026.10", null, null, List.of(
                new LastEvaluation.SavedFinding("LS-EWS-EXO", Severity.BLOCKER, true, null),
                new LastEvaluation.SavedFinding("RETIRED-RULE", Severity.WARNING, false, null)), null);

        SinceSaved diff = SinceSaved.of(saved, now);

        assertThat(diff.catalogChanged()).isTrue();
        assertThat(diff.removed()).extracting(LastEvaluation.SavedFinding::ruleId).containsExactly("RETIRED-RULE");
        assertThat(diff.added()).extracting(f -> f.ruleId()).doesNotContain("LS-EWS-EXO", "RETIRED-RULE")
                .hasSize(now.findings().size() - 1);
        assertThat(diff.changed()).singleElement().satisfies(c -> {
            assertThat(c.ruleId()).isEqualTo("LS-EWS-EXO");
            assertThat(c.before().accepted()).isTrue();
            assertThat(c.after().accepted()).isFalse();
        });
        assertThat(SinceSaved.of(null, now).added()).hasSameSizeAs(now.findings());
    }
}
