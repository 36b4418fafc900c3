package org.eacplanner.ui.wizard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
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
import org.eacplanner.model.SyncDirection;
import org.eacplanner.rules.CatalogTexts;
import org.eacplanner.ui.document.AssessmentDocument;

/**
 * The Lightning Sync configurations table: add, duplicate, remove, reorder, and edit every cell in place
 * (F2 or double-click; Enter commits). Each cell accepts "I don't know".
 */
final class ConfigurationsView {

    private static final String PATH = "lightningSync.configurations";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final AssessmentDocument document;
    private final Messages messages;
    private final CatalogTexts words;
    private final TableView<Row> table = new TableView<>();
    private final VBox root = new VBox(8);

    /** One configuration: its position and its JSON object. */
    record Row(int index, JsonNode node) {
        String text(String field) {
            JsonNode v = node.path(field);
            if (v.isArray()) {
                List<String> parts = new ArrayList<>();
                v.forEach(p -> parts.add(p.asText()));
                return String.join(", ", parts);
            }
            return v.isNull() || v.isMissingNode() ? "" : v.asText();
        }
    }

    ConfigurationsView(AssessmentDocument document, Messages messages, CatalogTexts words) {
        this.document = document;
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
        table.getColumns().add(textColumn("name", 160));
        table.getColumns().add(listColumn("assignedProfiles", 180));
        table.getColumns().add(numberColumn("assignedUsers", 90));
        table.getColumns().add(yesNoColumn("syncContacts"));
        table.getColumns().add(choiceColumn("contactsDirection", SyncDirection.class));
        table.getColumns().add(yesNoColumn("syncEvents"));
        table.getColumns().add(choiceColumn("eventsDirection", SyncDirection.class));
        table.getColumns().add(yesNoColumn("syncDeletedEvents"));
        table.getColumns().add(yesNoColumn("syncPrivateEvents"));
        table.getColumns().add(choiceColumn("eventsScope", EventsScope.class));
        table.getColumns().add(textColumn("contactFilter", 160));

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
        document.assessmentProperty().addListener(o -> refresh());
        refresh();
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

    private void refresh() {
        JsonNode configs = document.get(PATH);
        List<Row> rows = new ArrayList<>();
        if (configs.isArray()) {
            for (int i = 0; i < configs.size(); i++) {
                rows.add(new Row(i, configs.get(i)));
            }
        }
        if (!rows.equals(table.getItems())) {
            int selected = table.getSelectionModel().getSelectedIndex();
            table.setItems(FXCollections.observableArrayList(rows));
            if (selected >= 0 && selected < rows.size()) {
                table.getSelectionModel().select(selected);
            }
        }
    }

    private void withSelected(java.util.function.IntConsumer action) {
        Row row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            action.accept(row.index());
        }
    }

    private void editArray(java.util.function.Consumer<ArrayNode> change) {
        document.edit(copy -> {
            ObjectNode ls = copy.get("lightningSync") instanceof ObjectNode o ? o : copy.putObject("lightningSync");
            ArrayNode array = ls.get("configurations") instanceof ArrayNode a ? a : ls.putArray("configurations");
            change.accept(array);
        });
    }

    private void add() {
        editArray(a -> {
            ObjectNode n = a.addObject();
            n.put("name", messages.get("configurations.newName", a.size()));
        });
        table.getSelectionModel().selectLast();
        table.requestFocus();
    }

    private void duplicate(int i) {
        editArray(a -> a.insert(i + 1, a.get(i).deepCopy()));
        table.getSelectionModel().select(i + 1);
    }

    private void remove(int i) {
        editArray(a -> a.remove(i));
    }

    private void move(int i, int by) {
        int j = i + by;
        if (j < 0 || j >= table.getItems().size()) {
            return;
        }
        editArray(a -> {
            JsonNode n = a.remove(i);
            a.insert(j, n);
        });
        table.getSelectionModel().select(j);
    }

    private void setCell(int i, String field, JsonNode value) {
        editArray(a -> ((ObjectNode) a.get(i)).set(field, value));
    }

    private TableColumn<Row, String> column(String field, double width) {
        TableColumn<Row, String> c = new TableColumn<>(messages.get("configurations." + field));
        c.setId("col-" + field);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new SimpleObjectProperty<>(d.getValue().text(field)));
        return c;
    }

    private TableColumn<Row, String> textColumn(String field, double width) {
        TableColumn<Row, String> c = column(field, width);
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setOnEditCommit(e -> setCell(e.getRowValue().index(), field,
                e.getNewValue() == null || e.getNewValue().isBlank() ? NODES.nullNode() : NODES.textNode(e.getNewValue().trim())));
        return c;
    }

    private TableColumn<Row, String> listColumn(String field, double width) {
        TableColumn<Row, String> c = column(field, width);
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setOnEditCommit(e -> {
            String text = e.getNewValue() == null ? "" : e.getNewValue().trim();
            if (text.isEmpty()) {
                setCell(e.getRowValue().index(), field, NODES.nullNode());
                return;
            }
            ArrayNode a = NODES.arrayNode();
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    a.add(part.trim());
                }
            }
            setCell(e.getRowValue().index(), field, a);
        });
        return c;
    }

    private TableColumn<Row, String> numberColumn(String field, double width) {
        TableColumn<Row, String> c = column(field, width);
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setOnEditCommit(e -> {
            String text = e.getNewValue() == null ? "" : e.getNewValue().trim();
            try {
                int n = Integer.parseInt(text);
                setCell(e.getRowValue().index(), field, n >= 0 ? NODES.numberNode(n) : NODES.nullNode());
            } catch (NumberFormatException ex) {
                setCell(e.getRowValue().index(), field, NODES.nullNode());
            }
        });
        return c;
    }

    private TableColumn<Row, String> yesNoColumn(String field) {
        return choiceCells(field, List.of("", "true", "false"), v -> v.isEmpty() ? messages.get("answer.unknown")
                : messages.get("true".equals(v) ? "answer.yes" : "answer.no"),
                v -> v.isEmpty() ? NODES.nullNode() : NODES.booleanNode(Boolean.parseBoolean(v)));
    }

    private TableColumn<Row, String> choiceColumn(String field, Class<? extends Enum<?>> type) {
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
        }, v -> v.isEmpty() ? NODES.nullNode() : NODES.textNode(v));
    }

    private TableColumn<Row, String> choiceCells(String field, List<String> values, Function<String, String> label,
            Function<String, JsonNode> toJson) {
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
        c.setOnEditCommit(e -> setCell(e.getRowValue().index(), field, toJson.apply(e.getNewValue() == null ? ""
                : e.getNewValue())));
        return c;
    }
}
