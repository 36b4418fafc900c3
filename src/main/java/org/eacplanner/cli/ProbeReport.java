package org.eacplanner.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eacplanner.model.Outcome;
import org.eacplanner.model.ProbeResult;
import org.eacplanner.storage.AssessmentJson;

/** Prints probe results: the step tree with outcome words, or probes.md's JSON. */
final class ProbeReport {

    private ProbeReport() {
    }

    static String json(String email, String tenant, Instant startedAt, List<ProbeResult> results) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("email", email);
        root.put("tenant", tenant);
        root.put("startedAt", startedAt);
        root.put("probes", results);
        try {
            return AssessmentJson.writer().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("probe results could not be written as JSON", e);
        }
    }

    /** The step tree as text; server answers can hold control characters, so every line goes out escaped. */
    static void text(PrintWriter out, List<ProbeResult> results) {
        for (ProbeResult r : results) {
            Terminal.println(out, String.format("%-7s %s  %s%s", r.outcome(), r.probeId(),
                    r.target() == null ? "" : r.target(), r.reason() == null ? "" : "  — " + r.reason()));
            for (ProbeResult.Step s : r.steps()) {
                Terminal.println(out, String.format("  %-7s %s (%d ms)", s.outcome(), s.name(), s.elapsedMs()));
                if (s.outcome() != Outcome.PASS) {
                    line(out, "reason", s.reason());
                    line(out, "advice", s.advice());
                }
            }
            for (ProbeResult.Proposal p : r.proposals()) {
                Terminal.println(out, String.format("  proposes %s = %s  (%s)", p.path(), value(p.value()), p.basis()));
            }
            if (Boolean.TRUE.equals(r.credentialsUsed())) {
                out.println("  credentials were used: yes");
            }
        }
    }

    private static void line(PrintWriter out, String label, String text) {
        if (text != null) {
            Terminal.println(out, "          " + label + ": " + text);
        }
    }

    private static String value(Object v) {
        try {
            return AssessmentJson.mapper().writeValueAsString(v);
        } catch (JsonProcessingException e) {
            return String.valueOf(v);
        }
    }

    /** probes.md: 0 no FAIL or ERROR; 1 any FAIL; otherwise 3 any ERROR. */
    static int exitCode(List<ProbeResult> results) {
        if (results.stream().anyMatch(r -> r.outcome() == Outcome.FAIL)) {
            return ExitCodes.FINDINGS;
        }
        if (results.stream().anyMatch(r -> r.outcome() == Outcome.ERROR)) {
            return ExitCodes.IO;
        }
        return ExitCodes.OK;
    }
}
