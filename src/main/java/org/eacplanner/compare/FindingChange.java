package org.eacplanner.compare;

/** A finding on both sides whose severity, deadline or accepted state differs. */
public record FindingChange(String ruleId, FindingState before, FindingState after) {
}
