package org.eacplanner.ui.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.eacplanner.checklist.Planner;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.Severity;
import org.eacplanner.rules.Finding;
import org.eacplanner.rules.FindingGroups;
import org.eacplanner.rules.FindingOrder;
import org.eacplanner.storage.AssessmentJson;
import org.eacplanner.storage.Scenarios;
import org.eacplanner.ui.document.AssessmentDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Findings step's state without a window: grouping as the exports group, filter, search, accept, withdraw. */
class FindingsViewModelTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 7);
    private AssessmentDocument document;
    private EvaluationViewModel evaluation;
    private FindingsViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        document = new AssessmentDocument(AssessmentJson.mapper().readValue(
                Scenarios.folder().resolve("onprem-ntlm-2016.eacplan.json").toFile(), Assessment.class));
        evaluation = new EvaluationViewModel(document, Planner.forLocale(Locale.ENGLISH),
                Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        evaluation.asOfProperty().set(AS_OF);
        vm = new FindingsViewModel(evaluation, document, () -> AS_OF);
    }

    private List<Finding> shownFindings() {
        return vm.shown().groups().stream().flatMap(g -> g.areas().stream()).flatMap(a -> a.findings().stream())
                .toList();
    }

    @Test
    void theGroupsAreTheDomainsGroupingOfThePlan() {
        assertThat(vm.shown().groups()).isEqualTo(FindingGroups.of(evaluation.plan().findings(), f -> true));
        assertThat(shownFindings()).hasSameSizeAs(evaluation.plan().findings()).isNotEmpty();
        assertThat(vm.shown().noneKey()).isNull();
        assertThat(vm.shown().asOf()).isEqualTo(AS_OF);
    }

    @Test
    void filtersAndSearchNarrowTheListAndSayWhyItIsEmpty() {
        Finding any = evaluation.plan().findings().get(0);
        vm.queryProperty().set(any.ruleId().toLowerCase(Locale.ROOT));
        assertThat(shownFindings()).extracting(Finding::ruleId).contains(any.ruleId());

        for (Severity s : Severity.values()) {
            vm.filterProperty(s).set(s == any.severity());
        }
        assertThat(shownFindings()).allMatch(f -> f.severity() == any.severity());

        vm.queryProperty().set("no finding says this");
        assertThat(vm.shown().groups()).isEmpty();
        assertThat(vm.shown().noneKey()).isEqualTo("findings.noMatch");
    }

    @Test
    void acceptingAndWithdrawingARiskChangeTheDocumentAndTheFinding() {
        Finding f = evaluation.plan().findings().get(0);
        vm.accept(f.ruleId(), "pilot only", vm.defaultAcceptedBy(), LocalDate.of(2027, 3, 1));

        assertThat(document.assessment().acceptedRisks()).singleElement().satisfies(r -> {
            assertThat(r.ruleId()).isEqualTo(f.ruleId());
            assertThat(r.acceptedOn()).isEqualTo(AS_OF);
            assertThat(r.acceptedBy()).as("whoever prepared the assessment").isEqualTo("Jordan Lee");
            assertThat(r.rationale()).isEqualTo("pilot only");
            assertThat(r.expires()).isEqualTo(LocalDate.of(2027, 3, 1));
        });
        assertThat(shownFindings()).filteredOn(x -> x.ruleId().equals(f.ruleId())).singleElement()
                .satisfies(x -> assertThat(x.accepted()).isTrue());

        vm.withdraw(f.ruleId());
        assertThat(document.assessment().acceptedRisks()).isEmpty();
        assertThat(shownFindings()).filteredOn(x -> x.ruleId().equals(f.ruleId())).singleElement()
                .satisfies(x -> assertThat(x.accepted()).isFalse());
    }

    @Test
    void theDefaultOrderIsMostUrgentFirstAndTheFilterAppliesToIt() {
        assertThat(vm.orderProperty().get()).isEqualTo(FindingOrder.URGENCY);
        assertThat(vm.shown().order()).isEqualTo(FindingOrder.URGENCY);
        assertThat(vm.shown().byUrgency()).isEqualTo(FindingOrder.byUrgency(evaluation.plan().findings()));
        vm.filterProperty(Severity.INFO).set(false);
        assertThat(vm.shown().byUrgency()).isNotEmpty().noneMatch(f -> f.severity() == Severity.INFO);
        vm.orderProperty().set(FindingOrder.SEVERITY);
        assertThat(vm.shown().order()).isEqualTo(FindingOrder.SEVERITY);
    }
}
