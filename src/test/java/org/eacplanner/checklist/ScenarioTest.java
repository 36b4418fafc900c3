package org.eacplanner.checklist;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The spec's example scenarios give exactly their expected rule IDs per severity and their last checklist item. */
class ScenarioTest {

    static List<Path> scenarios() {
        return Scenarios.files();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void scenarioGivesItsExpectedFindings(Path file) throws Exception {
        JsonNode expected = new ObjectMapper().readTree(Scenarios.expectedFor(file).toFile());
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
    }
}
