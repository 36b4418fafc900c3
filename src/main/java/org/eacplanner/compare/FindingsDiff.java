package org.eacplanner.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eacplanner.checklist.Plan;
import org.eacplanner.rules.Finding;

/**
 * Findings matched by rule ID: those only in the new plan, those only in the old one, and those in both whose
 * severity, deadline or accepted state differs. Each list keeps its plan's order (severity, then rule ID).
 */
public record FindingsDiff(List<Finding> added, List<Finding> removed, List<FindingChange> changed) {

    public FindingsDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public static FindingsDiff between(Plan before, Plan after) {
        Map<String, Finding> old = byRule(before.findings());
        Map<String, Finding> now = byRule(after.findings());
        List<Finding> added = now.values().stream().filter(f -> !old.containsKey(f.ruleId())).toList();
        List<Finding> removed = old.values().stream().filter(f -> !now.containsKey(f.ruleId())).toList();
        List<FindingChange> changed = now.values().stream()
                .filter(f -> old.containsKey(f.ruleId()))
                .map(f -> new FindingChange(f.ruleId(), FindingState.of(old.get(f.ruleId())), FindingState.of(f)))
                .filter(c -> !c.before().equals(c.after()))
                .toList();
        return new FindingsDiff(added, removed, changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    private static Map<String, Finding> byRule(List<Finding> findings) {
        Map<String, Finding> map = new LinkedHashMap<>();
        findings.forEach(f -> map.putIfAbsent(f.ruleId(), f));
        return map;
    }
}
