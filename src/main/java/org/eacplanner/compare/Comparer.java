package org.eacplanner.compare;

import java.time.LocalDate;
import org.eacplanner.checklist.Plan;
import org.eacplanner.checklist.Planner;
import org.eacplanner.model.Assessment;

/** Compares two assessments as of one date with this planner's catalog (product.md, "Compare"). Thread-safe. */
public final class Comparer {

    private final Planner planner;

    public Comparer(Planner planner) {
        this.planner = planner;
    }

    /**
     * Compares {@code before} (from {@code beforeFile}, a file name or label) with {@code after}, both evaluated as
     * of {@code asOf}.
     */
    public Comparison compare(String beforeFile, Assessment before, String afterFile, Assessment after, LocalDate asOf) {
        Plan old = planner.evaluate(before, asOf);
        Plan now = planner.evaluate(after, asOf);
        return new Comparison(asOf, planner.catalog().version(), planner.catalog().reviewedOn(),
                planner.catalog().source(),
                new Comparison.Side(beforeFile, before.title(), before.updatedAt()),
                new Comparison.Side(afterFile, after.title(), after.updatedAt()),
                FindingsDiff.between(old, now),
                ChecklistDiff.between(old, now, planner.catalog()),
                InventoryDiff.between(before, after));
    }
}
