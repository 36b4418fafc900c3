package org.eacplanner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Map;

/** Who prepared the assessment (consultant or admin). */
public record Person(String name, String company, String email,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

    public static final Person EMPTY = new Person(null, null, null, null);

    public Person {
        unknownFields = Unknown.fields(unknownFields);
    }
}
