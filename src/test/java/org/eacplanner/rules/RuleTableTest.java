package org.eacplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eacplanner.testing.Inventories.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eacplanner.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the catalog, table-driven from rules.md: it fires on the smallest inventory that meets its
 * condition, and does not fire when any one positive part of the condition is false or unknown; negated parts
 * ({@code not gov}) hold when unknown and stop the rule when they are known and true.
 */
class RuleTableTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    private static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "(unknown)";
        }
    };

    /** A part of a condition: {@code value} makes it true; {@code falsifier} (and, unless value is ABSENT, null) false. */
    record Part(String path, Object value, Object falsifier) {
    }

    record Row(String ruleId, Severity severity, List<Part> parts, Map<String, Object> kills,
            Map<String, Object> alsoFires) {
        Map<String, Object> minimal() {
            Map<String, Object> m = new LinkedHashMap<>();
            parts.stream().filter(p -> p.value() != ABSENT).forEach(p -> m.put(p.path(), p.value()));
            return m;
        }

        @Override
        public String toString() {
            return ruleId;
        }
    }

    static Part part(String path, Object value, Object falsifier) {
        return new Part(path, value, falsifier);
    }

    static Part unknown(String path, Object knownValue) {
        return new Part(path, ABSENT, knownValue);
    }

    static final Part LS = part("lightningSync.inUse", true, false);
    static final Part SVC_METHOD = part("lightningSync.connectionMethod", "SERVICE_ACCOUNT", "USER_OAUTH");
    static final Part O365 = part("exchange.deployment", "EXCHANGE_ONLINE", "ON_PREMISES");
    static final Part ONPREM = part("exchange.deployment", "ON_PREMISES", "EXCHANGE_ONLINE");
    static final Part GOV = part("org.cloud", "GOVERNMENT_CLOUD", "COMMERCIAL");
    static final Map<String, Object> NOT_GOV = Map.of("org.cloud", "GOVERNMENT_CLOUD");

    static Row row(String id, Severity severity, List<Part> parts) {
        return new Row(id, severity, parts, Map.of(), Map.of());
    }

    static Row row(String id, Severity severity, List<Part> parts, Map<String, Object> kills,
            Map<String, Object> alsoFires) {
        return new Row(id, severity, parts, kills, alsoFires);
    }

    static final List<Row> TABLE = List.of(
            row("LS-RETIREMENT", null, List.of(LS), NOT_GOV, Map.of()),
            row("LS-EWS-EXO", null, List.of(LS, O365), NOT_GOV, Map.of("exchange.deployment", "HYBRID")),
            row("LS-SVC-ACCOUNT-EXO", Severity.BLOCKER, List.of(LS, SVC_METHOD, O365), Map.of(),
                    Map.of("exchange.deployment", "HYBRID", "org.cloud", "GOVERNMENT_CLOUD")),
            row("EWS-DISABLED", Severity.BLOCKER, List.of(ONPREM, part("exchange.ewsEnabled", false, true)), Map.of(),
                    Map.of("exchange.deployment", "HYBRID")),
            row("EWS-NO-SSL", Severity.BLOCKER, List.of(ONPREM, part("exchange.ewsOverSsl", false, true))),
            row("AUTODISCOVER-DISABLED", Severity.BLOCKER,
                    List.of(ONPREM, part("exchange.autodiscoverEnabled", false, true))),
            row("AUTH-NO-BASIC-NTLM", Severity.BLOCKER,
                    List.of(ONPREM, LS, SVC_METHOD, part("exchange.authMethods", List.of("NEGOTIATE"), List.of("NTLM"))),
                    Map.of("exchange.authMethods", List.of("BASIC", "OAUTH")),
                    Map.of("exchange.authMethods", List.of())),
            row("AUTH-BASIC-PREFERRED", Severity.INFO,
                    List.of(ONPREM, LS, SVC_METHOD, part("exchange.authMethods", List.of("BASIC", "NTLM"), List.of("NTLM"))),
                    Map.of("exchange.authMethods", List.of("BASIC", "NEGOTIATE")), Map.of("exchange.deployment", "HYBRID")),
            row("LS-HYBRID-UNSUPPORTED", Severity.WARNING, List.of(LS, part("exchange.deployment", "HYBRID", "ON_PREMISES")),
                    Map.of("exchange.deployment", "EXCHANGE_ONLINE"), Map.of()),
            row("EXCHANGE-VERSION-UNSUPPORTED", Severity.BLOCKER,
                    List.of(LS, ONPREM, part("exchange.serverVersion", "EXCHANGE_2010", "EXCHANGE_2013"))),
            row("TLS-BELOW-1-2", Severity.BLOCKER, List.of(ONPREM, part("exchange.tlsVersion", "TLS_1_0", "TLS_1_2")),
                    Map.of("exchange.tlsVersion", "TLS_1_3"), Map.of("exchange.tlsVersion", "TLS_1_1")),
            row("CERT-CHAIN-INCOMPLETE", Severity.BLOCKER,
                    List.of(ONPREM, part("exchange.certificateChainComplete", false, true))),
            row("CA-NOT-APPROVED", Severity.BLOCKER, List.of(ONPREM, part("exchange.certificateApproved", false, true))),
            row("FIREWALL-443", Severity.BLOCKER, List.of(ONPREM, part("exchange.inbound443Open", false, true))),
            row("IMPERSONATION-MISSING", Severity.BLOCKER,
                    List.of(ONPREM, LS, SVC_METHOD, part("lightningSync.impersonationGranted", false, true))),
            row("EXCHANGE-EOL", null, List.of(ONPREM, part("exchange.serverVersion", "EXCHANGE_2016", "EXCHANGE_SE")),
                    Map.of(), Map.of("exchange.serverVersion", "EXCHANGE_2013")),
            row("EXCHANGE-SE-UNLISTED", Severity.INFO,
                    List.of(ONPREM, part("exchange.serverVersion", "EXCHANGE_SE", "EXCHANGE_2019"))),
            row("EDITION-NOT-LISTED", Severity.WARNING, List.of(LS, part("org.edition", "ESSENTIALS", "ENTERPRISE")),
                    Map.of("org.edition", "DEVELOPER"), Map.of("org.edition", "GROUP")),
            row("EAC-GRAPH-UPGRADE", null, List.of(O365, part("eac.enabled", true, false),
                    part("eac.microsoftAuthMethod", "EWS", "GRAPH")), NOT_GOV, Map.of("exchange.deployment", "HYBRID")),
            row("EAC-REPORTING-CHANGE", Severity.WARNING, List.of(part("eac.reportsDependOnActivityRecords", true, false))),
            row("EAC-CLASSIC-USERS", Severity.WARNING,
                    List.of(LS, part("org.userInterfaces", List.of("CLASSIC"), List.of("LIGHTNING", "MOBILE")))),
            row("LS-SYNC-ERRORS", Severity.WARNING, List.of(LS, part("lightningSync.usersWithErrors", 1, 0))),
            row("EVENTS-USERS-SELECT", Severity.WARNING, List.of(LS, part("lightningSync.configurations",
                    List.of(Map.of("name", "a", "eventsScope", "ALL"), Map.of("name", "b", "eventsScope", "USERS_SELECT")),
                    List.of(Map.of("name", "a", "eventsScope", "ALL"))))),
            row("LS-NOT-FOR-NEW", Severity.INFO, List.of(part("lightningSync.inUse", false, true)),
                    Map.of("eac.enabled", true), Map.of("eac.enabled", false)),
            row("GOV-EAC-BOUNDARY", Severity.WARNING, List.of(GOV), Map.of(),
                    Map.of("org.cloud", "GOVERNMENT_CLOUD_PLUS")),
            row("LS-EAC-SAME-USERS", Severity.INFO, List.of(LS, part("eac.enabled", true, false))),
            row("GOV-CLOUD-EXEMPT", Severity.INFO, List.of(GOV, LS)),
            row("MS-GOV-TENANT", Severity.WARNING, List.of(part("exchange.microsoftCloud", "GCC_HIGH", "GCC")),
                    Map.of("exchange.microsoftCloud", "WORLDWIDE"), Map.of("exchange.microsoftCloud", "DOD")),
            row("MS-CHINA-TENANT", Severity.WARNING,
                    List.of(part("exchange.microsoftCloud", "CHINA_21VIANET", "WORLDWIDE"))),
            row("GAP-LS-IN-USE", Severity.GAP, List.of(unknown("lightningSync.inUse", false))),
            row("GAP-DEPLOYMENT", Severity.GAP, List.of(LS, unknown("exchange.deployment", "EXCHANGE_ONLINE"))),
            row("GAP-CONNECTION-METHOD", Severity.GAP, List.of(LS, unknown("lightningSync.connectionMethod", "USER_OAUTH"))),
            row("GAP-CLOUD", Severity.GAP, List.of(unknown("org.cloud", "COMMERCIAL"))),
            row("GAP-SERVER-SETTINGS", Severity.GAP, List.of(ONPREM)),
            row("GAP-IMPERSONATION", Severity.GAP,
                    List.of(ONPREM, LS, SVC_METHOD, unknown("lightningSync.impersonationGranted", true))),
            row("GAP-SERVER-VERSION", Severity.GAP, List.of(ONPREM, unknown("exchange.serverVersion", "EXCHANGE_2019"))),
            row("GAP-EAC-AUTH", Severity.GAP, List.of(O365, part("eac.enabled", true, false),
                    unknown("eac.microsoftAuthMethod", "GRAPH"))));

    private static final RuleEngine ENGINE = new RuleEngine(Catalog.shipped(), new CatalogTexts(Locale.ENGLISH));

    static Optional<Finding> evaluate(Map<String, Object> answers, String ruleId) {
        return evaluate(answers, ruleId, AS_OF);
    }

    static Optional<Finding> evaluate(Map<String, Object> answers, String ruleId, LocalDate asOf) {
        return ENGINE.evaluate(assessment(answers), asOf).stream().filter(f -> f.ruleId().equals(ruleId)).findFirst();
    }

    static Stream<Row> table() {
        return TABLE.stream();
    }

    @Test
    void theTableCoversEveryRuleOfTheCatalog() {
        List<String> covered = new ArrayList<>(TABLE.stream().map(Row::ruleId).toList());
        NewRuleTableTest.TABLE.forEach(r -> covered.add(r.ruleId()));
        covered.add("CATALOG-REVIEW-DUE"); // by date, in CatalogDatesAndTextsTest
        assertThat(covered).containsExactlyInAnyOrderElementsOf(
                Catalog.shipped().rules().stream().map(Rule::id).toList());
    }

    @ParameterizedTest(name = "{0} fires on its smallest inventory")
    @MethodSource("table")
    void firesOnTheSmallestInventory(Row row) {
        Optional<Finding> f = evaluate(row.minimal(), row.ruleId());
        assertThat(f).as(row.ruleId() + " on " + row.minimal()).isPresent();
        Rule rule = Catalog.shipped().rule(row.ruleId()).orElseThrow();
        assertThat(f.get().area()).isEqualTo(rule.area());
        assertThat(f.get().sources()).isNotEmpty();
        assertThat(f.get().advice()).isNotBlank();
        assertThat(f.get().title()).isNotBlank();
        if (row.severity() != null) {
            assertThat(f.get().severity()).isEqualTo(row.severity());
            assertThat(f.get().deadline()).isNull();
            assertThat(f.get().daysLeft()).isNull();
        } else {
            assertThat(f.get().deadline()).isNotNull();
            assertThat(f.get().daysLeft()).isNotNull();
        }
    }

    static Stream<Arguments> breakingOnePart() {
        List<Arguments> cases = new ArrayList<>();
        for (Row row : TABLE) {
            for (Part p : row.parts()) {
                Map<String, Object> falsified = new LinkedHashMap<>(row.minimal());
                falsified.put(p.path(), p.falsifier());
                cases.add(Arguments.of(row, p.path() + " = " + p.falsifier(), falsified));
                if (p.value() != ABSENT) {
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
        assertThat(evaluate(answers, row.ruleId())).as(row.ruleId() + " with " + change).isPresent();
    }

    static final Map<String, Object> SERVER_SETTINGS_KNOWN = Map.of(
            "exchange.ewsEnabled", true, "exchange.ewsOverSsl", true, "exchange.autodiscoverEnabled", true,
            "exchange.tlsVersion", "TLS_1_2", "exchange.authMethods", List.of("NTLM"),
            "exchange.certificateChainComplete", true, "exchange.certificateApproved", true,
            "exchange.inbound443Open", true);

    @Test
    void serverSettingsGapFiresForEachUnknownSettingAlone() {
        Map<String, Object> all = new LinkedHashMap<>(SERVER_SETTINGS_KNOWN);
        all.put("exchange.deployment", "ON_PREMISES");
        assertThat(evaluate(all, "GAP-SERVER-SETTINGS")).isEmpty();
        for (String setting : SERVER_SETTINGS_KNOWN.keySet()) {
            Map<String, Object> oneUnknown = new LinkedHashMap<>(all);
            oneUnknown.remove(setting);
            assertThat(evaluate(oneUnknown, "GAP-SERVER-SETTINGS")).as(setting + " unknown").isPresent();
        }
        all.remove("exchange.inbound443Open");
        all.put("exchange.deployment", "EXCHANGE_ONLINE");
        assertThat(evaluate(all, "GAP-SERVER-SETTINGS")).as("Exchange Online ignores server fields").isEmpty();
    }
}
