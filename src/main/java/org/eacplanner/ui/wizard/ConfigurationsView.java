package org.eacplanner.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.eacplanner.common.Messages;
import org.eacplanner.model.EventsScope;
import org.eacplanner.model.SyncConfiguration.Field;
import org.eacplanner.model.SyncDirection;
import org.eacplanner.rules.CatalogTexts;
import org.eacplanner.ui.document.AssessmentDocument;
import org.eacplanner.ui.wizard.ConfigurationsViewModel.Row;

/**
 * The Lightning Sync configurations table: add, duplicate, remove, reorder, and edit every cell in place
 * (F2 or double-click; Enter commits). Each cell accepts "I don't know".
 */
final class ConfigurationsView {


    private final ConfigurationsViewModel vm;
    private final Messages messages;
    private final CatalogTexts words;
    private final TableView<Row> table = new TableView<>();
    private final VBox root = new VBox(8);

    ConfigurationsView(AssessmentDocument document, Messages messages, CatalogTexts words) {
        this.vm = new ConfigurationsViewModel(document);
        this.messages = messages;
        this.words = words;
        Label title = new Label(messages.get("section.configurations"));
        title.getStyleClass().addAll("title-4", "section-title");
        Label intro = new Label(messages.get("section.configurations.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");

        table.setId("configurations");
        table.setEditable(true);
        table.setAccessibleText(messages.get("section.configurations"));
        table.setPlaceholder(new Label(messages.get("configurations.empty")));
        table.setPrefHeight(220);
        table.getColumns().add(textColumn(Field.NAME, 160));
        table.getColumns().add(listColumn(Field.ASSIGNED_PROFILES, 180));
        table.getColumns().add(numberColumn(Field.ASSIGNED_USERS, 90));
        table.getColumns().add(yesNoColumn(Field.SYNC_CONTACTS));
        table.getColumns().add(choiceColumn(Field.CONTACTS_DIRECTION, SyncDirection.class));
        table.getColumns().add(yesNoColumn(Field.SYNC_EVENTS));
        table.getColumns().add(choiceColumn(Field.EVENTS_DIRECTION, SyncDirection.class));
        table.getColumns().add(yesNoColumn(Field.SYNC_DELETED_EVENTS));
        table.getColumns().add(yesNoColumn(Field.SYNC_PRIVATE_EVENTS));
        table.getColumns().add(choiceColumn(Field.EVENTS_SCOPE, EventsScope.class));
        table.getColumns().add(textColumn(Field.CONTACT_FILTER, 160));

        Button add = button("configurations.add", "addConfiguration", this::add);
        Button duplicate = button("configurations.duplicate", "duplicateConfiguration", () -> withSelected(this::duplicate));
        Button remove = button("configurations.remove", "removeConfiguration", () -> withSelected(this::remove));
        Button up = button("configurations.up", "configurationUp", () -> withSelected(i -> move(i, -1)));
        Button down = button("configurations.down", "configurationDown", () -> withSelected(i -> move(i, 1)));
        for (Button b : new Button[] {duplicate, remove, up, down}) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        HBox buttons = new HBox(8, add, duplicate, remove, up, down);
        root.getChildren().addAll(title, intro, buttons, table);
        root.setId("configurationsSection");
        table.setItems(vm.rows());
        // an edit replaces the rows: the selected row stays selected
        int[] lastSelected = {-1};
        table.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0) {
                lastSelected[0] = now.intValue();
            }
        });
        vm.rows().addListener((ListChangeListener<Row>) c -> {
            if (lastSelected[0] >= 0 && lastSelected[0] < vm.rows().size()) {
                table.getSelectionModel().select(lastSelected[0]);
            }
        });
    }

    Node root() {
        return root;
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void withSelected(IntConsumer action) {
        Row row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            action.accept(row.index());
        }
    }

    private void add() {
        table.getSelectionModel().select(vm.add(messages.get("configurations.newName", vm.rows().size() + 1)));
        table.requestFocus();
    }

    private void duplicate(int i) {
        table.getSelectionModel().select(vm.duplicate(i));
    }

    private void remove(int i) {
        vm.remove(i);
    }

    private void move(int i, int by) {
        table.getSelectionModel().select(vm.move(i, by));
    }

    private void setCell(int i, Field field, Object value) {
        vm.set(i, field, value);
    }

    private TableColumn<Row, String> column(Field field, double width) {
        TableColumn<Row, String> c = new TableColumn<>(messages.get("configurations." + field.key()));
        c.setId("col-" + field.key());
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new SimpleObjectProperty<>(d.getValue().text(field)));
        return c;
    }

    private TableColumn<Row, String> textColumn(Field field, double width) {
        TableColumn<Row, String> c = column(field, width);
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setOnEditCommit(e -> setCell(e.getRowValue().index(), field,
                e.getNewValue() == null || e.getNewValue().isBlank() ? null : e.getNewValue().trim()));
        return c;
    }

    private TableColumn<Row, String> listColumn(Field field, double width) {
        TableColumn<Row, String> c = column(field, width);
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setOnEditCommit(e -> {
            String text = e.getNewValue() == null ? "" : e.getNewValue().trim();
            if (text.isEmpty()) {
                setCell(e.getRowValue().index(), field, null);
                return;
            }
            List<String> parts = new ArrayList<>();
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    parts.add(part.trim());
                }
            }
            setCell(e.getRowValue().index(), field, List.copyOf(parts));
        });
        return c;
    }

    private TableColumn<Row, String> numberColumn(Field field, double width) {
        TableColumn<Row, String> c = column(field, width);
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setOnEditCommit(e -> {
            String text = e.getNewValue() == null ? "" : e.getNewValue().trim();
            try {
                int n = Integer.parseInt(text);
                setCell(e.getRowValue().index(), field, n >= 0 ? Integer.valueOf(n) : null);
            } catch (NumberFormatException ex) {
                setCell(e.getRowValue().index(), field, null);
            }
        });
        return c;
    }

    private TableColumn<Row, String> yesNoColumn(Field field) {
        return choiceCells(field, List.of("", "true", "false"), v -> v.isEmpty() ? messages.get("answer.unknown")
                : messages.get("true".equals(v) ? "answer.yes" : "answer.no"),
                v -> v.isEmpty() ? null : Boolean.valueOf(v));
    }

    private TableColumn<Row, String> choiceColumn(Field field, Class<? extends Enum<?>> type) {
        List<String> values = new ArrayList<>();
        values.add("");
        for (Enum<?> c : type.getEnumConstants()) {
            values.add(c.name());
        }
        return choiceCells(field, values, v -> {
            if (v.isEmpty()) {
                return messages.get("answer.unknown");
            }
            for (Enum<?> c : type.getEnumConstants()) {
                if (c.name().equals(v)) {
                    return words.display(c);
                }
            }
            return v;
        }, v -> v.isEmpty() ? null : constant(type, v));
    }

    private static Object constant(Class<? extends Enum<?>> type, String name) {
        for (Enum<?> c : type.getEnumConstants()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException(name + " is not a " + type.getSimpleName());
    }

    private TableColumn<Row, String> choiceCells(Field field, List<String> values, Function<String, String> label,
            Function<String, Object> toValue) {
        TableColumn<Row, String> c = column(field, 140);
        StringConverter<String> converter = new StringConverter<>() {
            @Override
            public String toString(String v) {
                return label.apply(v == null ? "" : v);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
        c.setCellFactory(ComboBoxTableCell.forTableColumn(converter, FXCollections.observableArrayList(values)));
        c.setOnEditCommit(e -> setCell(e.getRowValue().index(), field, toValue.apply(e.getNewValue() == null ? ""
                : e.getNewValue())));
        return c;
    }
}
