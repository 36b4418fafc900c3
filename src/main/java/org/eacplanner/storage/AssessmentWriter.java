package org.eacplanner.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import org.eacplanner.model.Assessment;

/** Serialises an assessment exactly as the format's "Saving" section asks (field order, indent, final newline). */
public final class AssessmentWriter {

    public byte[] toBytes(Assessment assessment) {
        return bytes(assessment);
    }

    /** Any value in the same formatting as saved files, as UTF-8 with a final newline. */
    static byte[] bytes(Object value) {
        try {
            String json = AssessmentJson.writer().writeValueAsString(value);
            return (json + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(value.getClass().getSimpleName() + " could not be written as JSON", e);
        }
    }
}
