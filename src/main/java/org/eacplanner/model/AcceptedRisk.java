package org.eacplanner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.time.LocalDate;
import java.util.Map;

/**
 * A finding the client knowingly accepts. It holds through {@code expires} and lapses the day after;
 * {@code expires == null} never lapses.
 */
public record AcceptedRisk(
        String ruleId,
        String rationale,
        String acceptedBy,
        LocalDate acceptedOn,
        LocalDate expires,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

    public AcceptedRisk {
        unknownFields = Unknown.fields(unknownFields);
    }

    /** Whether the acceptance still holds on {@code asOf}. */
    public boolean holdsOn(LocalDate asOf) {
        return expires == null || !asOf.isAfter(expires);
    }
}
