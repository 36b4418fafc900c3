package org.eacplanner.ui.document;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.eacplanner.edit.Edits;
import org.eacplanner.model.Assessment;
import org.eacplanner.rules.FieldPath;
import org.eacplanner.storage.SemanticDrafts;

/**
 * The assessment being edited: the current immutable {@link Assessment} value, changed only by typed operations
 * ({@link Edits}), with histories of values for undo and redo. Drafts (text that did not pass its checks) live in the
 * value itself, keyed by the field's {@link FieldPath#jsonPath()}.
 */
public final class AssessmentDocument {

    private static final int UNDO_LIMIT = 200;

    private final ReadOnlyObjectWrapper<Assessment> assessment = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final Deque<Assessment> undo = new ArrayDeque<>();
    private final Deque<Assessment> redo = new ArrayDeque<>();

    public AssessmentDocument(Assessment initial) {
        replace(initial);
    }

    /** Starts over with {@code a} (a new or opened assessment): no undo history, not modified. */
    public void replace(Assessment a) {
        replace(a, false);
    }

    /** Starts over with {@code a}, read-only (review mode) or editable. */
    public void replace(Assessment a, boolean readOnly) {
        this.readOnly.set(readOnly);
        undo.clear();
        redo.clear();
        canUndo.set(false);
        canRedo.set(false);
        assessment.set(a);
        modified.set(false);
    }

    public ReadOnlyObjectProperty<Assessment> assessmentProperty() {
        return assessment.getReadOnlyProperty();
    }

    public Assessment assessment() {
        return assessment.get();
    }

    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Marks the current state as saved. */
    public void markSaved() {
        modified.set(false);
    }

    /** Marks the current state as not saved (work recovered after a crash is not in any file yet). */
    public void markModified() {
        modified.set(true);
    }

    /**
     * Review mode: the views show every answer but take none, and {@link #apply} refuses, so nothing can change a
     * file opened for review (or of a newer format) behind the user's back.
     */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** Ends review mode (the user saved an editable copy). */
    public void makeEditable() {
        readOnly.set(false);
    }

    public boolean isReadOnly() {
        return readOnly.get();
    }

    /**
     * The assessment with the drafts of cross-field answers put back where they pass their field's own check: what the
     * user answered ({@link SemanticDrafts#restore}). Nothing is edited.
     */
    public Assessment withDraftsRestored() {
        return SemanticDrafts.restore(assessment.get());
    }

    /**
     * What the user answered, checked as a save checks it ({@link SemanticDrafts#asAnswered}): what the findings
     * panel evaluates and an export from the app writes. Nothing is edited.
     */
    public Assessment answered() {
        return SemanticDrafts.asAnswered(assessment.get());
    }

    /** The text the user typed for {@code field} that did not pass its checks, or null. */
    public String draft(FieldPath field) {
        return assessment.get().drafts().get(field.jsonPath());
    }

    /** Applies a typed change ({@link Edits}) as one undo step; a no-op when the assessment stays the same. */
    public void apply(UnaryOperator<Assessment> change) {
        refuseWhenReadOnly();
        Assessment next = change.apply(assessment.get());
        if (next.equals(assessment.get())) {
            return;
        }
        remember(undo, assessment.get());
        redo.clear();
        canUndo.set(true);
        canRedo.set(false);
        modified.set(true);
        assessment.set(next);
    }

    private static void remember(Deque<Assessment> history, Assessment a) {
        history.push(a);
        while (history.size() > UNDO_LIMIT) {
            history.removeLast();
        }
    }

    /** Undoes the last edit, if any. */
    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        refuseWhenReadOnly();
        Assessment previous = undo.pop();
        remember(redo, assessment.get());
        canUndo.set(!undo.isEmpty());
        canRedo.set(true);
        modified.set(true);
        assessment.set(previous);
    }

    /** Makes the last undone edit again, if any (a new edit after an undo forgets what was undone). */
    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        refuseWhenReadOnly();
        Assessment next = redo.pop();
        remember(undo, assessment.get());
        canRedo.set(!redo.isEmpty());
        canUndo.set(true);
        modified.set(true);
        assessment.set(next);
    }

    private void refuseWhenReadOnly() {
        if (readOnly.get()) {
            throw new IllegalStateException("the assessment is open read-only (review mode): it cannot be edited");
        }
    }
}
