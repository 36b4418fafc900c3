package org.eacplanner.ui.form;

import java.util.List;

/** A titled group of questions on a step; its title and intro come from {@code section.<key>} and {@code .intro}. */
public record Section(String key, List<FieldSpec> fields) {

    public Section {
        fields = List.copyOf(fields);
    }

    public static Section of(String key, FieldSpec... fields) {
        return new Section(key, List.of(fields));
    }
}
