package org.eacplanner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.time.LocalDate;
import java.util.Map;

/** The user's progress on one checklist item, matched to the computed checklist by {@code itemId}. */
public record ProgressEntry(
        String itemId,
        ProgressStatus status,
        String owner,
        LocalDate dueDate,
        String notes,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

    public ProgressEntry {
        unknownFields = Unknown.fields(unknownFields);
    }
}
