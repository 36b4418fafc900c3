package org.eacplanner.rules;

import java.time.LocalDate;
import java.util.Map;

/** A rule's deadline: a fixed date, or a date chosen by the value of an inventory field (none for most rules). */
sealed interface DeadlineSpec {

    /** The deadline for this assessment, or null. */
    LocalDate deadlineFor(Object subject);

    record None() implements DeadlineSpec {
        @Override
        public LocalDate deadlineFor(Object subject) {
            return null;
        }
    }

    record Fixed(LocalDate date) implements DeadlineSpec {
        @Override
        public LocalDate deadlineFor(Object subject) {
            return date;
        }
    }

    /** A date answer of the assessment ({@code exchange.certificateExpiresOn}). */
    record DateField(FieldPath path) implements DeadlineSpec {
        @Override
        public LocalDate deadlineFor(Object subject) {
            return path.read(subject) instanceof LocalDate d ? d : null;
        }
    }

    /** e.g. the end-of-support date of {@code exchange.serverVersion}. */
    record ByField(FieldPath path, Map<Object, LocalDate> dates) implements DeadlineSpec {
        @Override
        public LocalDate deadlineFor(Object subject) {
            Object value = path.toString().equals(ConditionCompiler.SERVER_VERSION)
                    ? ConditionCompiler.effectiveServerVersion(subject) : path.read(subject);
            return value == null ? null : dates.get(value);
        }
    }
}
