package org.eacplanner.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.eacplanner.checklist.ChecklistEntry;
import org.eacplanner.checklist.Plan;
import org.eacplanner.model.ProgressStatus;
import org.eacplanner.rules.Catalog;
import org.eacplanner.rules.ChecklistItemDef;

/**
 * Checklist items matched by item ID across two plans. An item applies when it is in a plan's checklist; one that
 * only carries progress ({@code notApplicable}) or is absent does not. Items are reported in the catalog's order
 * (unknown IDs after, by ID), and each item's fields in the order applicable, status, owner, dueDate, notes. An
 * absent item counts as status TODO and no owner, due date or notes, so an item that appears without progress
 * is one change, of {@code applicable}.
 */
final class ChecklistDiff {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<Field> FIELDS = List.of(
            new Field("status", e -> e == null ? ProgressStatus.TODO.name() : e.status().name()),
            new Field("owner", e -> e == null ? null : e.owner()),
            new Field("dueDate", e -> e == null || e.dueDate() == null ? null : e.dueDate().toString()),
            new Field("notes", e -> e == null ? null : e.notes()));

    private record Field(String name, Function<ChecklistEntry, String> value) {
    }

    private ChecklistDiff() {
    }

    static List<ChecklistChange> between(Plan before, Plan after, Catalog catalog) {
        Map<String, ChecklistEntry> old = entries(before);
        Map<String, ChecklistEntry> now = entries(after);
        Set<String> ids = new LinkedHashSet<>();
        catalog.checklist().stream().map(ChecklistItemDef::id).filter(id -> old.containsKey(id) || now.containsKey(id))
                .forEach(ids::add);
        old.keySet().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        now.keySet().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        List<String> order = new ArrayList<>(ids);
        int known = (int) catalog.checklist().stream().filter(d -> ids.contains(d.id())).count();
        order.subList(known, order.size()).sort(null);

        List<ChecklistChange> changes = new ArrayList<>();
        for (String id : order) {
            ChecklistEntry o = old.get(id);
            ChecklistEntry n = now.get(id);
            boolean wasApplicable = o != null && o.applicable();
            boolean isApplicable = n != null && n.applicable();
            if (wasApplicable != isApplicable) {
                changes.add(new ChecklistChange(id, "applicable", NODES.booleanNode(wasApplicable),
                        NODES.booleanNode(isApplicable)));
            }
            for (Field f : FIELDS) {
                String a = f.value().apply(o);
                String b = f.value().apply(n);
                if (!Objects.equals(a, b)) {
                    changes.add(new ChecklistChange(id, f.name(), text(a), text(b)));
                }
            }
        }
        return changes;
    }

    private static Map<String, ChecklistEntry> entries(Plan plan) {
        Map<String, ChecklistEntry> map = new LinkedHashMap<>();
        plan.checklist().forEach(e -> map.putIfAbsent(e.itemId(), e));
        plan.notApplicable().forEach(e -> map.putIfAbsent(e.itemId(), e));
        return map;
    }

    private static JsonNode text(String s) {
        return s == null ? NODES.nullNode() : NODES.textNode(s);
    }
}
