package org.eacplanner.ui.form;

import java.util.function.Predicate;
import org.eacplanner.model.Assessment;
import org.eacplanner.rules.FieldPath;

/**
 * One question of the wizard: the answer's field ({@code org.orgId}, resolved once against the model), how it is
 * answered, and for choices the enumeration. Its label and help come from {@code field.<path>} and
 * {@code field.<path>.help} in the UI bundle.
 */
public record FieldSpec(FieldPath field, FieldKind kind, Class<? extends Enum<?>> choices,
        Predicate<Assessment> shownWhen) {

    public static FieldSpec of(String path, FieldKind kind) {
        return new FieldSpec(FieldPath.of(path), kind, null, a -> true);
    }

    public static FieldSpec choice(String path, Class<? extends Enum<?>> type) {
        return new FieldSpec(FieldPath.of(path), FieldKind.CHOICE, type, a -> true);
    }

    public static FieldSpec choices(String path, Class<? extends Enum<?>> type) {
        return new FieldSpec(FieldPath.of(path), FieldKind.CHOICES, type, a -> true);
    }

    /** The same question, asked only when {@code condition} holds for the assessment (hidden answers are kept). */
    public FieldSpec shownWhen(Predicate<Assessment> condition) {
        return new FieldSpec(field, kind, choices, condition);
    }

    /** The path as the forms write it: {@code org.orgId}. */
    public String path() {
        return field.text();
    }

    public String labelKey() {
        return field.labelKey();
    }

    public String helpKey() {
        return field.labelKey() + ".help";
    }

    /** A control id for lookups in tests and for the accessibility tree: {@code org.orgId} → {@code org-orgId}. */
    public String id() {
        return field.controlId();
    }
}
