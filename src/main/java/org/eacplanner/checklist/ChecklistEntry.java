package org.eacplanner.checklist;

import java.time.LocalDate;
import java.util.List;
import org.eacplanner.model.ProgressStatus;

/**
 * One checklist item as evaluated, merged with the user's progress (rules.md, "Evaluation result").
 * For an entry in {@code notApplicable}: {@code applicable} false, {@code order} null, and {@code phase}
 * null when the catalog does not know the item.
 */
public record ChecklistEntry(
        String itemId,
        Integer phase,
        Integer order,
        String title,
        String detail,
        List<String> causedBy,
        boolean applicable,
        ProgressStatus status,
        String owner,
        LocalDate dueDate,
        String notes) {

    public ChecklistEntry {
        causedBy = List.copyOf(causedBy);
    }
}
