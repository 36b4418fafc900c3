package org.eacplanner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An import of the admin's own exports (today: {@code EXCHANGE}, Export-Clixml files): when, which files (by name,
 * without their folders), the answers applied with where each was read, and the files not used. Kept with the
 * assessment as live-check results are, and shown with them in the exports' evidence appendix.
 */
public record ImportRecord(
        String kind,
        Instant importedAt,
        List<Source> sources,
        List<Answer> applied,
        List<Ignored> ignored,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

    /** The kind of an import of Exchange exports. */
    public static final String EXCHANGE = "EXCHANGE";

    public ImportRecord {
        sources = Unknown.nonNull(sources);
        applied = Unknown.nonNull(applied);
        ignored = Unknown.nonNull(ignored);
        unknownFields = Unknown.fields(unknownFields);
    }

    /** A file read: its name, the kind of its objects, how many, and when it was exported. */
    public record Source(String file, String kind, Integer objects, Instant exportedAt,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {
        public Source {
            unknownFields = Unknown.fields(unknownFields);
        }
    }

    /** Where an answer was read: the file, the object, its property, and when the file was exported. */
    public record Evidence(String file, String object, String property, Instant exportedAt,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {
        public Evidence {
            unknownFields = Unknown.fields(unknownFields);
        }
    }

    /** An answer applied: the field's JSON path, the value, why, and where it was read. */
    public record Answer(String path, Object value, String basis, List<Evidence> evidence,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {
        public Answer {
            evidence = Unknown.nonNull(evidence);
            unknownFields = Unknown.fields(unknownFields);
        }
    }

    /** A file not used, and why. */
    public record Ignored(String file, String reason,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {
        public Ignored {
            unknownFields = Unknown.fields(unknownFields);
        }
    }
}
