package org.eacplanner.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.eacplanner.ui.form.FieldSpec;
import org.junit.jupiter.api.Test;

/** Every answer of the file format (per the shipped JSON Schema) has a question on some step. */
class StepFormsCoverageTest {

    /** Sections of the format that hold answers, and the configuration table's own columns. */
    private static final Set<String> INVENTORY = Set.of("preparedBy", "client", "org", "exchange", "lightningSync", "eac");
    private static final Set<String> TOP_LEVEL_ANSWERS = Set.of("title", "notes");

    @Test
    void everyInventoryFieldOfTheSchemaHasAQuestion() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(getClass().getResourceAsStream("/org/eacplanner/assessment.schema.json"));
        Set<String> expected = new TreeSet<>(TOP_LEVEL_ANSWERS);
        JsonNode props = schema.get("properties");
        for (String section : INVENTORY) {
            JsonNode sectionSchema = resolve(schema, props.get(section));
            for (Iterator<String> it = sectionSchema.get("properties").fieldNames(); it.hasNext();) {
                expected.add(section + "." + it.next());
            }
        }
        // The configurations are answered in their own table, one column per field.
        expected.remove("lightningSync.configurations");

        Set<String> asked = new TreeSet<>();
        for (var sections : StepForms.FORMS.values()) {
            sections.forEach(s -> s.fields().stream().map(FieldSpec::path).forEach(asked::add));
        }
        assertThat(asked).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static JsonNode resolve(JsonNode schema, JsonNode node) {
        if (node.has("$ref")) {
            String ref = node.get("$ref").asText().replace("#/$defs/", "");
            return resolve(schema, schema.get("$defs").get(ref));
        }
        if (!node.has("properties")) {
            for (String key : new String[] {"anyOf", "oneOf"}) {
                if (node.has(key)) {
                    for (JsonNode alt : node.get(key)) {
                        JsonNode r = resolve(schema, alt);
                        if (r.has("properties")) {
                            return r;
                        }
                    }
                }
            }
        }
        return node;
    }
}
