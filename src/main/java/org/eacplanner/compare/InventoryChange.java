package org.eacplanner.compare;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One inventory answer that differs, at its JSON path. An element of a keyed array is named by its key, e.g.
 * {@code $.lightningSync.configurations[?(@.name=='Managers')].syncEvents}; an element added or removed has the
 * whole element on one side and {@code null} on the other. A set-like array differs as a whole.
 */
public record InventoryChange(String path, JsonNode before, JsonNode after) {

    /** The old value as a person reads it: text as is, anything else as compact JSON; null when unset. */
    public String beforeText() {
        return ValueText.of(before);
    }

    /** The new value as a person reads it: text as is, anything else as compact JSON; null when unset. */
    public String afterText() {
        return ValueText.of(after);
    }
}
