package org.eacplanner.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonNodePath;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eacplanner.model.InputRules;

/**
 * Validates a document against the shipped JSON Schema ({@code assessment.schema.json}, draft 2020-12)
 * with networknt's validator. Problems are located by JSON path ({@code $.exchange.authMethods[1]}).
 */
final class SchemaValidator {

    static final String SCHEMA_RESOURCE = "/org/eacplanner/assessment.schema.json";

    /**
     * The validator's own {@code email} format only accepts real top-level domains, which would refuse
     * {@code jordan.lee@northwind.example}; the format means the app's one e-mail rule instead.
     */
    static final String EMAIL_PATTERN = InputRules.EMAIL_PATTERN;

    /** Values in one piece given to the validator at once. */
    static final int PIECE = 1_000;

    private final JsonSchema schema;
    private final JsonNode schemaJson;
    private final Map<String, JsonSchema> parts = new ConcurrentHashMap<>();

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
            schemaJson = AssessmentJson.mapper().readTree(in);
            schema = factory.getSchema(schemaJson, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The problems of {@code document}: the first {@code maxListed} (by place) and how many there are in all.
     * The document is validated in pieces of at most {@link #PIECE} values, each with the part of the schema that
     * applies to it, so the validator never holds more than one piece's messages: a list of 10,000 wrong entries
     * costs a few megabytes, not gigabytes. Pieces follow the schema's {@code properties}, {@code
     * additionalProperties} and {@code items}, whose problems are those of each member or entry on its own
     * ({@code SchemaValidatorTest} checks that the schema uses no keyword that would make this wrong).
     */
    Found validate(JsonNode document, int maxListed) {
        Found found = new Found(maxListed);
        check("", document, document, new JsonNodePath(PathType.JSON_PATH), found);
        found.listed.sort(Comparator.comparing(LoadProblem::where).thenComparing(LoadProblem::message));
        return found;
    }

    /** Every problem of {@code document}, sorted. */
    List<LoadProblem> validate(JsonNode document) {
        return validate(document, Integer.MAX_VALUE).listed();
    }

    /** Every problem, found in one call of the validator on the whole document (tests compare it with the pieces). */
    List<LoadProblem> validateAtOnce(JsonNode document) {
        return schema.validate(document).stream()
                .map(SchemaValidator::toProblem)
                .distinct()
                .sorted(Comparator.comparing(LoadProblem::where).thenComparing(LoadProblem::message))
                .toList();
    }

    /** The problems found: those listed, and the number of all of them. */
    static final class Found {
        private final int maxListed;
        private final List<LoadProblem> listed = new ArrayList<>();
        private long total;

        private Found(int maxListed) {
            this.maxListed = maxListed;
        }

        List<LoadProblem> listed() {
            return listed;
        }

        long total() {
            return total;
        }

        private void add(LoadProblem p) {
            total++;
            if (listed.size() < maxListed) {
                listed.add(p);
            }
        }
    }

    /** Validates {@code node} at {@code at} against the schema at {@code location} (a JSON pointer in the schema). */
    private void check(String location, JsonNode node, JsonNode root, JsonNodePath at, Found found) {
        String resolved = resolve(location);
        JsonNode rule = schemaJson.at(resolved);
        if (!node.isContainerNode() || !larger(node, PIECE)) {
            run(resolved, node, root, at, found);
        } else if (node.isArray() && rule.has("items")) {
            run(resolved, AssessmentJson.mapper().createArrayNode(), root, at, found);
            String items = resolved + "/items";
            ArrayNode slice = AssessmentJson.mapper().createArrayNode();
            int sliceStart = 0;
            int sliceValues = 0;
            for (int i = 0; i < node.size(); i++) {
                JsonNode entry = node.get(i);
                int values = larger(entry, PIECE) ? PIECE + 1 : count(entry);
                if (slice.size() > 0 && sliceValues + values > PIECE) {
                    runSlice(resolved, slice, root, at, sliceStart, found);
                    slice = AssessmentJson.mapper().createArrayNode();
                }
                if (slice.isEmpty()) {
                    sliceStart = i;
                    sliceValues = 0;
                }
                if (values > PIECE) {
                    check(items, entry, root, at.append(i), found);
                } else {
                    slice.add(entry);
                    sliceValues += values;
                }
            }
            if (!slice.isEmpty()) {
                runSlice(resolved, slice, root, at, sliceStart, found);
            }
        } else if (node.isObject() && (rule.has("properties") || rule.has("additionalProperties"))) {
            ObjectNode shell = AssessmentJson.mapper().createObjectNode();
            List<String> apart = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                String sub = memberSchema(resolved, rule, member.getKey());
                if (member.getValue().isContainerNode() && larger(member.getValue(), PIECE)
                        && (sub == null || acceptsNull(resolve(sub)))) {
                    shell.putNull(member.getKey());
                    apart.add(member.getKey());
                } else {
                    shell.set(member.getKey(), member.getValue());
                }
            }
            run(resolved, shell, root, at, found);
            for (String name : apart) {
                String sub = memberSchema(resolved, rule, name);
                if (sub != null) {
                    check(sub, node.get(name), root, at.append(name), found);
                }
            }
        } else {
            // Nothing here applies to members or entries one by one: one value, a bounded number of problems.
            run(resolved, node, root, at, found);
        }
    }

    /**
     * Runs the validator on one piece. For a slice of a list, {@code offset} is where the slice starts: problems
     * inside its entries are moved to their index in the whole list, and those of the list itself are left out
     * (they were found on the empty list); otherwise {@code offset} is -1.
     */
    private void run(String location, JsonNode piece, JsonNode root, JsonNodePath at, Found found) {
        runSlice(location, piece, root, at, -1, found);
    }

    private void runSlice(String location, JsonNode piece, JsonNode root, JsonNodePath at, int offset, Found found) {
        JsonSchema part = location.isEmpty() ? schema : parts.computeIfAbsent(location, this::part);
        boolean slice = offset >= 0;
        Set<LoadProblem> seen = new LinkedHashSet<>();
        for (ValidationMessage m : part.validate(part.createExecutionContext(), piece, root, at)) {
            JsonNodePath where = m.getInstanceLocation();
            if (slice && where.getNameCount() <= at.getNameCount()) {
                continue;
            }
            LoadProblem p = toProblem(m);
            if (slice && where.startsWith(at)) {
                p = new LoadProblem(shift(where, at.getNameCount(), offset).toString(), p.message());
            }
            seen.add(p);
        }
        seen.forEach(found::add);
    }

    /** {@code where} with the index just below the list at depth {@code depth} moved by {@code offset}. */
    private static JsonNodePath shift(JsonNodePath where, int depth, int offset) {
        JsonNodePath p = new JsonNodePath(PathType.JSON_PATH);
        for (int i = 0; i < where.getNameCount(); i++) {
            Object e = where.getElement(i);
            if (e instanceof Number n) {
                p = p.append(i == depth ? n.intValue() + offset : n.intValue());
            } else {
                p = p.append(String.valueOf(e));
            }
        }
        return p;
    }

    private JsonSchema part(String location) {
        JsonNodePath fragment = new JsonNodePath(PathType.JSON_POINTER);
        for (String token : location.substring(1).split("/")) {
            fragment = fragment.append(token.replace("~1", "/").replace("~0", "~"));
        }
        return schema.getSubSchema(fragment);
    }

    /** The schema location of member {@code name} of an object validated at {@code location}, or null for none. */
    private static String memberSchema(String location, JsonNode rule, String name) {
        if (rule.path("properties").has(name)) {
            return location + "/properties/" + name.replace("~", "~0").replace("/", "~1");
        }
        return rule.path("additionalProperties").isObject() ? location + "/additionalProperties" : null;
    }

    /** {@code location} with local {@code $ref}s followed ({@code #/$defs/probeResult}). */
    private String resolve(String location) {
        String at = location;
        for (int hops = 0; hops < 10; hops++) {
            JsonNode ref = schemaJson.at(at).get("$ref");
            if (ref == null || !ref.isTextual() || !ref.textValue().startsWith("#/")) {
                return at;
            }
            at = ref.textValue().substring(1);
        }
        return at;
    }

    private boolean acceptsNull(String location) {
        JsonNode type = schemaJson.at(location).get("type");
        if (type == null) {
            return !schemaJson.at(location).has("enum") && !schemaJson.at(location).has("const");
        }
        if (type.isTextual()) {
            return type.textValue().equals("null");
        }
        for (JsonNode t : type) {
            if (t.asText().equals("null")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code node} holds more than {@code limit} values (itself included); stops counting past it. */
    private static boolean larger(JsonNode node, int limit) {
        return count(node, limit + 1) > limit;
    }

    private static int count(JsonNode node) {
        return count(node, Integer.MAX_VALUE);
    }

    private static int count(JsonNode node, int stopAt) {
        int n = 1;
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                n += count(child, stopAt - n);
                if (n >= stopAt) {
                    return n;
                }
            }
        }
        return n;
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
