package org.eacplanner.ui.wizard;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Wizard navigation: the current step, Back/Next, jump to any step, and a state mark per step.
 * Next is never blocked by missing answers (product.md); it is only unavailable on the last step.
 */
public final class WizardViewModel {

    private final ReadOnlyObjectWrapper<Step> current = new ReadOnlyObjectWrapper<>(Step.values()[0]);
    private final Map<Step, ObjectProperty<StepState>> states = new EnumMap<>(Step.class);
    private final Map<Step, ObjectProperty<StepWhy>> whys = new EnumMap<>(Step.class);
    private final Set<Step> visited = EnumSet.noneOf(Step.class);
    private final BooleanBinding canGoBack;
    private final BooleanBinding canGoNext;

    public WizardViewModel() {
        for (Step s : Step.values()) {
            states.put(s, new SimpleObjectProperty<>(StepState.NOT_VISITED));
            whys.put(s, new SimpleObjectProperty<>(StepWhy.of("notVisited")));
        }
        canGoBack = Bindings.createBooleanBinding(() -> current.get().ordinal() > 0, current);
        canGoNext = Bindings.createBooleanBinding(() -> current.get().ordinal() < Step.values().length - 1, current);
    }

    public ReadOnlyObjectProperty<Step> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Step current() {
        return current.get();
    }

    public BooleanBinding canGoBackProperty() {
        return canGoBack;
    }

    public BooleanBinding canGoNextProperty() {
        return canGoNext;
    }

    public ReadOnlyObjectProperty<StepState> stateProperty(Step step) {
        return states.get(step);
    }

    public StepState state(Step step) {
        return states.get(step).get();
    }

    /** Why the step has its mark (for its tooltip and accessible text). */
    public ReadOnlyObjectProperty<StepWhy> whyProperty(Step step) {
        return whys.get(step);
    }

    public StepWhy why(Step step) {
        return whys.get(step).get();
    }

    /** Marks a step's state and why; the domain (findings, validation, live-check results) decides which. */
    public void setState(Step step, StepState state, StepWhy why) {
        if (!why.equals(whys.get(step).get())) {
            whys.get(step).set(why); // a new record each time: set only when it differs (the list redraws on it)
        }
        states.get(step).set(state);
    }

    /** The steps the user has been on and left. */
    public Set<Step> visitedSteps() {
        return Set.copyOf(visited);
    }

    public void next() {
        if (canGoNext.get()) {
            jumpTo(Step.values()[current.get().ordinal() + 1]);
        }
    }

    public void back() {
        if (canGoBack.get()) {
            jumpTo(Step.values()[current.get().ordinal() - 1]);
        }
    }

    public void jumpTo(Step step) {
        if (step == null || step == current.get()) {
            return;
        }
        Step left = current.get();
        visited.add(left);
        current.set(step);
    }

    /** Whether the user has been on {@code step} and left it. */
    public boolean visited(Step step) {
        return visited.contains(step);
    }

    /** Back to the first step with every mark cleared (a new assessment). */
    public void reset() {
        visited.clear();
        for (Step s : Step.values()) {
            setState(s, StepState.NOT_VISITED, StepWhy.of("notVisited"));
        }
        current.set(Step.values()[0]);
    }

    /** The same window in another language: the steps visited before, and {@code step} as the current one. */
    void resume(Set<Step> wereVisited, Step step) {
        visited.addAll(wereVisited);
        current.set(step);
    }
}
