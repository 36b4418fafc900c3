package org.eacplanner.rules;

import java.util.List;

/**
 * A checklist item of the catalog. It applies when {@code condition} holds and, if it names causes, when at
 * least one of the rules in {@code causedBy} produced a finding.
 */
public record ChecklistItemDef(
        String id,
        int phase,
        Side side,
        String when,
        Condition condition,
        List<String> causedBy,
        CatalogTextSet texts) {

    public ChecklistItemDef {
        causedBy = List.copyOf(causedBy);
    }

    /** Whether the item depends on findings (and so lists them in {@code causedBy}). */
    public boolean isCausedByFindings() {
        return !causedBy.isEmpty();
    }
}
