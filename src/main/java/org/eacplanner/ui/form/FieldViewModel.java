package org.eacplanner.ui.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.eacplanner.edit.Edits;
import org.eacplanner.model.InputRules;
import org.eacplanner.model.InputRules.Problem;
import org.eacplanner.ui.document.AssessmentDocument;

/**
 * The state of one question, between its control and the document. Text answers: blank is "I don't know",
 * invalid text is kept as a draft and marked with the reason while the answer stays unknown. Yes/no and
 * choice answers: null is "I don't know". Multiple choices: {@link #unknownProperty()} is "I don't know",
 * otherwise the selected values (possibly none, which is a known answer).
 */
public final class FieldViewModel {

    private final FieldSpec spec;
    private final AssessmentDocument document;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Object> value = new SimpleObjectProperty<>();
    private final BooleanProperty unknown = new SimpleBooleanProperty(true);
    private final ObjectProperty<Set<Object>> selected = new SimpleObjectProperty<>(Set.of());
    private final ObjectProperty<Problem> problem = new SimpleObjectProperty<>();
    private boolean syncing;
    private boolean pushing;

    public FieldViewModel(FieldSpec spec, AssessmentDocument document) {
        this.spec = spec;
        this.document = document;
        refresh();
        document.assessmentProperty().addListener(o -> refresh());
        text.addListener((o, a, b) -> push());
        value.addListener((o, a, b) -> push());
        unknown.addListener((o, a, isUnknown) -> {
            if (isUnknown && !syncing) {
                selected.set(Set.of());
            }
            push();
        });
        selected.addListener((o, a, b) -> push());
    }

    public FieldSpec spec() {
        return spec;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Object> valueProperty() {
        return value;
    }

    public BooleanProperty unknownProperty() {
        return unknown;
    }

    public ObjectProperty<Set<Object>> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Problem> problemProperty() {
        return problem;
    }

    /** Ticks or unticks one of several choices; ticking one means the answer is known. */
    public void toggle(Object choice, boolean on) {
        if (syncing || on == selected.get().contains(choice)) {
            return;
        }
        if (on) {
            unknown.set(false);
        }
        Set<Object> next = new LinkedHashSet<>(selected.get());
        if (on) {
            next.add(choice);
        } else {
            next.remove(choice);
        }
        selected.set(orderedLike(next));
    }

    /** Reads the answer from the document (after an edit elsewhere, an undo, or an open). */
    void refresh() {
        if (pushing) {
            return;
        }
        syncing = true;
        try {
            Object current = spec.field().read(document.assessment());
            switch (spec.kind()) {
                case YES_NO -> value.set(current instanceof Boolean yes ? yes : null);
                case CHOICE -> value.set(current instanceof Enum<?> ? current : null);
                case CHOICES -> {
                    unknown.set(!(current instanceof List<?>));
                    Set<Object> s = new LinkedHashSet<>();
                    if (current instanceof List<?> list) {
                        s.addAll(list);
                    }
                    selected.set(orderedLike(s));
                }
                default -> {
                    String draft = document.draft(spec.field());
                    if (draft != null) {
                        text.set(draft);
                        problem.set(validate(draft));
                    } else {
                        String shown = current == null ? "" : current.toString();
                        if (!shown.equals(text.get().trim()) || current == null && !text.get().isBlank()) {
                            text.set(shown);
                        }
                        problem.set(null);
                    }
                }
            }
        } finally {
            syncing = false;
        }
    }

    private void push() {
        if (syncing) {
            return;
        }
        pushing = true;
        try {
            pushNow();
        } finally {
            pushing = false;
        }
    }

    private void pushNow() {
        switch (spec.kind()) {
            case YES_NO, CHOICE -> answer(value.get(), null);
            case CHOICES -> answer(unknown.get() ? null : List.copyOf(selected.get()), null);
            default -> pushText();
        }
    }

    private void pushText() {
        String raw = text.get() == null ? "" : text.get();
        String trimmed = spec.kind() == FieldKind.EXCHANGE_BUILD ? InputRules.trimBuild(raw) : raw.trim();
        Problem p = trimmed.isEmpty() ? null : validate(trimmed);
        problem.set(p);
        if (trimmed.isEmpty()) {
            answer(null, null);
        } else if (p != null) {
            answer(null, raw);
        } else {
            answer(spec.field().convert(spec.kind() == FieldKind.MULTILINE ? raw : trimmed), null);
        }
    }

    private void answer(Object typed, String draft) {
        document.apply(Edits.answer(spec.field(), typed, draft));
    }

    Problem validate(String t) {
        return switch (spec.kind()) {
            case ORG_ID -> InputRules.orgId(t);
            case EMAIL -> InputRules.email(t);
            case HOST -> InputRules.host(t);
            case HTTPS_URL -> InputRules.httpsUrl(t);
            case WHOLE_NUMBER -> InputRules.wholeNumber(t);
            case DATE -> InputRules.date(t);
            case EXCHANGE_BUILD -> InputRules.exchangeBuild(t);
            default -> null;
        };
    }

    private Set<Object> orderedLike(Set<Object> values) {
        List<Object> ordered = new ArrayList<>();
        for (Object c : spec.choices().getEnumConstants()) {
            if (values.contains(c)) {
                ordered.add(c);
            }
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(ordered));
    }
}
