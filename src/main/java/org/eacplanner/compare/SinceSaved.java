package org.eacplanner.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eacplanner.checklist.Plan;
import org.eacplanner.model.LastEvaluation;
import org.eacplanner.model.LastEvaluation.SavedFinding;
import org.eacplanner.rules.Finding;

/**
 * Review mode: what differs between the findings "as saved" (the file's {@code lastEvaluation}) and the findings
 * re-evaluated now. Matched by rule ID; a saved finding has no deadline, so a change is one of severity or of
 * accepted state. {@code catalogChanged} when the file was evaluated with another catalog: another version,
 * review day or source (a banner says which).
 */
public record SinceSaved(LastEvaluation saved, List<Finding> added, List<SavedFinding> removed,
        List<FindingChange> changed, boolean catalogChanged) {

    public SinceSaved {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** {@code saved} may be null (a file never saved by the app): then every current finding is new. */
    public static SinceSaved of(LastEvaluation saved, Plan now) {
        Map<String, SavedFinding> old = new LinkedHashMap<>();
        if (saved != null) {
            saved.findings().forEach(f -> old.putIfAbsent(f.ruleId(), f));
        }
        List<String> current = now.findings().stream().map(Finding::ruleId).toList();
        List<Finding> added = now.findings().stream().filter(f -> !old.containsKey(f.ruleId())).toList();
        List<SavedFinding> removed = old.values().stream().filter(f -> !current.contains(f.ruleId())).toList();
        List<FindingChange> changed = now.findings().stream()
                .filter(f -> old.containsKey(f.ruleId()))
                .filter(f -> old.get(f.ruleId()).severity() != f.severity()
                        || Boolean.TRUE.equals(old.get(f.ruleId()).accepted()) != f.accepted())
                .map(f -> new FindingChange(f.ruleId(), new FindingState(old.get(f.ruleId()).severity(), null,
                        Boolean.TRUE.equals(old.get(f.ruleId()).accepted())), FindingState.of(f)))
                .toList();
        // Another catalog: another version, review day or source (a version 1 file records the version only).
        boolean catalogChanged = saved != null && (!Objects.equals(saved.catalogVersion(), now.catalogVersion())
                || saved.catalogReviewedOn() != null && !saved.catalogReviewedOn().equals(now.catalogReviewedOn())
                || saved.catalogSource() != null && saved.catalogSource() != now.catalogSource());
        return new SinceSaved(saved, added, removed, changed, catalogChanged);
    }

    /** Nothing differs between the saved and the current findings. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
