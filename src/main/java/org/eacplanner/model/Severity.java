package org.eacplanner.model;

/** How bad a finding is, worst first (rules.md: findings sort BLOCKER, WARNING, GAP, INFO). */
public enum Severity {
    /** Migration or sync cannot work until fixed. */
    BLOCKER,
    /** Risk, loss, or a deadline within 180 days. */
    WARNING,
    /** An answer needed to decide is missing. */
    GAP,
    /** Good to know. */
    INFO
}
