package org.eacplanner.ui.compare;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eacplanner.checklist.Planner;
import org.eacplanner.compare.Comparer;
import org.eacplanner.compare.Comparison;
import org.eacplanner.model.Assessment;
import org.eacplanner.storage.AssessmentStore;
import org.eacplanner.task.TaskRunner;

/**
 * Compares two assessments off the FX thread, as the command line does: both evaluated as of today with the same
 * catalog. Files are read for review, so comparing never marks or changes them.
 */
public final class CompareAction {

    private final Supplier<AssessmentStore> store;
    private final Supplier<Planner> planner;
    private final TaskRunner tasks;
    private final Clock clock;
    private final Consumer<Throwable> onError;

    public CompareAction(Supplier<AssessmentStore> store, Supplier<Planner> planner, TaskRunner tasks, Clock clock,
            Consumer<Throwable> onError) {
        this.store = store;
        this.planner = planner;
        this.tasks = tasks;
        this.clock = clock;
        this.onError = onError;
    }

    /** Compares the file {@code older} with the file {@code newer}. */
    public void files(Path older, Path newer, Consumer<Comparison> show) {
        tasks.run(() -> {
            Assessment before = store.get().openForReview(older).saved();
            Assessment after = store.get().openForReview(newer).saved();
            return new Comparer(planner.get()).compare(older.toString(), before, newer.toString(), after, today());
        }, show, onError);
    }

    /** Compares the saved file {@code original} with the work recovered for it ({@code recoveredName} names it). */
    public void recovered(Path original, Assessment recovered, String recoveredName, Consumer<Comparison> show) {
        tasks.run(() -> {
            Assessment before = store.get().openForReview(original).saved();
            return new Comparer(planner.get()).compare(original.toString(), before, recoveredName, recovered, today());
        }, show, onError);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
