package org.eacplanner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A live check's saved result (probes.md): its step tree and the inventory answers it proposed. */
public record ProbeResult(
        ProbeId probeId,
        String target,
        Instant startedAt,
        Instant finishedAt,
        Outcome outcome,
        String reason,
        Boolean credentialsUsed,
        Boolean cancelled,
        List<Step> steps,
        List<Proposal> proposals,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

    public ProbeResult {
        steps = Unknown.nonNull(steps);
        proposals = Unknown.nonNull(proposals);
        unknownFields = Unknown.fields(unknownFields);
    }

    /** One step of a probe, with the evidence it saw. */
    public record Step(String name, Outcome outcome, Long elapsedMs, Map<String, Object> evidence, String reason,
            String advice, @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {
        public Step {
            evidence = Unknown.fields(evidence);
            unknownFields = Unknown.fields(unknownFields);
        }
    }

    /** An inventory answer the probe proposes: the field's JSON path, the value, and what it was read from. */
    public record Proposal(String path, Object value, String basis,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {
        public Proposal {
            unknownFields = Unknown.fields(unknownFields);
        }
    }
}
