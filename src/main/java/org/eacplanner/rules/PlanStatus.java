package org.eacplanner.rules;

import java.util.List;
import org.eacplanner.model.Severity;

/**
 * The one-word state of a plan, for the reader who reads nothing else. <b>Broken now</b>: an open blocker's deadline
 * has passed, so something the org relies on has already stopped (Exchange Online sync since EWS was blocked).
 * <b>At risk</b>: any other open blocker, or an open warning whose deadline has passed or is at most
 * {@value #AT_RISK_DAYS} days away (Exchange 2016 out of support, the Government Cloud boundary with April 2027
 * ahead). <b>On track</b>: nothing of the kind. Accepted findings count only once their acceptance lapses.
 */
public enum PlanStatus {
    BROKEN_NOW,
    AT_RISK,
    ON_TRACK;

    /** The days ahead within which an open warning's deadline puts the plan at risk. */
    public static final int AT_RISK_DAYS = 180;

    public static PlanStatus of(List<Finding> findings) {
        List<Finding> open = findings.stream().filter(f -> !f.accepted()).toList();
        if (open.stream().anyMatch(FindingOrder::checkToday)) {
            return BROKEN_NOW;
        }
        boolean blocker = open.stream().anyMatch(f -> f.severity() == Severity.BLOCKER);
        boolean pressingWarning = open.stream().anyMatch(f -> f.severity() == Severity.WARNING
                && (f.deadlineStatus() == DeadlineStatus.PASSED
                        || f.daysLeft() != null && f.daysLeft() <= AT_RISK_DAYS));
        return blocker || pressingWarning ? AT_RISK : ON_TRACK;
    }

    /**
     * The risks a reader should see first: open blockers and warnings, most urgent first ({@link FindingOrder}: a
     * passed deadline before any days left, then the fewest days left, then severity).
     */
    public static List<Finding> risks(List<Finding> findings) {
        return FindingOrder.byUrgency(findings.stream().filter(f -> !f.accepted())
                .filter(f -> f.severity() == Severity.BLOCKER || f.severity() == Severity.WARNING).toList());
    }
}
