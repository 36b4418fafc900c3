package org.eacplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validation lists every problem with its JSON path (rules.md, "Catalog file and freshness"). */
class CatalogValidationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode shipped() throws Exception {
        try (InputStream in = Catalog.class.getResourceAsStream(Catalog.RESOURCE)) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    private static String conditionKey(ObjectNode rule) {
        return rule.has("condition") ? "condition" : "when";
    }

    @Test
    void everyProblemIsListedWithItsPath(@TempDir Path dir) throws Exception {
        ObjectNode root = shipped();
        ArrayNode rules = (ArrayNode) root.get("rules");
        ObjectNode misspelt = (ObjectNode) rules.get(3);
        misspelt.put(conditionKey(misspelt), "lightningSync.inUsee = true");
        ObjectNode second = (ObjectNode) rules.get(5);
        second.put("id", rules.get(4).path("id").asText());
        int lsRetirement = -1;
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).path("id").asText().equals("LS-RETIREMENT")) {
                lsRetirement = i;
            }
        }
        ObjectNode ls = (ObjectNode) rules.get(lsRetirement);
        ObjectNode deadline = JSON.createObjectNode().put("date", "2027-04-15").put("precision", "MONTH")
                .put("evidence", "VENDOR_DOCUMENTED");
        ls.set("deadline", deadline);
        Path file = dir.resolve("bad.json");
        Files.writeString(file, JSON.writeValueAsString(root));

        CatalogRefusedException e = catchThrowableOfType(() -> CatalogFiles.load(file), CatalogRefusedException.class);
        assertThat(e.problems()).extracting(CatalogProblem::path).contains("$.rules[3].condition", "$.rules[5].id",
                "$.rules[" + lsRetirement + "].deadline.date");
        assertThat(e.getMessage()).contains("$.rules[3].condition: ").contains("inUsee")
                .contains("$.rules[" + lsRetirement + "].deadline.date: a MONTH deadline is the first of its month");
    }

    @Test
    void aHigherCatalogFormatIsRefusedFirst(@TempDir Path dir) throws Exception {
        ObjectNode root = shipped();
        root.put("catalogFormat", 2);
        Path file = dir.resolve("future.json");
        Files.writeString(file, JSON.writeValueAsString(root));
        CatalogRefusedException e = catchThrowableOfType(() -> CatalogFiles.load(file), CatalogRefusedException.class);
        assertThat(e.problems()).containsExactly(
                new CatalogProblem("$.catalogFormat", "catalog format 2; this app reads up to 1"));
    }
    private static int indexOf(ArrayNode list, String id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).path("id").asText().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }

    private static ObjectNode en(String title, String detail, String advice) {
        ObjectNode texts = JSON.createObjectNode();
        ObjectNode en = texts.putObject("en").put("title", title).put("detail", detail);
        if (advice != null) {
            en.put("advice", advice);
        }
        return texts;
    }

    private static CatalogRefusedException refused(ObjectNode root, Path dir) throws Exception {
        Path file = dir.resolve("texts.json");
        Files.writeString(file, JSON.writeValueAsString(root));
        return catchThrowableOfType(() -> CatalogFiles.load(file), CatalogRefusedException.class);
    }

    @Test
    void everyPlaceholderResolvesAndNoDeadlineIsWrittenLiterally(@TempDir Path dir) throws Exception {
        ObjectNode root = shipped();
        ArrayNode rules = (ArrayNode) root.get("rules");
        int ls = indexOf(rules, "LS-RETIREMENT");
        int exo = indexOf(rules, "LS-EWS-EXO");
        int gap = indexOf(rules, "GAP-CONNECTION-METHOD");
        ObjectNode lsRule = (ObjectNode) rules.get(ls);
        lsRule.set("texts", en("Retires {when}", "Retires in April 2027, see {deadline}", "Before {date:LS-EWS-EXO}"));
        ObjectNode exoRule = (ObjectNode) rules.get(exo);
        exoRule.set("texts", en("EWS off", "EWS ends on October 1, 2026 ({n})", "Stop by 1 Oct 2026 or 2026-10-01"));
        ObjectNode de = ((ObjectNode) exoRule.get("texts")).putObject("de");
        de.put("title", "EWS aus").put("detail", "Ab 1. Oktober 2026").put("advice", "x");
        ObjectNode gapRule = (ObjectNode) rules.get(gap);
        gapRule.set("texts", en("{deadline}", "{daysLeft} {when}", "{date:NO-SUCH-RULE} {date:GAP-SERVER-SETTINGS}"));
        ArrayNode variants = gapRule.putArray("variants");
        variants.addObject().put("name", "v").put("condition", "ls").set("texts", en("{zz}", "ok", "ok"));
        ArrayNode items = (ArrayNode) root.get("checklist");
        ObjectNode item = (ObjectNode) items.get(0);
        item.set("texts", en("{when}", "Before {date:LS-RETIREMENT}", null));

        CatalogRefusedException e = refused(root, dir);
        String r = "$.rules[";
        assertThat(e.problems()).extracting(CatalogProblem::path).contains(
                r + ls + "].texts.en.detail",
                r + exo + "].texts.en.detail", r + exo + "].texts.en.advice", r + exo + "].texts.de.detail",
                r + gap + "].texts.en.title", r + gap + "].texts.en.detail", r + gap + "].texts.en.advice",
                r + gap + "].variants[0].texts.en.title",
                "$.checklist[0].texts.en.title");
        assertThat(e.problems()).extracting(CatalogProblem::path).doesNotContain(r + ls + "].texts.en.title",
                r + ls + "].texts.en.advice", "$.checklist[0].texts.en.detail", r + gap + "].variants[0].texts.en.detail");
        assertThat(e.getMessage()).contains("'April 2027' literally", "'October 1, 2026' literally",
                "'1 Oct 2026' literally", "'2026-10-01' literally", "'1. Oktober 2026' literally", "{n} is not a param",
                "{date:NO-SUCH-RULE} does not name a rule with a single deadline date",
                "{date:GAP-SERVER-SETTINGS} does not name", "{deadline} needs a deadline", "{zz} is not a param");
    }

    @Test
    void anUnknownCauseIsReportedAtItsExactPath(@TempDir Path dir) throws Exception {
        ObjectNode root = shipped();
        ArrayNode items = (ArrayNode) root.get("checklist");
        int i = -1;
        for (int k = 0; k < items.size(); k++) {
            if (items.get(k).path("causedBy").size() >= 2 && !items.get(k).path("id").asText().equals("CL-FILL-GAPS")) {
                i = k;
                break;
            }
        }
        ((ArrayNode) items.get(i).get("causedBy")).set(1, JSON.getNodeFactory().textNode("NO-SUCH-RULE"));
        CatalogRefusedException e = refused(root, dir);
        assertThat(e.problems()).containsExactly(new CatalogProblem("$.checklist[" + i + "].causedBy[1]",
                "causedBy names unknown rule 'NO-SUCH-RULE'"));
    }
    @Test
    void conditionsReadOnlyTheInventoryOfTheCurrentFormat(@TempDir Path dir) throws Exception {
        ObjectNode root = shipped();
        ArrayNode rules = (ArrayNode) root.get("rules");
        int ls = indexOf(rules, "LS-RETIREMENT");
        ObjectNode rule = (ObjectNode) rules.get(ls);
        rule.put(conditionKey(rule), "ls and lastEvaluation.catalogVersion known");
        CatalogRefusedException e = refused(root, dir);
        assertThat(e.problems()).extracting(CatalogProblem::path).contains("$.rules[" + ls + "]." + conditionKey(rule));
        assertThat(e.getMessage()).contains("'lastEvaluation.catalogVersion' is not a field of the assessment format");
    }

    @Test
    void fillGapsNamesEveryGapRuleWhenItUsesCausedBy(@TempDir Path dir) throws Exception {
        ObjectNode root = shipped();
        ArrayNode items = (ArrayNode) root.get("checklist");
        int i = indexOf(items, "CL-FILL-GAPS");
        ObjectNode item = (ObjectNode) items.get(i);
        item.putArray("causedBy").add("GAP-CLOUD");
        CatalogRefusedException e = refused(root, dir);
        assertThat(e.problems()).extracting(CatalogProblem::path).containsOnly("$.checklist[" + i + "].causedBy");
        assertThat(e.getMessage()).contains("CL-FILL-GAPS does not name GAP-SERVER-SETTINGS")
                .doesNotContain("does not name GAP-CLOUD");
    }
}
