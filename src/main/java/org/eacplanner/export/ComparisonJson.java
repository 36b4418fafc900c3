package org.eacplanner.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eacplanner.compare.ChecklistChange;
import org.eacplanner.compare.Comparison;
import org.eacplanner.compare.FindingChange;
import org.eacplanner.compare.FindingState;
import org.eacplanner.compare.InventoryChange;

/**
 * A comparison as JSON, in the shape of product.md ("Compare"): {@code {asOf, old, new, findings: {added,
 * removed, changed}, checklist, inventory}}; a finding in {@code added}/{@code removed} has the shape of
 * {@code evaluate --format json}. Every key always present, in a fixed order.
 */
public final class ComparisonJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ComparisonJson() {
    }

    public static ObjectNode toJson(Comparison c) {
        ObjectNode root = NODES.objectNode();
        root.put("asOf", c.asOf().toString());
        root.put("catalogVersion", c.catalogVersion());
        root.put("catalogReviewedOn", c.catalogReviewedOn() == null ? null : c.catalogReviewedOn().toString());
        root.put("catalogSource", c.catalogSource() == null ? null : c.catalogSource().name());
        root.set("old", side(c.before()));
        root.set("new", side(c.after()));
        ObjectNode findings = root.putObject("findings");
        ArrayNode added = findings.putArray("added");
        c.findings().added().forEach(f -> added.add(EvaluationJson.finding(f)));
        ArrayNode removed = findings.putArray("removed");
        c.findings().removed().forEach(f -> removed.add(EvaluationJson.finding(f)));
        ArrayNode changed = findings.putArray("changed");
        for (FindingChange ch : c.findings().changed()) {
            oldAndNew(changed.addObject().put("ruleId", ch.ruleId()), state(ch.before()), state(ch.after()));
        }
        ArrayNode checklist = root.putArray("checklist");
        for (ChecklistChange ch : c.checklist()) {
            oldAndNew(checklist.addObject().put("itemId", ch.itemId()).put("field", ch.field()), ch.before(), ch.after());
        }
        ArrayNode inventory = root.putArray("inventory");
        for (InventoryChange ch : c.inventory()) {
            oldAndNew(inventory.addObject().put("path", ch.path()), ch.before(), ch.after());
        }
        return root;
    }

    private static void oldAndNew(ObjectNode change, JsonNode before, JsonNode after) {
        change.set("old", before);
        change.set("new", after);
    }

    private static ObjectNode side(Comparison.Side side) {
        ObjectNode n = NODES.objectNode();
        n.put("file", side.file());
        n.put("title", side.title());
        n.put("updatedAt", side.updatedAt() == null ? null : side.updatedAt().toString());
        return n;
    }

    private static ObjectNode state(FindingState s) {
        ObjectNode n = NODES.objectNode();
        n.put("severity", s.severity() == null ? null : s.severity().name());
        n.put("deadline", s.deadline() == null ? null : s.deadline().toString());
        n.put("accepted", s.accepted());
        return n;
    }
}
