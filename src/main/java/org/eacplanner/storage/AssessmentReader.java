package org.eacplanner.storage;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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
        return read(readFile(file, MAX_BYTES), file.toString());
    }

    /** The bytes of {@code file}, refused unread when over {@code limit}. */
    static byte[] readFile(Path file, long limit) throws AssessmentLoadException {
        String name = file.toString();
        try {
            // Checked before opening: opening a named pipe for reading waits for a writer, maybe forever.
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new AssessmentLoadException(name, Kind.IO, new LoadProblem("$", "is a folder, not a file"));
            }
            if (!attributes.isRegularFile()) {
                throw new AssessmentLoadException(name, Kind.IO, new LoadProblem("$",
                        "is not a regular file (a named pipe, device or socket); only regular files are read"));
            }
            long size = attributes.size();
            if (size > limit) {
                throw tooLarge(name, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) limit + 1);
                if (bytes.length > limit) {
                    throw tooLarge(name, bytes.length);
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new AssessmentLoadException(name, Kind.IO, new LoadProblem("$", "no such file"));
        } catch (IOException e) {
            throw new AssessmentLoadException(name, Kind.IO, new LoadProblem("$", "cannot be read: " + e.getMessage()));
        }
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
        return read(parse(bytes, name), name);
    }

    /** Steps 2 to 5 of the loading order, on a document already parsed (a recovery file's assessment). */
    LoadedAssessment read(JsonNode tree, String name) throws AssessmentLoadException {
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
        SchemaValidator.Found problems = schema.validate(root, AssessmentLoadException.MAX_LISTED);
        if (problems.total() > 0) {
            throw new AssessmentLoadException(name, Kind.SCHEMA, problems.listed(), problems.total());
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
        } catch (JsonMappingException e) {
            // The schema should have caught this (or the file is of a newer version): report it the same way.
            throw new AssessmentLoadException(name, Kind.SCHEMA, new LoadProblem(jsonPath(e),
                    "cannot be read as an assessment: " + firstLine(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new AssessmentLoadException(name, Kind.SCHEMA, new LoadProblem("$", "cannot be read as an assessment: "
                    + firstLine(e.getMessage())));
        }
    }

    /** The JSON path of the value a mapping error is about, e.g. {@code $.lightningSync.configurations[0].name}. */
    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * Parses UTF-8 JSON in two passes: one that only counts ({@link DocumentLimits}), then, within the limits,
     * the tree.
     */
    static JsonNode parse(byte[] bytes, String name) throws AssessmentLoadException {
        String encoding = otherEncoding(bytes);
        if (encoding != null) {
            throw new AssessmentLoadException(name, Kind.NOT_JSON, new LoadProblem("line 1, column 1",
                    "the file is " + encoding + " text; assessment files are UTF-8"));
        }
        ObjectMapper mapper = AssessmentJson.mapper();
        JsonParser parser = null;
        try {
            parser = mapper.createParser(bytes);
            DocumentLimits.Outcome limits = DocumentLimits.scan(parser, AssessmentLoadException.MAX_LISTED);
            if (limits.total() > 0) {
                throw new AssessmentLoadException(name, Kind.TOO_LARGE, limits.problems(), limits.total());
            }
            parser.close();
            parser = mapper.createParser(bytes);
            JsonNode tree = mapper.readTree(parser);
            if (tree == null || tree.isMissingNode()) {
                throw new AssessmentLoadException(name, Kind.NOT_JSON, new LoadProblem("line 1, column 1",
                        "the file is empty; expected a JSON object"));
            }
            return tree;
        } catch (StreamConstraintsException e) {
            throw new AssessmentLoadException(name, Kind.NOT_JSON, new LoadProblem(where(e.getLocation(), parser),
                    "not valid JSON for an assessment: " + limitExceeded(e)));
        } catch (JsonProcessingException e) {
            String why = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")
                    ? "there is more after the end of the JSON object" : firstLine(e.getOriginalMessage());
            throw new AssessmentLoadException(name, Kind.NOT_JSON, new LoadProblem(where(e.getLocation(), parser),
                    "not valid JSON: " + why));
        } catch (CharConversionException e) {
            throw new AssessmentLoadException(name, Kind.NOT_JSON, new LoadProblem(where(null, parser),
                    "not UTF-8 text: " + firstLine(e.getMessage())));
        } catch (IOException e) {
            throw new AssessmentLoadException(name, Kind.IO, new LoadProblem("$", "cannot be read: " + e.getMessage()));
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException e) {
                    // Parsing a byte array: nothing to release.
                }
            }
        }
    }

    /**
     * The encoding of text that is UTF-16 or UTF-32, told by its byte order mark or, without one, by the zero
     * bytes around the first character (JSON starts with an ASCII character); null for anything else. A UTF-8
     * byte order mark is allowed (and skipped by the parser).
     */
    static String otherEncoding(byte[] b) {
        int b0 = b.length > 0 ? b[0] & 0xFF : -1;
        int b1 = b.length > 1 ? b[1] & 0xFF : -1;
        int b2 = b.length > 2 ? b[2] & 0xFF : -1;
        int b3 = b.length > 3 ? b[3] & 0xFF : -1;
        if (b0 == 0x00 && b1 == 0x00 && (b2 == 0xFE && b3 == 0xFF || b2 == 0x00 && b3 > 0x00)) {
            return "UTF-32 (big-endian)";
        }
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0x00 && b3 == 0x00 || b0 > 0x00 && b1 == 0x00 && b2 == 0x00 && b3 == 0x00) {
            return "UTF-32 (little-endian)";
        }
        if (b0 == 0xFE && b1 == 0xFF || b0 == 0x00 && b1 > 0x00) {
            return "UTF-16 (big-endian)";
        }
        if (b0 == 0xFF && b1 == 0xFE || b0 > 0x00 && b0 < 0x80 && b1 == 0x00) {
            return "UTF-16 (little-endian)";
        }
        return null;
    }

    /** Line and column of a syntax error: the exception's, else where the parser stopped. */
    private static String where(JsonLocation location, JsonParser parser) {
        JsonLocation loc = location != null ? location : parser != null ? parser.currentLocation() : null;
        return loc == null || loc.getLineNr() < 1 ? "line 1, column 1"
                : "line " + loc.getLineNr() + ", column " + Math.max(1, loc.getColumnNr());
    }

    /** Jackson's limits, in the user's words. */
    private static String limitExceeded(StreamConstraintsException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (m.contains("nesting depth")) {
            return "it is nested deeper than " + AssessmentJson.MAX_NESTING + " levels (an assessment needs fewer than 10)";
        }
        if (m.contains("String value length")) {
            return "a text value is longer than the parser allows (" + firstLine(m) + ")";
        }
        if (m.contains("Number value length")) {
            return "a number has more digits than the parser allows (" + firstLine(m) + ")";
        }
        return firstLine(m);
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
