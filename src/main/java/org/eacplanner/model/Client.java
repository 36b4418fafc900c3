package org.eacplanner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Map;

/** The client the assessment is for. */
public record Client(String name, @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

    public static final Client EMPTY = new Client(null, null);

    public Client {
        unknownFields = Unknown.fields(unknownFields);
    }
}
