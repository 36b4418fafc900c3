package org.eacplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The catalog schema: the jar's copy equals docs/catalog.schema.json and names the five severity kinds. */
class CatalogSchemaTest {

    @Test
    void theTwoCopiesAreIdentical() throws Exception {
        byte[] docs = Files.readAllBytes(Path.of("docs/catalog.schema.json"));
        try (InputStream in = Catalog.class.getResourceAsStream("/org/eacplanner/rules/catalog.schema.json")) {
            assertThat(in.readAllBytes()).isEqualTo(docs);
        }
    }

    @Test
    void namesTheSeverityKinds() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(Path.of("docs/catalog.schema.json").toFile());
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$defs").path("severitySpec").path("oneOf").findValuesAsText("const"))
                .containsExactly("FIXED", "DATED", "BY_VERSION", "THRESHOLDS", "CASES");
    }
}
