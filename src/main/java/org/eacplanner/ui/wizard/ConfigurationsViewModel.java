package org.eacplanner.ui.wizard;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.eacplanner.edit.Edits;
import org.eacplanner.model.SyncConfiguration;
import org.eacplanner.model.SyncConfiguration.Field;
import org.eacplanner.ui.document.AssessmentDocument;

/**
 * The Lightning Sync configurations table's state: one row per configuration in order, and the edits (add,
 * duplicate, remove, move, set a cell), each one undoable step on the assessment.
 */
public final class ConfigurationsViewModel {

    /** One configuration: its position and its value. */
    public record Row(int index, SyncConfiguration config) {
    }

    private final AssessmentDocument document;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    public ConfigurationsViewModel(AssessmentDocument document) {
        this.document = document;
        document.assessmentProperty().addListener(o -> refresh());
        refresh();
    }

    /** The rows; a row is replaced only when its configuration changed. */
    public ObservableList<Row> rows() {
        return rows;
    }

    /** Adds a configuration named {@code name} at the end; returns its index. */
    public int add(String name) {
        document.apply(Edits.configurations(list -> list.add(SyncConfiguration.EMPTY.with(Field.NAME, name))));
        return rows.size() - 1;
    }

    /** Adds a copy of configuration {@code i} after it; returns the copy's index. */
    public int duplicate(int i) {
        document.apply(Edits.configurations(list -> list.add(i + 1, list.get(i))));
        return i + 1;
    }

    public void remove(int i) {
        document.apply(Edits.configurations(list -> list.remove(i)));
    }

    /** Moves configuration {@code i} by {@code by} places; returns its new index ({@code i} when it cannot move). */
    public int move(int i, int by) {
        int j = i + by;
        if (j < 0 || j >= rows.size()) {
            return i;
        }
        document.apply(Edits.configurations(list -> list.add(j, list.remove(i))));
        return j;
    }

    /** Sets one cell: {@code value} of the field's type, null for "I don't know". */
    public void set(int i, Field field, Object value) {
        document.apply(Edits.configurationField(i, field, value));
    }

    /** Replaces only the rows that changed, so that a list keeps its selection while an answer is typed. */
    private void refresh() {
        List<SyncConfiguration> configs = document.assessment().lightningSync().configurations();
        int n = configs == null ? 0 : configs.size();
        for (int i = 0; i < n; i++) {
            Row row = new Row(i, configs.get(i));
            if (i >= rows.size()) {
                rows.add(row);
            } else if (!rows.get(i).equals(row)) {
                rows.set(i, row);
            }
        }
        if (rows.size() > n) {
            rows.remove(n, rows.size());
        }
    }
}
