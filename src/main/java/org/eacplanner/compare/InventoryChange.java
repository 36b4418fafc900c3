package org.eacplanner.compare;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One inventory answer that differs, at its JSON path. An element of a keyed array is named by its key, e.g.
 * {@code $.lightningSync.configurations[?(@.name=='Managers')].syncEvents}; an element added or removed has the
 * whole element on one side and {@code null} on the other. A set-like array differs as a whole.
 */
public record InventoryChange(String path, JsonNode before, JsonNode after) {
}
