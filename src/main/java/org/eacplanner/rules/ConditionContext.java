package org.eacplanner.rules;

import java.time.LocalDate;
import org.eacplanner.model.Assessment;

/**
 * What a condition is evaluated with: the assessment, the evaluation date and the catalog's review date, plus,
 * inside a {@code CASES} severity, the days left to the rule's own deadline (null elsewhere).
 */
public record ConditionContext(Assessment assessment, LocalDate asOf, LocalDate reviewedOn, Long daysLeft) {

    /** The assessment a field path reads: the context's, or the subject itself. */
    static Object assessmentOf(Object subject) {
        return subject instanceof ConditionContext c ? c.assessment() : subject;
    }
}
