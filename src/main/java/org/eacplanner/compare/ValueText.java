package org.eacplanner.compare;

import com.fasterxml.jackson.databind.JsonNode;

/** A compared value in words for a reader: text as is, anything else as compact JSON, null when unset. */
final class ValueText {

    private ValueText() {
    }

    static String of(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        return v.isTextual() ? v.textValue() : v.toString();
    }
}
