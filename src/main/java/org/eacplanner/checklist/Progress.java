package org.eacplanner.checklist;

import java.util.List;
import org.eacplanner.model.ProgressStatus;

/**
 * How far a list of checklist items is: the one count the app and every export show ("3 of 11 done"). An item is
 * finished when it is {@code DONE} or {@code NOT_APPLICABLE} (nothing is left to do for it).
 */
public record Progress(long finished, long inProgress, int total) {

    public static Progress of(List<ChecklistEntry> items) {
        long finished = items.stream().filter(Progress::isFinished).count();
        long doing = items.stream().filter(e -> e.status() == ProgressStatus.IN_PROGRESS).count();
        return new Progress(finished, doing, items.size());
    }

    public static boolean isFinished(ChecklistEntry e) {
        return e.status() == ProgressStatus.DONE || e.status() == ProgressStatus.NOT_APPLICABLE;
    }

    /** Finished items as a fraction of all, 0 for none. */
    public double fraction() {
        return total == 0 ? 0 : (double) finished / total;
    }

    /** Finished items in whole percent, rounded down. */
    public int percent() {
        return total == 0 ? 0 : (int) (finished * 100 / total);
    }
}
