package org.eacplanner.storage;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.eacplanner.model.Assessment;

/**
 * Brings a document of an older format version up to the current one, in memory (the file on disk is
 * untouched until the user saves). Each step takes version N to N+1 on the JSON tree, before schema
 * validation, so the schema only ever describes the current version.
 */
final class Migrations {

    /**
     * 1 → 2: version 2 only adds fields, which a version 1 file lacks and which therefore read as unknown; nothing
     * else changes (unknown fields stay, including any that happen to carry a version 2 name: the schema then
     * validates them as version 2 defines them). {@link #migrate} sets {@code schemaVersion}.
     */
    static final UnaryOperator<ObjectNode> ADD_VERSION_2_FIELDS = doc -> doc;
    private final Map<Integer, UnaryOperator<ObjectNode>> steps;

    Migrations(Map<Integer, UnaryOperator<ObjectNode>> steps) {
        this.steps = new TreeMap<>(steps);
    }

    /** The steps this app ships, by the version each starts from. */
    static Map<Integer, UnaryOperator<ObjectNode>> shippedSteps() {
        return Map.of(1, ADD_VERSION_2_FIELDS);
    }

    /** The migrations this app ships. */
    static Migrations shipped() {
        return new Migrations(shippedSteps());
    }

    /** Whether documents of {@code version} can be brought up to date. */
    boolean canMigrate(int version) {
        for (int v = version; v < Assessment.SCHEMA_VERSION; v++) {
            if (!steps.containsKey(v)) {
                return false;
            }
        }
        return true;
    }

    ObjectNode migrate(ObjectNode document, int fromVersion) {
        ObjectNode doc = document;
        for (int v = fromVersion; v < Assessment.SCHEMA_VERSION; v++) {
            doc = steps.get(v).apply(doc);
            doc.put("schemaVersion", v + 1);
        }
        return doc;
    }
}
