package org.eacplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.eacplanner.testing.Inventories.assessment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eacplanner.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Dated boundaries of LS-RETIREMENT and CATALOG-REVIEW-DUE, and the texts of GAP-SERVER-SETTINGS and LS-SVC-ACCOUNT-EXO. */
class CatalogDatesAndTextsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> retirement() {
        return Stream.of(
                Arguments.of("2027-03-31", Severity.WARNING, DeadlineStatus.AHEAD,
                        "April 2027 · 1 day left, counted to 1 April 2027 · "),
                Arguments.of("2027-04-01", Severity.BLOCKER, DeadlineStatus.DUE, "April 2027 · due this month, day not stated · "),
                Arguments.of("2027-04-30", Severity.BLOCKER, DeadlineStatus.DUE, "April 2027 · due this month, day not stated · "),
                Arguments.of("2027-05-01", Severity.BLOCKER, DeadlineStatus.PASSED, "since April 2027 · "));
    }

    @ParameterizedTest(name = "LS-RETIREMENT as of {0}: {1} {2}")
    @MethodSource("retirement")
    void lightningSyncRetirementAroundApril2027(String asOf, Severity severity, DeadlineStatus status, String phrase) {
        Finding f = RuleTableTest.evaluate(Map.of("lightningSync.inUse", true), "LS-RETIREMENT", LocalDate.parse(asOf))
                .orElseThrow();
        assertThat(f.severity()).isEqualTo(severity);
        assertThat(f.deadlineStatus()).isEqualTo(status);
        assertThat(f.deadlinePhrase()).startsWith(phrase);
    }

    static Stream<Arguments> review() {
        return Stream.of(Arguments.of(90, null), Arguments.of(91, Severity.INFO), Arguments.of(180, Severity.INFO),
                Arguments.of(181, Severity.WARNING));
    }

    @ParameterizedTest(name = "CATALOG-REVIEW-DUE at reviewedOn + {0}: {1}")
    @MethodSource("review")
    void catalogReviewDue(int days, Severity severity) {
        assumeThat(Catalog.shipped().rule("CATALOG-REVIEW-DUE")).isPresent();
        Optional<Finding> f = RuleTableTest.evaluate(Map.of(), "CATALOG-REVIEW-DUE",
                Catalog.shipped().reviewedOn().plusDays(days));
        if (severity == null) {
            assertThat(f).isEmpty();
        } else {
            assertThat(f.orElseThrow().severity()).isEqualTo(severity);
        }
    }

    private static ObjectNode shipped() throws Exception {
        try (InputStream in = Catalog.class.getResourceAsStream(Catalog.RESOURCE)) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    /** The shipped catalog, with GAP-SERVER-SETTINGS given {settings} texts where the file has none yet. */
    private static Catalog withSettingsTexts() throws Exception {
        ObjectNode root = shipped();
        for (var r : (ArrayNode) root.get("rules")) {
            ObjectNode rule = (ObjectNode) r;
            if (rule.path("id").asText().equals("GAP-SERVER-SETTINGS") && !rule.path("params").has("settings")) {
                ArrayNode fields = rule.putObject("params").putObject("settings").putArray("unknownOf");
                for (String f : new String[] {"exchange.ewsEnabled", "exchange.ewsOverSsl", "exchange.autodiscoverEnabled",
                        "exchange.tlsVersion", "exchange.authMethods", "exchange.certificateChainComplete",
                        "exchange.certificateApproved", "exchange.inbound443Open"}) {
                    fields.add(f);
                }
                ObjectNode texts = rule.putObject("texts");
                texts.putObject("en").put("title", "Unknown").put("detail", "Unknown: {settings}.").put("advice", "Check.");
                texts.putObject("de").put("title", "Unbekannt").put("detail", "Unbekannt: {settings}.").put("advice", "Prüfen.");
            }
        }
        return Catalog.load(new ByteArrayInputStream(JSON.writeValueAsBytes(root)));
    }

    @Test
    void serverSettingsGapNamesOnlyTheUnknownSettings() throws Exception {
        Catalog catalog = withSettingsTexts();
        Map<String, Object> answers = new LinkedHashMap<>(RuleTableTest.SERVER_SETTINGS_KNOWN);
        answers.put("exchange.deployment", "ON_PREMISES");
        answers.remove("exchange.ewsEnabled");
        answers.remove("exchange.tlsVersion");
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            Finding f = new RuleEngine(catalog, new CatalogTexts(locale)).evaluate(assessment(answers),
                    RuleTableTest.AS_OF).stream().filter(x -> x.ruleId().equals("GAP-SERVER-SETTINGS")).findFirst()
                    .orElseThrow();
            String all = f.title() + " " + f.detail() + " " + f.advice();
            if (locale == Locale.ENGLISH) {
                assertThat(all).contains("EWS enabled (live check: EWS_AUTH; cmdlet: Get-WebServicesVirtualDirectory)")
                        .contains("TLS version (live check: TLS_CERT)")
                        .doesNotContain("EWS over SSL", "Autodiscover enabled", "authentication methods",
                                "certificate chain", "443");
            } else {
                assertThat(all).contains("EWS aktiviert (Live-Prüfung: EWS_AUTH; Cmdlet: Get-WebServicesVirtualDirectory)")
                        .contains("TLS-Version (Live-Prüfung: TLS_CERT)")
                        .doesNotContain("EWS über SSL", "AutoErmittlung", "Zertifikatskette", "443");
            }
        }
    }

    @Test
    void serviceAccountOnExchangeOnlineHybridVariantNamesExchangeOnlineMailboxes() {
        Rule rule = Catalog.shipped().rule("LS-SVC-ACCOUNT-EXO").orElseThrow();
        assumeThat(rule.texts().variants()).as("variants arrive with catalog 2026.12").isNotEmpty();
        Finding f = RuleTableTest.evaluate(Map.of("lightningSync.inUse", true, "lightningSync.connectionMethod",
                "SERVICE_ACCOUNT", "exchange.deployment", "HYBRID"), "LS-SVC-ACCOUNT-EXO").orElseThrow();
        assertThat(f.title() + " " + f.detail() + " " + f.advice()).contains("Exchange Online mailboxes");
    }
}
