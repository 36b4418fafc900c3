package org.eacplanner.rules;

/** Where the evaluation date stands to a deadline: before it, in its day or month, or after it. */
public enum DeadlineStatus {
    AHEAD,
    DUE,
    PASSED
}
