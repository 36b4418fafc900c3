package org.eacplanner.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import org.eacplanner.model.Assessment;

/** Serialises an assessment exactly as the format's "Saving" section asks (field order, indent, final newline). */
public final class AssessmentWriter {

    public byte[] toBytes(Assessment assessment) {
        try {
            String json = AssessmentJson.writer().writeValueAsString(assessment);
            return (json + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an assessment could not be written as JSON", e);
        }
    }
}
