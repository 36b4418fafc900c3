package org.eacplanner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The org's own approved-CA list, loaded by the admin; replaces the app's snapshot for this assessment. */
public record ApprovedRoots(
        String source,
        LocalDate capturedOn,
        List<Root> roots,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

    public ApprovedRoots {
        roots = Unknown.nonNull(roots);
        unknownFields = Unknown.fields(unknownFields);
    }

    /** One approved root CA: its subject distinguished name and SHA-256 fingerprint (hex). */
    public record Root(String subject, String sha256, @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {
        public Root {
            unknownFields = Unknown.fields(unknownFields);
        }
    }
}
