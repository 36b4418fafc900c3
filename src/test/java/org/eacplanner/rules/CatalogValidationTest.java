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
}
