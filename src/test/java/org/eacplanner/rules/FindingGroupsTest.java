package org.eacplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eacplanner.checklist.Plan;
import org.eacplanner.checklist.Planner;
import org.eacplanner.checklist.Progress;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.ProgressStatus;
import org.eacplanner.storage.AssessmentJson;
import org.eacplanner.storage.Scenarios;
import org.junit.jupiter.api.Test;

/** The grouping of findings and the progress count that the app and the reports share. */
class FindingGroupsTest {

    private static Plan plan(String name) throws Exception {
        Assessment a = AssessmentJson.mapper().readValue(Scenarios.folder().resolve(name + ".eacplan.json").toFile(),
                Assessment.class);
        return Planner.forLocale(Locale.ENGLISH).evaluate(a, LocalDate.of(2026, 12, 3));
    }

    @Test
    void groupsBySeverityThenAreaInOrderAndLeavesEmptyGroupsOut() throws Exception {
        Plan plan = plan("hybrid-se-eac-pilot");
        List<FindingGroups.SeverityGroup> groups = FindingGroups.of(plan.findings(), f -> true);
        assertThat(groups).extracting(g -> g.severity().name()).containsExactly("BLOCKER", "WARNING", "INFO");
        assertThat(groups.get(0).areas()).extracting(a -> a.area().name()).containsExactly("EXCHANGE_ONLINE", "EAC");
        assertThat(groups.stream().mapToInt(FindingGroups.SeverityGroup::count).sum()).isEqualTo(plan.findings().size());
        assertThat(FindingGroups.of(plan.findings(), f -> f.ruleId().startsWith("EAC-"))
                .stream().flatMap(g -> g.areas().stream()).flatMap(a -> a.findings().stream()).map(Finding::ruleId))
                .containsExactly("EAC-GRAPH-UPGRADE", "EAC-CONTACT-DUPLICATES", "EAC-GRAPH-RBAC-LATER", "EAC-ONPREM-EWS");
    }

    @Test
    void anItemIsFinishedWhenDoneOrNotApplicable() throws Exception {
        Plan plan = plan("hybrid-se-eac-pilot");
        var items = plan.checklist();
        var marked = new java.util.ArrayList<>(items);
        marked.set(0, with(items.get(0), ProgressStatus.DONE));
        marked.set(1, with(items.get(1), ProgressStatus.NOT_APPLICABLE));
        marked.set(2, with(items.get(2), ProgressStatus.IN_PROGRESS));
        Progress p = Progress.of(marked);
        assertThat(p.finished()).isEqualTo(2);
        assertThat(p.inProgress()).isEqualTo(1);
        assertThat(p.total()).isEqualTo(items.size());
        assertThat(p.percent()).isEqualTo(200 / items.size());
        assertThat(Progress.of(List.of()).fraction()).isZero();
    }

    private static org.eacplanner.checklist.ChecklistEntry with(org.eacplanner.checklist.ChecklistEntry e,
            ProgressStatus s) {
        return new org.eacplanner.checklist.ChecklistEntry(e.itemId(), e.phase(), e.order(), e.side(), e.title(),
                e.detail(), e.causedBy(), e.applicable(), s, e.owner(), e.dueDate(), e.suggestedBy(), e.urgent(),
                e.notes());
    }
}
