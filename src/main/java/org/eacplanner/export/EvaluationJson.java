package org.eacplanner.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.eacplanner.checklist.ChecklistEntry;
import org.eacplanner.checklist.Plan;
import org.eacplanner.model.AcceptedRisk;
import org.eacplanner.rules.Finding;
import org.eacplanner.storage.AssessmentJson;

/**
 * The evaluation result as JSON, in the documented shape of rules.md ("Evaluation result"): every key always
 * present ({@code null} where it does not apply), keys in a fixed order, so the bytes are stable.
 */
public final class EvaluationJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EvaluationJson() {
    }

    public static ObjectNode toJson(Plan plan) {
        ObjectNode root = NODES.objectNode();
        root.put("asOf", plan.asOf().toString());
        root.put("catalogVersion", plan.catalogVersion());
        root.put("catalogReviewedOn", date(plan.catalogReviewedOn()));
        root.put("catalogSource", plan.catalogSource() == null ? null : plan.catalogSource().name());
        ArrayNode findings = root.putArray("findings");
        plan.findings().forEach(f -> findings.add(finding(f)));
        root.set("checklist", entries(plan.checklist()));
        root.set("notApplicable", entries(plan.notApplicable()));
        return root;
    }

    /** One file's result in a batch: {@code {"file": …, …result}}. */
    public static ObjectNode forFile(String file, Plan plan) {
        ObjectNode node = NODES.objectNode();
        node.put("file", file);
        node.setAll(toJson(plan));
        return node;
    }

    /** A file in a batch that could not be evaluated: {@code {"file": …, "error": {exitCode, message}}}. */
    public static ObjectNode error(String file, int exitCode, String message) {
        ObjectNode node = NODES.objectNode();
        node.put("file", file);
        ObjectNode error = node.putObject("error");
        error.put("exitCode", exitCode);
        error.put("message", message);
        return node;
    }

    /** Pretty JSON text with a final newline, in the same formatting as saved files. */
    public static String write(JsonNode node) {
        try {
            return AssessmentJson.writer().writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One finding, in the shape of {@code evaluate --format json} (also used by {@code compare}). */
    public static ObjectNode finding(Finding f) {
        ObjectNode n = NODES.objectNode();
        n.put("ruleId", f.ruleId());
        n.put("severity", f.severity().name());
        n.put("area", f.area().name());
        n.put("side", f.side() == null ? null : f.side().name());
        n.put("title", f.title());
        n.put("detail", f.detail());
        n.put("advice", f.advice());
        n.put("deadline", date(f.deadline()));
        if (f.daysLeft() == null) {
            n.putNull("daysLeft");
        } else {
            n.put("daysLeft", f.daysLeft());
        }
        n.put("deadlinePrecision", f.deadlinePrecision() == null ? null : f.deadlinePrecision().name());
        n.put("deadlineText", f.deadlineText());
        n.put("deadlineStatus", f.deadlineStatus() == null ? null : f.deadlineStatus().name());
        n.put("deadlineEvidence", f.deadlineEvidence() == null ? null : f.deadlineEvidence().name());
        ArrayNode sources = n.putArray("sources");
        f.sources().forEach(sources::add);
        n.put("accepted", f.accepted());
        n.put("acceptanceLapsed", f.acceptanceLapsed());
        n.set("acceptance", acceptance(f.acceptance()));
        return n;
    }

    private static JsonNode acceptance(AcceptedRisk r) {
        if (r == null) {
            return NODES.nullNode();
        }
        ObjectNode n = NODES.objectNode();
        n.put("ruleId", r.ruleId());
        n.put("rationale", r.rationale());
        n.put("acceptedBy", r.acceptedBy());
        n.put("acceptedOn", date(r.acceptedOn()));
        n.put("expires", date(r.expires()));
        return n;
    }

    private static ArrayNode entries(List<ChecklistEntry> entries) {
        ArrayNode array = NODES.arrayNode();
        for (ChecklistEntry e : entries) {
            ObjectNode n = array.addObject();
            n.put("itemId", e.itemId());
            n.put("phase", e.phase());
            n.put("order", e.order());
            n.put("side", e.side() == null ? null : e.side().name());
            n.put("title", e.title());
            n.put("detail", e.detail());
            ArrayNode causedBy = n.putArray("causedBy");
            e.causedBy().forEach(causedBy::add);
            n.put("applicable", e.applicable());
            n.put("status", e.status().name());
            n.put("owner", e.owner());
            n.put("dueDate", date(e.dueDate()));
            n.put("suggestedBy", date(e.suggestedBy()));
            if (e.urgent() == null) {
                n.putNull("urgent");
            } else {
                n.put("urgent", e.urgent());
            }
            n.put("notes", e.notes());
        }
        return array;
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
