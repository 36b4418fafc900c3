package org.eacplanner.rules;

import java.util.List;
import org.eacplanner.model.Severity;

/**
 * A checklist item of the catalog. It applies when {@code condition} holds and, if it names causes, when at
 * least one of them produced a finding: the rules in {@code causedBy}, or any rule of severity
 * {@code causedBySeverity}.
 */
public record ChecklistItemDef(
        String id,
        int phase,
        Side side,
        String when,
        Condition condition,
        List<String> causedBy,
        Severity causedBySeverity,
        CatalogTextSet texts) {

    public ChecklistItemDef {
        causedBy = List.copyOf(causedBy);
    }

    /** Whether the item depends on findings (and so lists them in {@code causedBy}). */
    public boolean isCausedByFindings() {
        return !causedBy.isEmpty() || causedBySeverity != null;
    }
}
