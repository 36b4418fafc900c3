package org.eacplanner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The findings as of the last save: shown "as saved" in review mode; never an input to evaluation.
 * {@code catalogReviewedOn} and {@code catalogSource} are null in a file saved by format version 1.
 */
public record LastEvaluation(
        LocalDate asOf,
        String catalogVersion,
        LocalDate catalogReviewedOn,
        CatalogSource catalogSource,
        List<SavedFinding> findings,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

    public LastEvaluation {
        findings = Unknown.nonNull(findings);
        unknownFields = Unknown.fields(unknownFields);
    }

    /** One finding as saved. */
    public record SavedFinding(String ruleId, Severity severity, Boolean accepted,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {
        public SavedFinding {
            unknownFields = Unknown.fields(unknownFields);
        }
    }
}
