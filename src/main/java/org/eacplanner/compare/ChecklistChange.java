package org.eacplanner.compare;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One difference in a checklist item: {@code field} is {@code applicable} (the item appears or disappears),
 * {@code status}, {@code owner}, {@code dueDate} or {@code notes}; the values are JSON ({@code null} when unset).
 */
public record ChecklistChange(String itemId, String field, JsonNode before, JsonNode after) {

    /** The old value as a person reads it: text as is, anything else as compact JSON; null when unset. */
    public String beforeText() {
        return ValueText.of(before);
    }

    /** The new value as a person reads it: text as is, anything else as compact JSON; null when unset. */
    public String afterText() {
        return ValueText.of(after);
    }
}
