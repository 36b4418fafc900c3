package org.eacplanner.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eacplanner.model.Assessment;
import org.eacplanner.storage.AssessmentLoadException;
import org.eacplanner.storage.AssessmentReader;
import org.eacplanner.storage.LoadedAssessment;

/**
 * Builds assessments for tests from dotted paths ({@code "exchange.deployment" -> "ON_PREMISES"}), through the
 * real reader, so every test inventory is also a schema-valid file.
 */
public final class Inventories {

    private static final AssessmentReader READER = new AssessmentReader();

    private Inventories() {
    }

    public static Map<String, Object> answers(Object... pathsAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndValues.length; i += 2) {
            m.put((String) pathsAndValues[i], pathsAndValues[i + 1]);
        }
        return m;
    }

    public static ObjectNode tree(Map<String, Object> answers) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", Assessment.FORMAT);
        root.put("schemaVersion", Assessment.SCHEMA_VERSION);
        answers.forEach((path, value) -> set(root, path, value));
        return root;
    }

    public static Assessment assessment(Map<String, Object> answers) {
        return load(tree(answers)).assessment();
    }

    public static LoadedAssessment load(JsonNode tree) {
        try {
            return READER.read(tree.toString().getBytes(StandardCharsets.UTF_8), "test inventory");
        } catch (AssessmentLoadException e) {
            throw new AssertionError("test inventory is not a valid file: " + e.getMessage(), e);
        }
    }

    private static void set(ObjectNode root, String path, Object value) {
        String[] parts = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            node = child instanceof ObjectNode o ? o : node.putObject(parts[i]);
        }
        node.set(parts[parts.length - 1], toNode(value));
    }

    @SuppressWarnings("unchecked")
    public static JsonNode toNode(Object value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (value == null) {
            return f.nullNode();
        }
        if (value instanceof Boolean b) {
            return f.booleanNode(b);
        }
        if (value instanceof Integer n) {
            return f.numberNode(n);
        }
        if (value instanceof List<?> list) {
            ArrayNode a = f.arrayNode();
            list.forEach(v -> a.add(toNode(v)));
            return a;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode o = f.objectNode();
            ((Map<String, Object>) map).forEach((k, v) -> o.set(k, toNode(v)));
            return o;
        }
        return f.textNode(value.toString());
    }
}
