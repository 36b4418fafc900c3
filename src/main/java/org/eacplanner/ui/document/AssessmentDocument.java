package org.eacplanner.ui.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.eacplanner.model.Assessment;
import org.eacplanner.storage.AssessmentJson;

/**
 * The assessment being edited. Every answer is addressed by its path in the file format
 * ({@code org.orgId}), the same path that names it in {@code drafts} and in validation messages, so each
 * form field is one path and nothing needs a hand-written copy method per record. Edits are applied to the
 * JSON tree and mapped back to the immutable {@link Assessment}; each edit can be undone.
 */
public final class AssessmentDocument {

    private static final int UNDO_LIMIT = 200;

    private final ReadOnlyObjectWrapper<Assessment> assessment = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(false);
    private final Deque<ObjectNode> undo = new ArrayDeque<>();
    private ObjectNode tree;

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
        tree = AssessmentJson.mapper().valueToTree(a);
        undo.clear();
        canUndo.set(false);
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

    /** Marks the current state as saved. */
    public void markSaved() {
        modified.set(false);
    }

    /** Marks the current state as not saved (work recovered after a crash is not in any file yet). */
    public void markModified() {
        modified.set(true);
    }

    /**
     * Review mode: the views show every answer but take none, and {@link #edit} refuses, so nothing can change a
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

    /** The JSON value at {@code path} ({@code org.orgId}); a missing value reads as JSON null. */
    public JsonNode get(String path) {
        JsonNode node = tree;
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        return node instanceof MissingNode ? JsonNodeFactory.instance.nullNode() : node;
    }

    /** Sets the answer at {@code path}; a no-op when it already has that value. */
    public void set(String path, JsonNode value) {
        JsonNode v = value == null ? JsonNodeFactory.instance.nullNode() : value;
        if (get(path).equals(v)) {
            return;
        }
        edit(copy -> setIn(copy, path, v));
    }

    private static void setIn(ObjectNode root, String path, JsonNode v) {
        ObjectNode parent = root;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = parent.get(parts[i]);
            parent = child instanceof ObjectNode o ? o : parent.putObject(parts[i]);
        }
        parent.set(parts[parts.length - 1], v);
    }

    /**
     * Sets the answer at {@code path} and its draft in one edit (one undo step): {@code draft} is the text the
     * user typed when it did not pass validation (the value is then null), or null to clear the draft.
     */
    public void setAnswer(String path, JsonNode value, String draft) {
        JsonNode v = value == null ? JsonNodeFactory.instance.nullNode() : value;
        String key = "$." + path;
        if (get(path).equals(v) && java.util.Objects.equals(assessment.get().drafts().get(key), draft)) {
            return;
        }
        edit(copy -> {
            setIn(copy, path, v);
            Map<String, String> drafts = new LinkedHashMap<>(assessment.get().drafts());
            if (draft == null) {
                drafts.remove(key);
            } else {
                drafts.put(key, draft);
            }
            copy.set("drafts", AssessmentJson.mapper().valueToTree(drafts));
        });
    }

    /**
     * The answers a check across fields moves to drafts when it fails (storage/SemanticChecks), each with the field's
     * own check its draft must pass to count as what the user answered.
     */
    private static final Map<String, java.util.function.Predicate<String>> CROSS_FIELD = Map.of(
            "$.lightningSync.usersWithErrors", t -> org.eacplanner.model.InputRules.wholeNumber(t) == null,
            "$.exchange.serverBuild", t -> org.eacplanner.model.InputRules.exchangeBuild(t) == null,
            "$.exchange.serverVersion", t -> t.matches("[A-Z0-9_]+"));

    /**
     * The assessment with the drafts of cross-field answers put back where they pass their field's own check: what the
     * user answered. The panel, a save and an export start from it (a failing check then moves them to drafts
     * again), so that correcting the other answer of a pair brings the drafted one back. Nothing is edited.
     */
    public Assessment withDraftsRestored() {
        Assessment a = assessment.get();
        if (a.drafts().isEmpty()) {
            return a;
        }
        ObjectNode copy = tree.deepCopy();
        for (Map.Entry<String, String> e : a.drafts().entrySet()) {
            String text = e.getValue().trim();
            var check = CROSS_FIELD.get(e.getKey());
            if (check == null || !check.test(text) || !get(e.getKey().substring(2)).isNull()) {
                continue;
            }
            ObjectNode trial = copy.deepCopy();
            if (trial.get("drafts") instanceof ObjectNode drafts) {
                drafts.remove(e.getKey());
            }
            setIn(trial, e.getKey().substring(2), text.matches("\\d{1,9}")
                    ? JsonNodeFactory.instance.numberNode(Integer.parseInt(text)) : JsonNodeFactory.instance.textNode(text));
            try {
                map(trial);
                copy = trial;
            } catch (IllegalArgumentException notThisType) {
                // the draft does not fit its field (it failed the field's own check): left out
            }
        }
        return map(copy);
    }

    public String draft(String path) {
        return assessment.get().drafts().get("$." + path);
    }

    /**
     * Applies a typed change ({@link org.eacplanner.edit.Edits}) as one undo step; a no-op when the assessment
     * stays the same.
     */
    public void apply(java.util.function.UnaryOperator<Assessment> change) {
        refuseWhenReadOnly();
        Assessment next = change.apply(assessment.get());
        if (next.equals(assessment.get())) {
            return;
        }
        undo.push(tree);
        while (undo.size() > UNDO_LIMIT) {
            undo.removeLast();
        }
        tree = AssessmentJson.mapper().valueToTree(next);
        canUndo.set(true);
        modified.set(true);
        assessment.set(next);
    }

    /** Applies a change to the whole tree (tables, lists); {@code change} edits the copy it is given. */
    public void edit(java.util.function.Consumer<ObjectNode> change) {
        refuseWhenReadOnly();
        ObjectNode copy = tree.deepCopy();
        change.accept(copy);
        Assessment next = map(copy);
        undo.push(tree);
        while (undo.size() > UNDO_LIMIT) {
            undo.removeLast();
        }
        tree = copy;
        canUndo.set(true);
        modified.set(true);
        assessment.set(next);
    }

    /** Undoes the last edit, if any. */
    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        refuseWhenReadOnly();
        tree = undo.pop();
        canUndo.set(!undo.isEmpty());
        modified.set(true);
        assessment.set(map(tree));
    }

    private void refuseWhenReadOnly() {
        if (readOnly.get()) {
            throw new IllegalStateException("the assessment is open read-only (review mode): it cannot be edited");
        }
    }

    private static Assessment map(ObjectNode tree) {
        try {
            return AssessmentJson.mapper().treeToValue(tree, Assessment.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("the edit does not fit the assessment format: " + e.getOriginalMessage(), e);
        }
    }
}
