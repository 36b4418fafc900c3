package org.eacplanner.model;

/** A checklist item's progress. */
public enum ProgressStatus {
    TODO,
    IN_PROGRESS,
    DONE,
    NOT_APPLICABLE
}
