package org.eacplanner.ui.findings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.eacplanner.checklist.Plan;
import org.eacplanner.checklist.Planner;
import org.eacplanner.compare.SinceSaved;
import org.eacplanner.rules.Finding;
import org.eacplanner.ui.document.AssessmentDocument;

/**
 * The live evaluation of the assessment being edited, as of the evaluation date (default today, never saved).
 * Evaluation is pure and takes about a millisecond, so it runs on every change, on the FX thread; what the last
 * change added and removed is kept for the findings panel to highlight.
 */
public final class EvaluationViewModel {

    private final AssessmentDocument document;
    private final ObjectProperty<Planner> planner;
    private final ObjectProperty<LocalDate> asOf;
    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Change> lastChange = new ReadOnlyObjectWrapper<>(Change.NONE);
    private final ReadOnlyObjectWrapper<SinceSaved> sinceSaved = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty showSaved = new SimpleBooleanProperty();

    public EvaluationViewModel(AssessmentDocument document, Planner planner, Clock clock) {
        this.document = document;
        this.planner = new SimpleObjectProperty<>(planner);
        this.asOf = new SimpleObjectProperty<>(LocalDate.now(clock));
        document.assessmentProperty().addListener(o -> evaluate());
        asOf.addListener(o -> evaluate());
        this.planner.addListener(o -> evaluate());
        evaluate();
    }

    /** The evaluation date; null is ignored (the picker keeps the last date). */
    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ObjectProperty<Planner> plannerProperty() {
        return planner;
    }

    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public Plan plan() {
        return plan.get();
    }

    public ReadOnlyObjectProperty<Change> lastChangeProperty() {
        return lastChange.getReadOnlyProperty();
    }

    /** Forgets the last change (after a new or opened assessment, nothing was "added" by the user). */
    public void forgetLastChange() {
        lastChange.set(Change.NONE);
    }

    private void evaluate() {
        if (asOf.get() == null) {
            return;
        }
        Plan before = plan.get();
        // Evaluated as a save would write it: an answer that fails a semantic check (more users with errors than
        // syncing, an org ID whose checksum is wrong, a build of another version) counts as unknown here too.
        Plan now = planner.get().evaluate(document.answered(), asOf.get());
        if (before != null) {
            Set<String> old = ids(before.findings());
            Set<String> cur = ids(now.findings());
            Set<String> added = new LinkedHashSet<>(cur);
            added.removeAll(old);
            Set<String> removed = new LinkedHashSet<>(old);
            removed.removeAll(cur);
            if (!added.isEmpty() || !removed.isEmpty()) {
                lastChange.set(new Change(titles(added, now), titles(removed, before)));
            }
        }
        sinceSaved.set(SinceSaved.of(document.assessment().lastEvaluation(), now));
        plan.set(now);
    }

    /**
     * Review mode: what differs between the findings saved in the file ({@code lastEvaluation}) and the findings
     * re-evaluated as of the evaluation date.
     */
    public ReadOnlyObjectProperty<SinceSaved> sinceSavedProperty() {
        return sinceSaved.getReadOnlyProperty();
    }

    /** Review mode: show the findings as saved in the file instead of re-evaluated. */
    public BooleanProperty showSavedProperty() {
        return showSaved;
    }

    private static Set<String> ids(List<Finding> findings) {
        Set<String> ids = new LinkedHashSet<>();
        findings.forEach(f -> ids.add(f.ruleId()));
        return ids;
    }

    /** The titles of the findings {@code ids} of {@code plan}, in its order. */
    private static List<String> titles(Set<String> ids, Plan plan) {
        return plan.findings().stream().filter(f -> ids.contains(f.ruleId())).map(Finding::title).toList();
    }

    /** The findings the last change of an answer added and removed, by title. */
    public record Change(List<String> added, List<String> removed) {
        public static final Change NONE = new Change(List.of(), List.of());
    }
}
