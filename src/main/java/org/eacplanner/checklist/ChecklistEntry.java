package org.eacplanner.checklist;

import java.time.LocalDate;
import java.util.List;
import org.eacplanner.model.ProgressStatus;
import org.eacplanner.rules.Side;

/**
 * One checklist item as evaluated, merged with the user's progress (rules.md, "Evaluation result").
 * For an entry in {@code notApplicable}: {@code applicable} false, {@code order}, {@code suggestedBy} and
 * {@code urgent} null, and {@code phase} and {@code side} null when the catalog does not know the item.
 */
public record ChecklistEntry(
        String itemId,
        Integer phase,
        Integer order,
        Side side,
        String title,
        String detail,
        List<String> causedBy,
        boolean applicable,
        ProgressStatus status,
        String owner,
        LocalDate dueDate,
        LocalDate suggestedBy,
        Boolean urgent,
        String notes) {

    public ChecklistEntry {
        causedBy = List.copyOf(causedBy);
    }
}
