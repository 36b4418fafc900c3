package org.eacplanner.storage;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.eacplanner.model.Assessment;
import org.eacplanner.storage.AssessmentLoadException.Kind;

/**
 * Opens assessment files in the order of assessment-format.md: size, JSON, format marker, version (newer:
 * read-only best effort; older: migrated in memory), JSON Schema, then the semantic checks. Never writes.
 */
public final class AssessmentReader {

    /** Files over 20 MB are refused before parsing. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private final SchemaValidator schema = new SchemaValidator();
    private final Migrations migrations;

    public AssessmentReader() {
        this(Migrations.shipped());
    }

    AssessmentReader(Migrations migrations) {
        this.migrations = migrations;
    }

    /** Loads {@code file}; semantic problems are returned with the assessment, not thrown (the app opens it). */
    public LoadedAssessment load(Path file) throws AssessmentLoadException {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new AssessmentLoadException(name, Kind.IO, new LoadProblem("$", "is a folder, not a file"));
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(name, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw new AssessmentLoadException(name, Kind.IO, new LoadProblem("$", "no such file"));
        } catch (IOException e) {
            throw new AssessmentLoadException(name, Kind.IO, new LoadProblem("$", "cannot be read: " + e.getMessage()));
        }
        return read(bytes, name);
    }

    /** Like {@link #load} but refuses a file with semantic problems too ({@code validate}, {@code evaluate}). */
    public LoadedAssessment loadStrict(Path file) throws AssessmentLoadException {
        LoadedAssessment loaded = load(file);
        if (loaded.readOnly()) {
            throw new AssessmentLoadException(file.toString(), Kind.NEWER_VERSION, new LoadProblem("$.schemaVersion",
                    "format version " + loaded.fileSchemaVersion() + "; this version reads up to "
                            + Assessment.SCHEMA_VERSION));
        }
        if (!loaded.semanticProblems().isEmpty()) {
            throw new AssessmentLoadException(file.toString(), Kind.SEMANTIC, loaded.semanticProblems());
        }
        return loaded;
    }

    public LoadedAssessment read(byte[] bytes, String name) throws AssessmentLoadException {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(name, bytes.length);
        }
        JsonNode tree = parse(bytes, name);
        if (!(tree instanceof ObjectNode root) || !Assessment.FORMAT.equals(textOrNull(root.get("format")))) {
            throw new AssessmentLoadException(name, Kind.NOT_OURS, new LoadProblem("$.format",
                    "not an assessment file: expected \"format\": \"" + Assessment.FORMAT + "\""));
        }
        JsonNode versionNode = root.get("schemaVersion");
        if (versionNode == null || !versionNode.canConvertToExactIntegral() || !versionNode.canConvertToInt()) {
            throw new AssessmentLoadException(name, Kind.SCHEMA, new LoadProblem("$.schemaVersion",
                    "expected the format version as a whole number (this app writes " + Assessment.SCHEMA_VERSION + ")"));
        }
        int version = versionNode.intValue();
        if (version > Assessment.SCHEMA_VERSION) {
            return new LoadedAssessment(bestEffort(root, name), version, true, List.of());
        }
        if (version < Assessment.SCHEMA_VERSION) {
            if (!migrations.canMigrate(version)) {
                throw new AssessmentLoadException(name, Kind.SCHEMA, new LoadProblem("$.schemaVersion",
                        "format version " + version + " is not one this app can read (it reads 1 to "
                                + Assessment.SCHEMA_VERSION + ")"));
            }
            root = migrations.migrate(root, version);
        }
        List<LoadProblem> problems = schema.validate(root);
        if (!problems.isEmpty()) {
            throw new AssessmentLoadException(name, Kind.SCHEMA, problems);
        }
        Assessment assessment = map(root, name, AssessmentJson.mapper().readerFor(Assessment.class));
        return new LoadedAssessment(assessment, version, false, SemanticChecks.check(assessment));
    }

    /** A newer version's file: values this version does not know become unknown; nothing is validated. */
    private Assessment bestEffort(ObjectNode root, String name) throws AssessmentLoadException {
        ObjectReader lenient = AssessmentJson.mapper().readerFor(Assessment.class)
                .with(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        return map(root, name, lenient);
    }

    private static Assessment map(ObjectNode root, String name, ObjectReader reader) throws AssessmentLoadException {
        try {
            return reader.readValue(root);
        } catch (IOException e) {
            // The schema should have caught this; report it the same way rather than crash.
            throw new AssessmentLoadException(name, Kind.SCHEMA, new LoadProblem("$", "cannot be read as an assessment: "
                    + firstLine(e.getMessage())));
        }
    }

    private static JsonNode parse(byte[] bytes, String name) throws AssessmentLoadException {
        try {
            JsonNode tree = AssessmentJson.mapper().readTree(bytes);
            if (tree == null || tree.isMissingNode()) {
                throw new AssessmentLoadException(name, Kind.NOT_JSON, new LoadProblem("line 1, column 1",
                        "the file is empty; expected a JSON object"));
            }
            return tree;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? "$" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new AssessmentLoadException(name, Kind.NOT_JSON, new LoadProblem(where,
                    "not valid JSON: " + firstLine(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new AssessmentLoadException(name, Kind.IO, new LoadProblem("$", "cannot be read: " + e.getMessage()));
        }
    }

    private static AssessmentLoadException tooLarge(String name, long size) {
        return new AssessmentLoadException(name, Kind.TOO_LARGE, new LoadProblem("$", "the file is "
                + (size / (1024 * 1024)) + " MB; assessment files over 20 MB are refused"));
    }

    private static String textOrNull(JsonNode n) {
        return n != null && n.isTextual() ? n.asText() : null;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
