package org.eacplanner.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import org.eacplanner.checklist.Planner;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.Severity;
import org.junit.jupiter.api.Test;

class ComparerTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    private static final String EXO = "exo-service-account";
    private static final String ONPREM = "onprem-ntlm-2016";

    private final Comparer comparer = new Comparer(Planner.forLocale(Locale.ENGLISH));

    private Comparison compare(String scenario, Consumer<ObjectNode> before, Consumer<ObjectNode> after) {
        return compare(scenario, before, after, AS_OF);
    }

    private Comparison compare(String scenario, Consumer<ObjectNode> before, Consumer<ObjectNode> after, LocalDate asOf) {
        return comparer.compare("old.eacplan.json", Variants.of(scenario, before), "new.eacplan.json",
                Variants.of(scenario, after), asOf);
    }

    private static String paths(Comparison c) {
        return String.join("\n", c.inventory().stream().map(InventoryChange::path).toList());
    }

    @Test
    void anAssessmentComparedWithItselfHasNoDifferenceEvenWithOtherBookkeeping() {
        Comparison c = compare(EXO, t -> { }, t -> {
            t.put("id", "0f7c1c9a-7777-4bbb-8ccc-123456789abc");
            t.put("createdAt", "2027-01-01T00:00:00Z");
            t.put("updatedAt", "2027-01-02T00:00:00Z");
            t.putObject("lastEvaluation").put("asOf", "2026-01-01").put("catalogVersion", "1999.1");
            ((ArrayNode) Variants.section(t, "org").get("products")).insert(0, "SERVICE_CLOUD").remove(0);
        });
        assertThat(c.isEmpty()).isTrue();
        assertThat(c.before()).isEqualTo(new Comparison.Side("old.eacplan.json", "Acme Robotics — Lightning Sync to EAC",
                java.time.Instant.parse("2026-11-24T10:00:00Z")));
        assertThat(c.catalogVersion()).isEqualTo("2026.12");
    }

    @Test
    void probeTimingsAloneAreNoDifferenceButAnOutcomeIs() {
        String target = "https://outlook.office365.com/EWS/Exchange.asmx";
        Comparison timings = compare(EXO,
                t -> Variants.probe(t, "EWS_AUTH", target, "PASS", "2026-11-20T09:00:00Z", 120),
                t -> Variants.probe(t, "EWS_AUTH", target, "PASS", "2026-12-20T17:45:10Z", 4_711));
        assertThat(timings.isEmpty()).isTrue();

        Comparison outcome = compare(EXO,
                t -> Variants.probe(t, "EWS_AUTH", target, "PASS", "2026-11-20T09:00:00Z", 120),
                t -> Variants.probe(t, "EWS_AUTH", target, "FAIL", "2026-11-20T09:00:00Z", 120));
        String probe = "$.probes[?(@.probeId=='EWS_AUTH' && @.target=='" + target + "')]";
        assertThat(outcome.inventory()).extracting(InventoryChange::path).containsExactly(probe + ".outcome",
                probe + ".steps");
        assertThat(outcome.inventory().get(0).before().textValue()).isEqualTo("PASS");
        assertThat(outcome.inventory().get(0).after().textValue()).isEqualTo("FAIL");
        assertThat(outcome.findings().isEmpty()).isTrue();
    }

    @Test
    void probesAreMatchedByProbeIdAndTargetWhateverTheirOrder() {
        Comparison c = compare(EXO, t -> {
            Variants.probe(t, "TLS_CERT", "mail.acme.example", "PASS", "2026-11-20T09:00:00Z", 1);
            Variants.probe(t, "TLS_CERT", "legacy.acme.example", "WARN", "2026-11-20T09:00:00Z", 1);
        }, t -> {
            Variants.probe(t, "TLS_CERT", "legacy.acme.example", "WARN", "2026-11-21T09:00:00Z", 2);
            Variants.probe(t, "TLS_CERT", "mail.acme.example", "PASS", "2026-11-21T09:00:00Z", 2);
            Variants.probe(t, "AUTODISCOVER_SRV", null, "SKIPPED", "2026-11-21T09:00:00Z", 0);
        });
        assertThat(paths(c)).isEqualTo("$.probes[?(@.probeId=='AUTODISCOVER_SRV' && @.target==null)]");
        assertThat(c.inventory().get(0).before().isNull()).isTrue();
        assertThat(c.inventory().get(0).after().get("outcome").textValue()).isEqualTo("SKIPPED");
    }

    @Test
    void configurationsAreMatchedByNameAndARenameIsOneRemovedAndOneAdded() {
        Comparison c = compare(EXO, t -> { }, t -> {
            ArrayNode configs = (ArrayNode) Variants.section(t, "lightningSync").get("configurations");
            ObjectNode managers = (ObjectNode) configs.remove(1);
            configs.insert(0, managers.put("syncPrivateEvents", true));
            ((ObjectNode) configs.get(1)).put("name", "Field sales");
            configs.addObject().put("name", "Support").put("assignedUsers", 12);
        });
        assertThat(paths(c)).isEqualTo("""
                $.lightningSync.configurations[?(@.name=='Managers')].syncPrivateEvents
                $.lightningSync.configurations[?(@.name=='Field sales')]
                $.lightningSync.configurations[?(@.name=='Support')]
                $.lightningSync.configurations[?(@.name=='Sales reps')]""");
        assertThat(c.inventory().get(0).before().booleanValue()).isFalse();
        assertThat(c.inventory().get(0).after().booleanValue()).isTrue();
        assertThat(c.inventory().get(1).before().isNull()).isTrue();
        assertThat(c.inventory().get(1).after().get("assignedUsers").intValue()).isEqualTo(180);
        assertThat(c.inventory().get(3).before().get("name").textValue()).isEqualTo("Sales reps");
        assertThat(c.inventory().get(3).after().isNull()).isTrue();
    }

    @Test
    void unnamedConfigurationsAreMatchedByPositionAndRepeatedNamesByIndex() {
        Comparison c = compare(EXO, t -> {
            ArrayNode configs = (ArrayNode) Variants.section(t, "lightningSync").get("configurations");
            configs.addObject().putNull("name").put("assignedUsers", 1);
            configs.addObject().put("name", "").put("assignedUsers", 2);
            ((ObjectNode) configs.get(1)).put("name", "Sales reps");
        }, t -> {
            ArrayNode configs = (ArrayNode) Variants.section(t, "lightningSync").get("configurations");
            configs.insertObject(0).put("name", "  ").put("assignedUsers", 3);
            configs.addObject().putNull("name").put("assignedUsers", 2);
            ((ObjectNode) configs.get(2)).put("name", "Sales reps").put("assignedUsers", 26);
        });
        assertThat(paths(c)).as("the first unnamed with the first unnamed, the second with the second").isEqualTo("""
                $.lightningSync.configurations[0].name
                $.lightningSync.configurations[0].assignedUsers
                $.lightningSync.configurations[2].assignedUsers
                $.lightningSync.configurations[3].name""");
        assertThat(c.inventory()).extracting(ch -> ch.before() + " -> " + ch.after())
                .containsExactly("null -> \"  \"", "1 -> 3", "25 -> 26", "\"\" -> null");
    }

    @Test
    void anAcceptedRiskChangesTheFindingAndShowsInTheInventory() {
        Comparison c = compare(EXO, t -> { }, t -> t.putArray("acceptedRisks").addObject().put("ruleId", "LS-RETIREMENT")
                .put("rationale", "Moving in March").put("acceptedBy", "Kim").put("acceptedOn", "2026-11-20")
                .putNull("expires"));
        assertThat(c.findings().added()).isEmpty();
        assertThat(c.findings().removed()).isEmpty();
        assertThat(c.findings().changed()).containsExactly(new FindingChange("LS-RETIREMENT",
                new FindingState(Severity.WARNING, LocalDate.of(2027, 4, 1), false),
                new FindingState(Severity.WARNING, LocalDate.of(2027, 4, 1), true)));
        assertThat(paths(c)).isEqualTo("$.acceptedRisks[?(@.ruleId=='LS-RETIREMENT')]");

        Comparison expiry = compare(EXO,
                t -> t.putArray("acceptedRisks").addObject().put("ruleId", "LS-RETIREMENT").put("expires", "2026-12-31"),
                t -> t.putArray("acceptedRisks").addObject().put("ruleId", "LS-RETIREMENT").put("expires", "2026-11-01"));
        assertThat(expiry.findings().changed()).extracting(ch -> ch.before().accepted() + " -> " + ch.after().accepted())
                .containsExactly("true -> false");
        assertThat(paths(expiry)).isEqualTo("$.acceptedRisks[?(@.ruleId=='LS-RETIREMENT')].expires");
    }

    @Test
    void findingsAreAddedRemovedAndChangedInDeadlineAndSeverity() {
        Consumer<ObjectNode> exchange2013 = t -> Variants.section(t, "exchange").put("serverVersion", "EXCHANGE_2013");
        Comparison c = compare(ONPREM, t -> { }, exchange2013, LocalDate.of(2025, 1, 1));
        assertThat(c.findings().changed()).containsExactly(new FindingChange("EXCHANGE-EOL",
                new FindingState(Severity.INFO, LocalDate.of(2025, 10, 14), false),
                new FindingState(Severity.WARNING, LocalDate.of(2023, 4, 11), false)));
        assertThat(paths(c)).isEqualTo("$.exchange.serverVersion");

        Comparison disabled = compare(ONPREM, t -> { }, t -> Variants.section(t, "exchange").put("ewsEnabled", false));
        assertThat(disabled.findings().added()).extracting(f -> f.ruleId()).contains("EWS-DISABLED");
        assertThat(disabled.findings().removed()).isEmpty();
        Comparison back = compare(ONPREM, t -> Variants.section(t, "exchange").put("ewsEnabled", false), t -> { });
        assertThat(back.findings().removed()).extracting(f -> f.ruleId()).contains("EWS-DISABLED");
    }

    @Test
    void checklistProgressIsComparedByItemAndAnItemThatStopsApplyingIsReported() {
        Comparison c = compare(EXO, t -> t.putArray("checklist").addObject().put("itemId", "CL-CONFIRM-INVENTORY")
                .put("status", "IN_PROGRESS").put("owner", "Kim"), t -> {
                    t.putArray("checklist").addObject().put("itemId", "CL-CONFIRM-INVENTORY").put("status", "DONE")
                            .put("owner", "Kim").put("dueDate", "2026-12-01").put("notes", "Checked with IT");
                    Variants.section(t, "eac").put("reportsDependOnActivityRecords", false);
                });
        assertThat(c.checklist()).extracting(ch -> ch.itemId() + " " + ch.field() + " " + ch.before() + " -> " + ch.after())
                .containsExactly(
                        "CL-CONFIRM-INVENTORY status \"IN_PROGRESS\" -> \"DONE\"",
                        "CL-CONFIRM-INVENTORY dueDate null -> \"2026-12-01\"",
                        "CL-CONFIRM-INVENTORY notes null -> \"Checked with IT\"",
                        "CL-REVIEW-REPORTS applicable true -> false");
        assertThat(paths(c)).as("progress is reported by the checklist, not twice").isEqualTo(
                "$.eac.reportsDependOnActivityRecords");
    }

    @Test
    void progressOnAnItemThatNoLongerAppliesIsStillCompared() {
        Consumer<ObjectNode> noReports = t -> Variants.section(t, "eac").put("reportsDependOnActivityRecords", false);
        Comparison c = compare(EXO, t -> { }, noReports.andThen(t -> t.putArray("checklist").addObject()
                .put("itemId", "CL-REVIEW-REPORTS").put("status", "DONE")));
        assertThat(c.checklist()).extracting(ch -> ch.field() + " " + ch.before() + " -> " + ch.after())
                .containsExactly("applicable true -> false", "status \"TODO\" -> \"DONE\"");
    }

    @Test
    void setsAreComparedAsSetsAndUnknownIsNotNone() {
        Comparison c = compare(EXO, t -> { }, t -> {
            Variants.section(t, "org").putArray("userInterfaces").add("MOBILE").add("LIGHTNING");
            Variants.section(t, "org").putNull("products");
            Variants.section(t, "exchange").putArray("authMethods");
        });
        assertThat(paths(c)).isEqualTo("$.org.products\n$.exchange.authMethods");
        JsonNode authMethods = c.inventory().get(1).after();
        assertThat(authMethods.isArray() && authMethods.isEmpty()).isTrue();
    }

    @Test
    void otherKeysAreQuotedInPaths() {
        Comparison c = compare(EXO, t -> { }, t -> {
            t.putObject("drafts").put("$.org.orgId", "00D5g000004XyZaAAA");
            t.put("future field", 1);
        });
        assertThat(paths(c)).isEqualTo("$.drafts['$.org.orgId']\n$['future field']");
        Comparison both = compare(EXO, t -> t.putObject("drafts").put("$.org.orgId", "x"),
                t -> t.putObject("drafts").put("$.org.orgId", "it's"));
        assertThat(paths(both)).isEqualTo("$.drafts['$.org.orgId']");
        assertThat(both.inventory().get(0).after().textValue()).isEqualTo("it's");
    }

    @Test
    void theExamplesDifferEverywhere() {
        Assessment exo = Variants.of(EXO);
        Assessment onprem = Variants.of(ONPREM);
        Comparison c = comparer.compare("a", exo, "b", onprem, AS_OF);
        assertThat(c.findings().added()).extracting(f -> f.ruleId()).containsExactly("EAC-CLASSIC-USERS", "EXCHANGE-EOL",
                "EAC-ONPREM-EWS");
        assertThat(c.findings().removed()).extracting(f -> f.ruleId()).containsExactly("LS-EWS-EXO", "LS-SVC-ACCOUNT-EXO",
                "EAC-CONTACT-DUPLICATES", "EAC-REPORTING-CHANGE", "EAC-RETENTION-STANDARD");
        assertThat(c.checklist()).extracting(ChecklistChange::itemId).containsExactly("CL-EMAIL-RETENTION",
                "CL-REVIEW-REPORTS", "CL-PLAN-CONFIGURATIONS", "CL-MOVE-CLASSIC-USERS", "CL-GRAPH-CONSENT",
                "CL-GRAPH-UPGRADE", "CL-GRAPH-PLAN");
        assertThat(c.inventory()).extracting(InventoryChange::path).contains("$.exchange.deployment", "$.org.products");
        assertThat(comparer.compare("b", onprem, "a", exo, AS_OF).findings().added()).extracting(f -> f.ruleId())
                .containsExactly("LS-EWS-EXO", "LS-SVC-ACCOUNT-EXO", "EAC-CONTACT-DUPLICATES", "EAC-REPORTING-CHANGE",
                        "EAC-RETENTION-STANDARD");
    }
}
