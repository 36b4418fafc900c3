package org.eacplanner.ui.wizard;

/** The mark the step list shows beside a step. */
public enum StepState {
    NOT_VISITED,
    COMPLETE,
    HAS_BLOCKERS
}
