package org.eacplanner.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helpers for the records of this package: fields a newer app wrote that this one does not know are kept
 * (as plain Java values: maps, lists, strings, numbers, booleans, null) and written back on save.
 */
final class Unknown {

    private Unknown() {
    }

    /** An unmodifiable copy that keeps insertion order and allows null values. */
    static Map<String, Object> fields(Map<String, Object> fields) {
        if (fields == null || fields.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** An unmodifiable copy of a list that may be null (null means "unknown" for inventory answers). */
    static <T> List<T> list(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** An unmodifiable copy of a list that is never null (bookkeeping lists, not answers). */
    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
