package org.eacplanner.export;

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
        root.set("old", side(c.before()));
        root.set("new", side(c.after()));
        ObjectNode findings = root.putObject("findings");
        ArrayNode added = findings.putArray("added");
        c.findings().added().forEach(f -> added.add(EvaluationJson.finding(f)));
        ArrayNode removed = findings.putArray("removed");
        c.findings().removed().forEach(f -> removed.add(EvaluationJson.finding(f)));
        ArrayNode changed = findings.putArray("changed");
        for (FindingChange ch : c.findings().changed()) {
            ObjectNode n = changed.addObject();
            n.put("ruleId", ch.ruleId());
            n.set("old", state(ch.before()));
            n.set("new", state(ch.after()));
        }
        ArrayNode checklist = root.putArray("checklist");
        for (ChecklistChange ch : c.checklist()) {
            ObjectNode n = checklist.addObject();
            n.put("itemId", ch.itemId());
            n.put("field", ch.field());
            n.set("old", ch.before());
            n.set("new", ch.after());
        }
        ArrayNode inventory = root.putArray("inventory");
        for (InventoryChange ch : c.inventory()) {
            ObjectNode n = inventory.addObject();
            n.put("path", ch.path());
            n.set("old", ch.before());
            n.set("new", ch.after());
        }
        return root;
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
