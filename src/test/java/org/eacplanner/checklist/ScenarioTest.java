package org.eacplanner.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eacplanner.model.Severity;
import org.eacplanner.rules.Finding;
import org.eacplanner.storage.AssessmentReader;
import org.eacplanner.storage.Scenarios;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The spec's example scenarios give exactly their expected rule IDs per severity and their last checklist item, and,
 * where the expected file has them, every checklist item in order ({@code checklist}), the deadline keys of the
 * named findings ({@code deadlines}) and the catalog stamp ({@code catalog}). An expected file written for another
 * catalog version than the shipped one is skipped (the findings differ between catalogs).
 */
class ScenarioTest {

    static List<Path> scenarios() {
        return Scenarios.files();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void scenarioGivesItsExpectedFindings(Path file) throws Exception {
        JsonNode expected = new ObjectMapper().readTree(Scenarios.expectedFor(file).toFile());
        if (expected.has("catalog")) {
            assumeThat(org.eacplanner.rules.Catalog.shipped().version()).as(file.getFileName()
                    + " is expected for another catalog").isEqualTo(expected.path("catalog").path("catalogVersion").asText());
        }
        Plan plan = Planner.forLocale(Locale.ENGLISH).evaluate(new AssessmentReader().loadStrict(file).assessment(),
                LocalDate.parse(expected.get("asOf").asText()));

        Map<Severity, Set<String>> found = plan.findings().stream().collect(Collectors.groupingBy(Finding::severity,
                Collectors.mapping(Finding::ruleId, Collectors.toSet())));
        Map<String, Severity> keys = Map.of("blockers", Severity.BLOCKER, "warnings", Severity.WARNING,
                "gaps", Severity.GAP, "infos", Severity.INFO);
        keys.forEach((key, severity) -> {
            if (expected.has(key)) {
                Set<String> want = new HashSet<>();
                expected.get(key).forEach(n -> want.add(n.asText()));
                assertThat(found.getOrDefault(severity, Set.of())).as(file.getFileName() + " " + key)
                        .containsExactlyInAnyOrderElementsOf(want);
            }
        });
        assertThat(plan.checklist().get(plan.checklist().size() - 1).itemId())
                .isEqualTo(expected.get("checklistEndsWith").asText());
        if (expected.has("checklist")) {
            List<String> want = new java.util.ArrayList<>();
            expected.get("checklist").forEach(n -> want.add(n.asText()));
            assertThat(plan.checklist().stream().map(ChecklistEntry::itemId).toList()).as(file.getFileName() + " checklist")
                    .containsExactlyElementsOf(want);
        }
        expected.path("deadlines").fields().forEachRemaining(e -> {
            Finding f = plan.findings().stream().filter(x -> x.ruleId().equals(e.getKey())).findFirst().orElse(null);
            assertThat(f).as(file.getFileName() + " " + e.getKey()).isNotNull();
            JsonNode d = e.getValue();
            String at = file.getFileName() + " " + e.getKey() + " ";
            assertThat(String.valueOf(f.deadline())).as(at + "deadline").isEqualTo(d.path("deadline").asText());
            assertThat(f.daysLeft()).as(at + "daysLeft").isEqualTo(d.path("daysLeft").asLong());
            assertThat(String.valueOf(f.deadlinePrecision())).as(at + "precision").isEqualTo(d.path("deadlinePrecision").asText());
            assertThat(f.deadlineText()).as(at + "deadlineText").isEqualTo(d.path("deadlineText").asText());
            assertThat(String.valueOf(f.deadlineStatus())).as(at + "status").isEqualTo(d.path("deadlineStatus").asText());
            assertThat(String.valueOf(f.deadlineEvidence())).as(at + "evidence").isEqualTo(d.path("deadlineEvidence").asText());
        });
        if (expected.has("catalog")) {
            assertThat(plan.stamp().version()).isEqualTo(expected.path("catalog").path("catalogVersion").asText());
            assertThat(String.valueOf(plan.stamp().reviewedOn()))
                    .isEqualTo(expected.path("catalog").path("catalogReviewedOn").asText());
        }
    }
}
