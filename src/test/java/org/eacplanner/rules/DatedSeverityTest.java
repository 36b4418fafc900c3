package org.eacplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eacplanner.rules.RuleTableTest.evaluate;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eacplanner.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** rules.md "Dated severity": daysLeft ≤ 0 BLOCKER, 1–180 WARNING, over 180 INFO; and EXCHANGE-EOL's two phases. */
class DatedSeverityTest {

    static Stream<Arguments> datedRules() {
        return Stream.of(
                Arguments.of("LS-RETIREMENT", LocalDate.of(2027, 4, 1), Map.of("lightningSync.inUse", true)),
                Arguments.of("LS-EWS-EXO", LocalDate.of(2026, 10, 1),
                        Map.of("lightningSync.inUse", true, "exchange.deployment", "EXCHANGE_ONLINE")),
                Arguments.of("EAC-GRAPH-UPGRADE", LocalDate.of(2026, 10, 1), Map.of("exchange.deployment", "HYBRID",
                        "eac.enabled", true, "eac.microsoftAuthMethod", "EWS")));
    }

    @ParameterizedTest(name = "{0} (deadline {1})")
    @MethodSource("datedRules")
    void severityFollowsTheDaysLeft(String ruleId, LocalDate deadline, Map<String, Object> answers) {
        Map<Integer, Severity> expected = new LinkedHashMap<>();
        expected.put(365, Severity.INFO);
        expected.put(181, Severity.INFO);
        expected.put(180, Severity.WARNING);
        expected.put(1, Severity.WARNING);
        expected.put(0, Severity.BLOCKER);
        expected.put(-1, Severity.BLOCKER);
        expected.put(-54, Severity.BLOCKER);
        expected.forEach((daysLeft, severity) -> {
            Finding f = evaluate(answers, ruleId, deadline.minusDays(daysLeft)).orElseThrow();
            assertThat(f.severity()).as(ruleId + " at " + daysLeft + " days left").isEqualTo(severity);
            assertThat(f.daysLeft()).isEqualTo((long) daysLeft);
            assertThat(f.deadline()).isEqualTo(deadline);
        });
    }

    static Stream<Arguments> exchangeVersions() {
        return Stream.of(
                Arguments.of("EXCHANGE_2010", LocalDate.of(2020, 10, 13)),
                Arguments.of("EXCHANGE_2013", LocalDate.of(2023, 4, 11)),
                Arguments.of("EXCHANGE_2016", LocalDate.of(2025, 10, 14)),
                Arguments.of("EXCHANGE_2019", LocalDate.of(2025, 10, 14)));
    }

    @ParameterizedTest(name = "{0} ends support on {1}")
    @MethodSource("exchangeVersions")
    void exchangeEndOfSupportIsInfoTheDayBeforeAndWarningFromThatDay(String version, LocalDate endOfSupport) {
        Map<String, Object> answers = Map.of("exchange.deployment", "ON_PREMISES", "exchange.serverVersion", version);
        Finding before = evaluate(answers, "EXCHANGE-EOL", endOfSupport.minusDays(1)).orElseThrow();
        assertThat(before.severity()).isEqualTo(Severity.INFO);
        assertThat(before.daysLeft()).isEqualTo(1L);
        Finding on = evaluate(answers, "EXCHANGE-EOL", endOfSupport).orElseThrow();
        assertThat(on.severity()).isEqualTo(Severity.WARNING);
        assertThat(on.deadline()).isEqualTo(endOfSupport);
        Finding years = evaluate(answers, "EXCHANGE-EOL", endOfSupport.plusYears(3)).orElseThrow();
        assertThat(years.severity()).as("never a blocker").isEqualTo(Severity.WARNING);
        assertThat(before.title() + before.detail()).contains(endOfSupport.getYear() + "");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datedRules")
    void datedRulesWithNoDeadlineFieldsStillCarryTheirDeadline(String ruleId, LocalDate deadline,
            Map<String, Object> answers) {
        assertThat(List.of(evaluate(answers, ruleId, deadline).orElseThrow().deadline())).containsExactly(deadline);
    }
}
