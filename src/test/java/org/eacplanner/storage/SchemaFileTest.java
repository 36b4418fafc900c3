package org.eacplanner.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SchemaFileTest {

    @Test
    void theSchemaInDocsIsTheOneShippedInTheJar() throws Exception {
        byte[] shipped;
        try (InputStream in = SchemaFileTest.class.getResourceAsStream(SchemaValidator.SCHEMA_RESOURCE)) {
            shipped = in.readAllBytes();
        }
        assertThat(Files.readAllBytes(Path.of("docs/assessment.schema.json")))
                .as("docs/assessment.schema.json must be a copy of src/main/resources/org/eacplanner/assessment.schema.json")
                .isEqualTo(shipped);
    }
}
