package org.eacplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.eacplanner.rules.RuleTableTest.GOV;
import static org.eacplanner.rules.RuleTableTest.LS;
import static org.eacplanner.rules.RuleTableTest.NOT_GOV;
import static org.eacplanner.rules.RuleTableTest.O365;
import static org.eacplanner.rules.RuleTableTest.ONPREM;
import static org.eacplanner.rules.RuleTableTest.SVC_METHOD;
import static org.eacplanner.rules.RuleTableTest.evaluate;
import static org.eacplanner.rules.RuleTableTest.part;
import static org.eacplanner.rules.RuleTableTest.row;
import static org.eacplanner.rules.RuleTableTest.unknown;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eacplanner.model.Severity;
import org.eacplanner.rules.RuleTableTest.Part;
import org.eacplanner.rules.RuleTableTest.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules new in catalog 2026.12, table-driven from rules.md like {@link RuleTableTest}: each fires on its
 * smallest inventory, not when one positive part is false or unknown; a negated part stops it when made false
 * ({@code kills}) and still lets it fire when unknown (the smallest inventory leaves it out). A rule the shipped
 * catalog does not have yet is skipped.
 */
class NewRuleTableTest {

    static final Part EAC = part("eac.enabled", true, false);
    static final Part EAC_EWS = part("eac.microsoftAuthMethod", "EWS", "GRAPH");
    static final Part HYBRID = part("exchange.deployment", "HYBRID", "ON_PREMISES");

    static final List<Row> TABLE = List.of(
            row("EAC-SVC-ACCOUNT-O365", null, List.of(O365, EAC,
                    part("eac.connectionMethod", "SERVICE_ACCOUNT", "USER_LEVEL")),
                    Map.of("eac.microsoftAuthMethod", "NONE"), Map.of("eac.microsoftAuthMethod", "GRAPH")),
            row("EAC-GRAPH-USER-RECONNECT", Severity.INFO, List.of(O365, EAC, EAC_EWS,
                    part("eac.connectionMethod", "USER_LEVEL", "ORG_LEVEL")), NOT_GOV, Map.of()),
            row("EAC-GRAPH-RBAC-LATER", Severity.INFO, List.of(O365, EAC, EAC_EWS,
                    part("eac.connectionMethod", "ORG_LEVEL", "USER_LEVEL")), NOT_GOV, Map.of()),
            row("INBOX-GRAPH-UPGRADE", null, List.of(O365, part("eac.inboxMicrosoftAuthMethod", "EWS", "GRAPH")),
                    NOT_GOV, Map.of("exchange.deployment", "HYBRID")),
            row("EAC-RETENTION-STANDARD", Severity.WARNING, List.of(
                    part("eac.licenses", List.of("STANDARD"), List.of("SALES_CLOUD_EINSTEIN")),
                    part("eac.emailCaptureWanted", true, false)),
                    Map.of("eac.syncEmailAsActivity", true), Map.of("eac.syncEmailAsActivity", false)),
            row("EAC-CONTACT-DUPLICATES", Severity.WARNING, List.of(LS, part("lightningSync.configurations",
                    List.of(Map.of("name", "a", "syncContacts", true, "contactsDirection", "BOTH")),
                    List.of(Map.of("name", "a", "syncContacts", true, "contactsDirection", "SALESFORCE_TO_EXCHANGE"))))),
            row("EAC-RECURRING-EVENTS", Severity.WARNING, List.of(LS,
                    part("lightningSync.classicRecurringEventsInUse", true, false),
                    part("lightningSync.configurations", List.of(Map.of("name", "a", "syncEvents", true)),
                            List.of(Map.of("name", "a", "syncEvents", false))))),
            row("EAC-PRIVATE-EVENTS", Severity.INFO, List.of(LS, part("lightningSync.configurations",
                    List.of(Map.of("name", "a", "syncEvents", true, "syncPrivateEvents", true)),
                    List.of(Map.of("name", "a", "syncEvents", true, "syncPrivateEvents", false))))),
            row("EAC-PRIMARY-UPN", Severity.WARNING, List.of(part("eac.userEmailsArePrimaryUpn", false, true), LS)),
            row("EAC-ONPREM-EWS", Severity.INFO, List.of(ONPREM, LS), Map.of(), Map.of("exchange.deployment", "HYBRID")),
            row("EAC-AUTO-CONFIG", Severity.INFO, List.of(EAC, part("eac.usersWithoutConfiguration", 1, 0))),
            row("HYBRID-COEXISTENCE", null, List.of(HYBRID, part("exchange.hybridConfigurationPresent", true, false)),
                    Map.of("exchange.hybridGraphPermissions", true), Map.of("exchange.hybridGraphPermissions", false)),
            row("GOV-LS-EWS-EXO", null, List.of(GOV, LS, O365), Map.of(),
                    Map.of("org.cloud", "GOVERNMENT_CLOUD_PLUS")),
            row("EXO-EWS-DISABLED", Severity.BLOCKER, List.of(O365, part("exchange.exoEwsEnabled", "FALSE", "TRUE"), LS),
                    Map.of(), Map.of("org.cloud", "GOVERNMENT_CLOUD", "exchange.deployment", "HYBRID")),
            row("SVC-EWS-BLOCKED", Severity.BLOCKER, List.of(ONPREM, LS, SVC_METHOD,
                    part("lightningSync.serviceAccountEwsEnabled", false, true))),
            row("CERT-EXPIRING", Severity.WARNING, List.of(ONPREM,
                    part("exchange.certificateExpiresOn", "2026-12-10", "2027-06-01"))),
            row("GAP-EAC-CONNECTION", Severity.GAP, List.of(O365, EAC, EAC_EWS,
                    unknown("eac.connectionMethod", "USER_LEVEL")), NOT_GOV, Map.of()));

    static void assumeShipped(String ruleId) {
        assumeThat(Catalog.shipped().rule(ruleId)).as(ruleId + " is not in the shipped catalog yet").isPresent();
    }

    static Stream<Row> table() {
        return TABLE.stream();
    }

    @ParameterizedTest(name = "{0} fires on its smallest inventory")
    @MethodSource("table")
    void firesOnTheSmallestInventory(Row row) {
        assumeShipped(row.ruleId());
        Optional<Finding> f = evaluate(row.minimal(), row.ruleId());
        assertThat(f).as(row.ruleId() + " on " + row.minimal()).isPresent();
        assertThat(f.get().title()).isNotBlank();
        assertThat(f.get().advice()).isNotBlank();
        assertThat(f.get().sources()).isNotEmpty();
        if (row.severity() != null) {
            assertThat(f.get().severity()).isEqualTo(row.severity());
        } else {
            assertThat(f.get().deadline()).isNotNull();
        }
    }

    static Stream<Arguments> breakingOnePart() {
        List<Arguments> cases = new ArrayList<>();
        for (Row row : TABLE) {
            for (Part p : row.parts()) {
                Map<String, Object> falsified = new LinkedHashMap<>(row.minimal());
                falsified.put(p.path(), p.falsifier());
                cases.add(Arguments.of(row, p.path() + " = " + p.falsifier(), falsified));
                if (row.minimal().containsKey(p.path())) {
                    Map<String, Object> unknown = new LinkedHashMap<>(row.minimal());
                    unknown.remove(p.path());
                    cases.add(Arguments.of(row, p.path() + " unknown", unknown));
                }
            }
            row.kills().forEach((path, value) -> {
                Map<String, Object> killed = new LinkedHashMap<>(row.minimal());
                killed.put(path, value);
                cases.add(Arguments.of(row, "negated part " + path + " = " + value, killed));
            });
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} does not fire when {1}")
    @MethodSource("breakingOnePart")
    void doesNotFireWhenAnyOnePartIsFalseOrUnknown(Row row, String change, Map<String, Object> answers) {
        assumeShipped(row.ruleId());
        assertThat(evaluate(answers, row.ruleId())).as(row.ruleId() + " with " + change).isEmpty();
    }

    static Stream<Arguments> otherWaysToFire() {
        return TABLE.stream().flatMap(row -> row.alsoFires().entrySet().stream().map(e -> {
            Map<String, Object> answers = new LinkedHashMap<>(row.minimal());
            answers.put(e.getKey(), e.getValue());
            return Arguments.of(row, e.getKey() + " = " + e.getValue(), answers);
        }));
    }

    @ParameterizedTest(name = "{0} also fires with {1}")
    @MethodSource("otherWaysToFire")
    void alsoFiresWithOtherValuesThatMeetTheCondition(Row row, String change, Map<String, Object> answers) {
        assumeShipped(row.ruleId());
        assertThat(evaluate(answers, row.ruleId())).as(row.ruleId() + " with " + change).isPresent();
    }

    static Stream<Arguments> certificate() {
        return Stream.of(Arguments.of(31, null, null), Arguments.of(30, Severity.WARNING, "expires December 24, 2026"),
                Arguments.of(0, Severity.WARNING, "expires today"),
                Arguments.of(-1, Severity.BLOCKER, "expired on November 23, 2026"));
    }

    @ParameterizedTest(name = "CERT-EXPIRING at {0} days: {1}")
    @MethodSource("certificate")
    void certificateExpiryBoundaries(int days, Severity severity, String phrase) {
        assumeShipped("CERT-EXPIRING");
        LocalDate asOf = RuleTableTest.AS_OF;
        Optional<Finding> f = evaluate(Map.of("exchange.deployment", "ON_PREMISES", "exchange.certificateExpiresOn",
                asOf.plusDays(days).toString()), "CERT-EXPIRING", asOf);
        if (severity == null) {
            assertThat(f).isEmpty();
            return;
        }
        assertThat(f.orElseThrow().severity()).isEqualTo(severity);
        assertThat(f.get().daysLeft()).isEqualTo((long) days);
        assertThat(f.get().deadlinePhrase()).startsWith(phrase);
    }
}
