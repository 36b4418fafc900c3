package org.eacplanner.rules;

import java.util.List;
import org.eacplanner.model.Severity;

/**
 * How a rule's severity is decided (the catalog's severity kinds): fixed; "dated" (daysLeft ≤ 0 BLOCKER,
 * 1–180 WARNING, over 180 INFO); one severity before the deadline and another from the deadline day on
 * ({@code BY_VERSION}); or the first of a list of conditions that holds ({@code THRESHOLDS}, {@code CASES}).
 */
public sealed interface SeveritySpec {

    Severity severityFor(Long daysLeft);

    /** The severity with the evaluation context ({@code THRESHOLDS} and {@code CASES} read it). */
    default Severity severityFor(Long daysLeft, ConditionContext context) {
        return severityFor(daysLeft);
    }

    /** One severity per condition, the first that holds, else {@code otherwise} (kinds THRESHOLDS and CASES). */
    record Cases(List<String> written, List<Condition> conditions, List<Severity> severities, Severity otherwise)
            implements SeveritySpec {
        public Cases {
            written = List.copyOf(written);
            conditions = List.copyOf(conditions);
            severities = List.copyOf(severities);
        }

        @Override
        public Severity severityFor(Long daysLeft) {
            return otherwise;
        }

        @Override
        public Severity severityFor(Long daysLeft, ConditionContext context) {
            for (int i = 0; i < conditions.size(); i++) {
                if (conditions.get(i).test(context)) {
                    return severities.get(i);
                }
            }
            return otherwise;
        }
    }

    /** A rule whose severity never changes. */
    record Fixed(Severity severity) implements SeveritySpec {
        @Override
        public Severity severityFor(Long daysLeft) {
            return severity;
        }
    }

    /** The dated scheme of rules.md. */
    record Dated() implements SeveritySpec {
        /** A deadline this many days away or closer is a warning. */
        public static final int WARNING_DAYS = 180;

        @Override
        public Severity severityFor(Long daysLeft) {
            if (daysLeft <= 0) {
                return Severity.BLOCKER;
            }
            return daysLeft <= WARNING_DAYS ? Severity.WARNING : Severity.INFO;
        }
    }

    /** {@code before} until the day before the deadline, {@code from} on the deadline day and after. */
    record BeforeAndFrom(Severity before, Severity from) implements SeveritySpec {
        @Override
        public Severity severityFor(Long daysLeft) {
            return daysLeft <= 0 ? from : before;
        }
    }
}
