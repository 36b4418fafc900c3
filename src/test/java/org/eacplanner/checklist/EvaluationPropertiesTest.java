package org.eacplanner.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.eacplanner.export.EvaluationJson;
import org.eacplanner.model.Assessment;
import org.eacplanner.testing.RandomInventories;

/** Evaluation over arbitrary inventories: never throws, is deterministic, and every finding is explained. */
class EvaluationPropertiesTest {

    private static final Planner PLANNER = Planner.forLocale(Locale.ENGLISH);
    private static final Planner PLANNER_DE = Planner.forLocale(Locale.GERMAN);

    @Provide
    Arbitrary<Assessment> inventories() {
        return Arbitraries.longs().map(seed -> RandomInventories.assessment(new java.util.Random(seed)));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 3650).map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
    }

    @Property(tries = 400)
    void evaluationIsTotalDeterministicAndExplained(@ForAll("inventories") Assessment a, @ForAll("dates") LocalDate asOf) {
        Plan plan = PLANNER.evaluate(a, asOf);
        String json = EvaluationJson.write(EvaluationJson.toJson(plan));
        assertThat(EvaluationJson.write(EvaluationJson.toJson(PLANNER.evaluate(a, asOf)))).isEqualTo(json);
        assertThat(plan.findings()).allSatisfy(f -> {
            assertThat(f.sources().isEmpty()).as(f.ruleId() + " has no sources").isEqualTo(f.ruleId().equals("CATALOG-REVIEW-DUE"));
            assertThat(f.advice()).isNotBlank();
            assertThat(f.title()).isNotBlank();
        });
        List<String> ids = plan.checklist().stream().map(ChecklistEntry::itemId).toList();
        assertThat(ids.get(ids.size() - 1)).isIn("CL-GRAPH-UPGRADE", "CL-GRAPH-PLAN");
        assertThat(ids).startsWith("CL-CONFIRM-INVENTORY");
        // the German texts word the same findings
        assertThat(PLANNER_DE.evaluate(a, asOf).findings().stream().map(f -> f.ruleId() + f.severity()).toList())
                .isEqualTo(plan.findings().stream().map(f -> f.ruleId() + f.severity()).toList());
    }

    @Property(tries = 200)
    void unknownAnswersNeverRaiseABlockerByThemselves(@ForAll("dates") LocalDate asOf) {
        Plan plan = PLANNER.evaluate(Assessment.empty("x", java.time.Instant.EPOCH), asOf);
        assertThat(plan.openBlockers()).isZero();
        // with the catalog's freshness finding (INFO, then WARNING) from the 91st day after its review
        boolean stale = asOf.isAfter(PLANNER.catalog().reviewedOn().plusDays(90));
        assertThat(plan.findings().stream().map(f -> f.ruleId()).filter(id -> !id.equals("CATALOG-REVIEW-DUE")).toList())
                .containsExactly("GAP-CLOUD", "GAP-LS-IN-USE");
        assertThat(plan.findings().stream().anyMatch(f -> f.ruleId().equals("CATALOG-REVIEW-DUE"))).isEqualTo(stale);
    }
}
