package org.eacplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.eacplanner.checklist.Plan;
import org.eacplanner.checklist.Planner;
import org.eacplanner.model.AcceptedRisk;
import org.eacplanner.model.Assessment;
import org.eacplanner.storage.AssessmentJson;
import org.eacplanner.storage.Scenarios;
import org.junit.jupiter.api.Test;

/** Most urgent first: passed deadlines (longest overdue first), then days left, then severity; accepted last. */
class FindingOrderTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 7);

    private static Assessment scenario(String name) throws Exception {
        return AssessmentJson.mapper().readValue(Scenarios.folder().resolve(name + ".eacplan.json").toFile(),
                Assessment.class);
    }

    private static Plan plan(Assessment a) {
        return Planner.forLocale(Locale.ENGLISH).evaluate(a, AS_OF);
    }

    @Test
    void passedDeadlinesComeFirstLongestOverdueFirstThenDaysLeftThenTheRest() throws Exception {
        Plan plan = plan(scenario("hybrid-se-eac-pilot"));
        List<Finding> ordered = FindingOrder.byUrgency(plan.findings());
        assertThat(ordered).hasSameElementsAs(plan.findings());
        // by hand: Inbox's deadline (3 Aug 2026) passed before Microsoft's EWS block (1 Oct 2026)
        assertThat(ordered.get(0).ruleId()).isEqualTo("INBOX-GRAPH-UPGRADE");
        assertThat(ordered).extracting(Finding::deadlineStatus).first().isEqualTo(DeadlineStatus.PASSED);
        int firstAhead = indexWhere(ordered, f -> f.deadlineStatus() != DeadlineStatus.PASSED);
        int firstUndated = indexWhere(ordered, f -> f.deadlineStatus() == null);
        assertThat(firstAhead).isPositive().isLessThan(firstUndated);
        assertThat(ordered).filteredOn(FindingOrder::checkToday).extracting(Finding::ruleId)
                .as("the open blockers past their deadline").containsExactly("INBOX-GRAPH-UPGRADE", "EAC-GRAPH-UPGRADE",
                        "LS-EWS-EXO");
        assertThat(ordered.subList(0, firstAhead)).allMatch(FindingOrder::overdue)
                .isSortedAccordingTo(Comparator.comparing(Finding::daysLeft));
        assertThat(ordered.subList(firstAhead, firstUndated))
                .isSortedAccordingTo(Comparator.comparing(Finding::daysLeft));
        assertThat(ordered.subList(firstUndated, ordered.size())).allMatch(f -> f.deadlineStatus() == null)
                .isSortedAccordingTo(Comparator.comparing(Finding::severity));
    }

    @Test
    void anAcceptedFindingGoesAfterEveryOpenOneAndIsNotOverdue() throws Exception {
        Assessment a = scenario("hybrid-se-eac-pilot");
        List<AcceptedRisk> risks = new ArrayList<>(a.acceptedRisks());
        risks.add(new AcceptedRisk("INBOX-GRAPH-UPGRADE", "Inbox is being retired here", "Dana", AS_OF, null, null));
        List<Finding> ordered = FindingOrder.byUrgency(plan(a.withAcceptedRisks(risks)).findings());
        Finding inbox = ordered.stream().filter(f -> f.ruleId().equals("INBOX-GRAPH-UPGRADE")).findFirst().orElseThrow();
        assertThat(inbox.accepted()).isTrue();
        assertThat(FindingOrder.overdue(inbox)).isFalse();
        assertThat(ordered.subList(ordered.indexOf(inbox), ordered.size())).allMatch(Finding::accepted);
        assertThat(ordered.get(0).ruleId()).isNotEqualTo("INBOX-GRAPH-UPGRADE");
    }

    private static int indexWhere(List<Finding> list, java.util.function.Predicate<Finding> p) {
        for (int i = 0; i < list.size(); i++) {
            if (p.test(list.get(i))) {
                return i;
            }
        }
        return list.size();
    }
}
