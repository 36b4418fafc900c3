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

    private final Map<Integer, UnaryOperator<ObjectNode>> steps;

    Migrations(Map<Integer, UnaryOperator<ObjectNode>> steps) {
        this.steps = new TreeMap<>(steps);
    }

    /** The migrations this app ships: none yet, as version 1 is the first format. */
    static Migrations shipped() {
        return new Migrations(Map.of());
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
