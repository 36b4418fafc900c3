package org.eacplanner.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eacplanner.model.Assessment;
import org.eacplanner.storage.AssessmentJson;

/**
 * The inventory answers of two assessments compared field by field on their JSON trees. Arrays of objects are
 * matched by a key: Lightning Sync configurations by {@code name} (unnamed ones by position among the unnamed),
 * probe results by {@code probeId} and {@code target}, accepted risks by {@code ruleId}; an element whose key is
 * missing or repeated is matched by position among those with the same key. Other arrays are compared as sets.
 * Not compared: {@code id}, {@code createdAt}, {@code updatedAt}, {@code lastEvaluation}, probe timings
 * ({@code startedAt}, {@code finishedAt}, {@code elapsedMs}), and {@code checklist} progress, which the checklist
 * comparison reports by item.
 */
final class InventoryDiff {

    static final Set<String> NOT_COMPARED = Set.of("id", "createdAt", "updatedAt", "lastEvaluation", "checklist");
    static final Set<String> PROBE_TIMINGS = Set.of("startedAt", "finishedAt", "elapsedMs");
    static final Map<String, List<String>> KEYS = Map.of(
            "$.lightningSync.configurations", List.of("name"),
            "$.probes", List.of("probeId", "target"),
            "$.acceptedRisks", List.of("ruleId"));

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final JsonNode NULL = JsonNodeFactory.instance.nullNode();

    private final List<InventoryChange> changes = new ArrayList<>();

    private InventoryDiff() {
    }

    static List<InventoryChange> between(Assessment before, Assessment after) {
        InventoryDiff diff = new InventoryDiff();
        diff.node("$", comparable(before), comparable(after));
        return List.copyOf(diff.changes);
    }

    /** The assessment's tree without what is not compared. */
    private static ObjectNode comparable(Assessment a) {
        ObjectNode tree = AssessmentJson.mapper().valueToTree(a);
        tree.remove(NOT_COMPARED);
        stripTimings(tree.get("probes"));
        return tree;
    }

    private static void stripTimings(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove(PROBE_TIMINGS);
        }
        if (node != null && node.isContainerNode()) {
            node.forEach(InventoryDiff::stripTimings);
        }
    }

    private void node(String path, JsonNode a, JsonNode b) {
        JsonNode before = a == null ? NULL : a;
        JsonNode after = b == null ? NULL : b;
        if (before.equals(after)) {
            return;
        }
        if (before.isObject() && after.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(names::add);
            after.fieldNames().forEachRemaining(names::add);
            names.forEach(name -> node(path + member(name), before.get(name), after.get(name)));
        } else if (before.isArray() && after.isArray() && KEYS.containsKey(path)) {
            keyed(path, (ArrayNode) before, (ArrayNode) after, KEYS.get(path));
        } else if (before.isArray() && after.isArray() && asSet(before).equals(asSet(after))) {
            return;
        } else {
            changes.add(new InventoryChange(path, before, after));
        }
    }

    /** Matches elements by key; reports each new element in order, then each removed one in its old order. */
    private void keyed(String path, ArrayNode before, ArrayNode after, List<String> key) {
        Map<List<JsonNode>, List<Integer>> oldByKey = group(before, key);
        Map<List<JsonNode>, List<Integer>> newByKey = group(after, key);
        Map<List<JsonNode>, Integer> seen = new HashMap<>();
        Set<Integer> matchedOld = new HashSet<>();
        for (int i = 0; i < after.size(); i++) {
            List<JsonNode> k = keyOf(after.get(i), key);
            int nth = seen.merge(k, 1, Integer::sum) - 1;
            List<Integer> candidates = oldByKey.getOrDefault(k, List.of());
            String element = path + segment(k, key, i, unique(k, oldByKey, newByKey));
            if (nth < candidates.size()) {
                matchedOld.add(candidates.get(nth));
                node(element, before.get(candidates.get(nth)), after.get(i));
            } else {
                changes.add(new InventoryChange(element, NULL, after.get(i)));
            }
        }
        for (int i = 0; i < before.size(); i++) {
            if (!matchedOld.contains(i)) {
                List<JsonNode> k = keyOf(before.get(i), key);
                changes.add(new InventoryChange(path + segment(k, key, i, unique(k, oldByKey, newByKey)),
                        before.get(i), NULL));
            }
        }
    }

    private static Map<List<JsonNode>, List<Integer>> group(ArrayNode array, List<String> key) {
        Map<List<JsonNode>, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            groups.computeIfAbsent(keyOf(array.get(i), key), k -> new ArrayList<>()).add(i);
        }
        return groups;
    }

    /** The element's key values; an element without its first key field (an unnamed configuration) gets none. */
    private static List<JsonNode> keyOf(JsonNode element, List<String> key) {
        JsonNode first = element.get(key.get(0));
        if (first == null || !first.isTextual() || first.textValue().isBlank()) {
            return List.of();
        }
        return key.stream().map(k -> element.has(k) ? element.get(k) : NULL).toList();
    }

    private static boolean unique(List<JsonNode> k, Map<List<JsonNode>, List<Integer>> before,
            Map<List<JsonNode>, List<Integer>> after) {
        return !k.isEmpty() && before.getOrDefault(k, List.of()).size() <= 1 && after.getOrDefault(k, List.of()).size() <= 1;
    }

    /** {@code [?(@.name=='Managers')]} for an element its key names alone, else its index {@code [i]}. */
    private static String segment(List<JsonNode> k, List<String> key, int index, boolean unique) {
        if (!unique) {
            return "[" + index + "]";
        }
        StringBuilder s = new StringBuilder("[?(");
        for (int i = 0; i < key.size(); i++) {
            s.append(i == 0 ? "" : " && ").append("@.").append(key.get(i)).append("==");
            JsonNode v = k.get(i);
            s.append(v.isNull() ? "null" : v.isTextual() ? quote(v.textValue()) : v.toString());
        }
        return s.append(")]").toString();
    }

    private static String member(String name) {
        return PLAIN_NAME.matcher(name).matches() ? "." + name : "[" + quote(name) + "]";
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static Set<JsonNode> asSet(JsonNode array) {
        Set<JsonNode> set = new HashSet<>();
        array.forEach(set::add);
        return set;
    }
}
