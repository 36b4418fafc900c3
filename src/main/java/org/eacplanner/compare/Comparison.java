package org.eacplanner.compare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eacplanner.model.CatalogSource;

/**
 * Two assessments compared as of one date with one catalog: findings, checklist and inventory differences, in a
 * deterministic order.
 */
public record Comparison(LocalDate asOf, String catalogVersion, LocalDate catalogReviewedOn,
        CatalogSource catalogSource, Side before, Side after, FindingsDiff findings,
        List<ChecklistChange> checklist, List<InventoryChange> inventory) {

    /** One of the two assessments: where it came from (a file name, or a label), its title and last change. */
    public record Side(String file, String title, Instant updatedAt) {
    }

    public Comparison {
        checklist = List.copyOf(checklist);
        inventory = List.copyOf(inventory);
    }

    /** Nothing differs (exit code 0 of {@code compare}). */
    public boolean isEmpty() {
        return findings.isEmpty() && checklist.isEmpty() && inventory.isEmpty();
    }
}
