package org.eacplanner.ui.wizard;

/** The mark the step list shows beside a step. */
public enum StepState {
    NOT_VISITED,
    COMPLETE,
    /** Visited, with answers missing or not valid yet. */
    INCOMPLETE,
    HAS_BLOCKERS
}
