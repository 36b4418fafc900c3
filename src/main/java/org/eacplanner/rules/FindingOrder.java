package org.eacplanner.rules;

import java.util.Comparator;
import java.util.List;
import org.eacplanner.model.Severity;

/**
 * The two orders the app offers for findings. By urgency: open findings before accepted ones; among them,
 * deadlines already passed first (longest overdue first), then deadlines due now or ahead (fewest days left first),
 * then findings without a deadline; ties by severity, then in plan order. By severity: {@link FindingGroups}.
 */
public enum FindingOrder {
    URGENCY,
    SEVERITY;

    private static final Comparator<Finding> BY_URGENCY = Comparator
            .comparing((Finding f) -> f.accepted())
            .thenComparing(FindingOrder::deadlineRank)
            .thenComparing(f -> f.daysLeft() == null ? Long.MAX_VALUE : f.daysLeft())
            .thenComparing(Finding::severity);

    /** {@code findings} most urgent first (a stable sort: plan order breaks the last ties). */
    public static List<Finding> byUrgency(List<Finding> findings) {
        return findings.stream().sorted(BY_URGENCY).toList();
    }

    /** Whether {@code f}'s deadline has passed while it is still open: the admin checks it today. */
    public static boolean overdue(Finding f) {
        return f.deadlineStatus() == DeadlineStatus.PASSED && !f.accepted();
    }

    /** Whether {@code f} is an open blocker past its deadline: what the admin checks today, before anything else. */
    public static boolean checkToday(Finding f) {
        return overdue(f) && f.severity() == Severity.BLOCKER;
    }

    private static int deadlineRank(Finding f) {
        if (f.deadlineStatus() == null) {
            return 2;
        }
        return f.deadlineStatus() == DeadlineStatus.PASSED ? 0 : 1;
    }
}
