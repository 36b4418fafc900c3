package org.eacplanner.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.format.PatternFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

/**
 * Validates a document against the shipped JSON Schema ({@code assessment.schema.json}, draft 2020-12)
 * with networknt's validator. Problems are located by JSON path ({@code $.exchange.authMethods[1]}).
 */
final class SchemaValidator {

    static final String SCHEMA_RESOURCE = "/org/eacplanner/assessment.schema.json";

    /**
     * The validator's own {@code email} format only accepts real top-level domains, which would refuse
     * {@code jordan.lee@northwind.example}; the schema's simple pattern is what the format means: no space, one
     * {@code @}, and a dot in the domain with something before and after it. It is written so that matching takes
     * linear time: the equivalent {@code ^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$} backtracks quadratically, and a 15 MB
     * address of dots took minutes to refuse.
     */
    static final String EMAIL_PATTERN = "^[^@\\s]+@[^@\\s][^@\\s.]*\\.[^@\\s]+$";

    private final JsonSchema schema;

    SchemaValidator() {
        JsonMetaSchema meta = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                .format(PatternFormat.of("email", EMAIL_PATTERN, null))
                .build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.metaSchema(meta));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_PATH)
                .formatAssertionsEnabled(true)
                .build();
        try (InputStream in = SchemaValidator.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the JSON Schema " + SCHEMA_RESOURCE + " is missing from the build");
            }
            schema = factory.getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<LoadProblem> validate(JsonNode document) {
        return schema.validate(document).stream()
                .map(SchemaValidator::toProblem)
                .distinct()
                .sorted(Comparator.comparing(LoadProblem::where).thenComparing(LoadProblem::message))
                .toList();
    }

    private static LoadProblem toProblem(ValidationMessage m) {
        String where = m.getInstanceLocation().toString();
        String text = m.getMessage();
        if (text.startsWith(where + ": ")) {
            text = text.substring(where.length() + 2);
        }
        return new LoadProblem(where, text);
    }
}
