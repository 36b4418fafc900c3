package org.eacplanner.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eacplanner.checklist.Plan;

/**
 * The evaluation result as JSON: exactly what {@code eac-planner evaluate --format json} prints for one file
 * ({@link EvaluationJson}), plus {@code "redacted": true} at the end when the export is redacted.
 */
final class JsonExport {

    private JsonExport() {
    }

    static String write(Plan plan, boolean redacted) {
        ObjectNode json = EvaluationJson.toJson(plan);
        if (redacted) {
            json.put("redacted", true);
        }
        return EvaluationJson.write(json);
    }
}
