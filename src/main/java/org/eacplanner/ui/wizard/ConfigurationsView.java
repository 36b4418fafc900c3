package org.eacplanner.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.eacplanner.common.Messages;
import org.eacplanner.model.EventsScope;
import org.eacplanner.model.InputRules;
import org.eacplanner.model.SyncConfiguration;
import org.eacplanner.model.SyncConfiguration.Field;
import org.eacplanner.model.SyncDirection;
import org.eacplanner.rules.CatalogTexts;
import org.eacplanner.ui.common.Combos;
import org.eacplanner.ui.common.ThemeManager;
import org.eacplanner.ui.document.AssessmentDocument;
import org.eacplanner.ui.form.YesNoButtons;
import org.eacplanner.ui.wizard.ConfigurationsViewModel.Row;

/**
 * The Lightning Sync configurations: a list of them (add, duplicate, remove, reorder) and a form for the selected one.
 * A form rather than a table: eleven settings do not fit a row without sideways scrolling, and the form's controls
 * are the wizard's own (Tab between answers, arrows in yes/no and choices, full labels). A setting that does not apply
 * (the contacts direction when contacts are not synced) is disabled; its answer is kept, as hidden answers are.
 */
final class ConfigurationsView {

    private final ConfigurationsViewModel vm;
    private final Messages messages;
    private final CatalogTexts words;
    private final ListView<Row> list = new ListView<>();
    private final VBox form = new VBox(10);
    private final List<Runnable> shows = new ArrayList<>();
    private final VBox root = new VBox(8);
    private TextField nameField;
    /** True while the form shows the selected configuration: its controls' changes are not edits then. */
    private boolean showing;
    /** True while the form shows another configuration: text the user was typing is replaced too. */
    private boolean fullShow;
    /** True while this form writes an answer: the document's change then keeps what the user is typing. */
    private boolean editing;
    private int lastSelected = -1;

    ConfigurationsView(AssessmentDocument document, Messages messages, CatalogTexts words) {
        this.vm = new ConfigurationsViewModel(document);
        this.messages = messages;
        this.words = words;
        Label title = new Label(messages.get("section.configurations"));
        title.getStyleClass().addAll("title-4", "section-title");
        Label intro = new Label(messages.get("section.configurations.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");

        list.setId("configurations");
        list.setAccessibleText(messages.get("section.configurations"));
        list.setPlaceholder(wrapped(messages.get("configurations.empty")));
        list.setPrefWidth(280);
        // as tall as its entries (and one free line), up to seven
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> 34.0 * ThemeManager.fontScale() * Math.min(7, Math.max(3, vm.rows().size() + 1)) + 4, vm.rows()));
        list.setCellFactory(v -> new ListCell<>() {
            {
                setPrefWidth(0); // as wide as the list: long names wrap instead of scrolling sideways
                setWrapText(true);
            }

            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : listText(row.config()));
            }
        });
        list.setItems(vm.rows());

        Button add = button("configurations.add", "addConfiguration", this::add);
        Button duplicate = button("configurations.duplicate", "duplicateConfiguration", () -> withSelected(this::duplicate));
        Button remove = button("configurations.remove", "removeConfiguration", () -> withSelected(vm::remove));
        Button up = button("configurations.up", "configurationUp", () -> withSelected(i -> move(i, -1)));
        Button down = button("configurations.down", "configurationDown", () -> withSelected(i -> move(i, 1)));
        for (Button b : new Button[] {duplicate, remove, up, down}) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        FlowPane buttons = new FlowPane(8, 8, add, duplicate, remove, up, down);

        buildForm();
        form.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        // side by side where there is room, the form below the list where there is not (1024 px at 150 % text)
        FlowPane body = new FlowPane(16, 12, list, form);
        root.getChildren().addAll(title, intro, buttons, body);
        root.setId("configurationsSection");

        // an edit replaces the rows: the selected configuration stays selected
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0 && now.intValue() != lastSelected) {
                lastSelected = now.intValue();
                show(true);
            } else if (now.intValue() < 0 && vm.rows().isEmpty()) {
                lastSelected = -1;
                show(true);
            }
        });
        vm.rows().addListener((ListChangeListener<Row>) c -> {
            if (lastSelected >= vm.rows().size()) {
                lastSelected = vm.rows().size() - 1;
            }
            if (lastSelected >= 0) {
                list.getSelectionModel().select(lastSelected);
            }
            show(!editing); // another change (undo, remove, move, an open) shows the configuration anew
        });
        if (!vm.rows().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    Node root() {
        return root;
    }

    private String listText(SyncConfiguration c) {
        String name = c.name() == null ? messages.get("configurations.unnamed") : c.name();
        return c.assignedUsers() == null ? name : messages.get("configurations.listItem", name, c.assignedUsers());
    }

    private void buildForm() {
        // each label above its control, as in the wizard's other forms: fits any width and any text size
        form.setId("configurationForm");
        form.setPadding(new Insets(0, 0, 0, 4));
        form.setPrefWidth(380);
        form.setMinWidth(200);
        Predicate<SyncConfiguration> contactsOff = c -> Boolean.FALSE.equals(c.syncContacts());
        Predicate<SyncConfiguration> eventsOff = c -> Boolean.FALSE.equals(c.syncEvents());
        nameField = text(Field.NAME, null);
        text(Field.ASSIGNED_PROFILES, null);
        text(Field.ASSIGNED_USERS, null);
        yesNo(Field.SYNC_CONTACTS, null);
        choice(Field.CONTACTS_DIRECTION, SyncDirection.class, contactsOff);
        text(Field.CONTACT_FILTER, contactsOff);
        yesNo(Field.SYNC_EVENTS, null);
        choice(Field.EVENTS_DIRECTION, SyncDirection.class, eventsOff);
        choice(Field.EVENTS_SCOPE, EventsScope.class, eventsOff);
        yesNo(Field.SYNC_DELETED_EVENTS, eventsOff);
        yesNo(Field.SYNC_PRIVATE_EVENTS, eventsOff);
    }

    /** The selected configuration, or an empty one when none is selected. */
    private SyncConfiguration selected() {
        int i = list.getSelectionModel().getSelectedIndex();
        return i >= 0 && i < vm.rows().size() ? vm.rows().get(i).config() : SyncConfiguration.EMPTY;
    }

    /** Shows the selected configuration; {@code fully} also replaces text the user is typing (another row chosen). */
    private void show(boolean fully) {
        showing = true;
        try {
            fullShow = fully;
            shows.forEach(Runnable::run);
        } finally {
            showing = false;
        }
    }

    private void set(Field field, Object value) {
        int i = list.getSelectionModel().getSelectedIndex();
        if (!showing && i >= 0) {
            editing = true;
            try {
                vm.set(i, field, value);
            } finally {
                editing = false;
            }
        }
    }

    private Label label(Field field, Control control) {
        Label label = new Label(messages.get("configurations." + field.key()));
        label.setLabelFor(control);
        label.getStyleClass().add("field-label");
        label.setWrapText(true);
        control.setAccessibleText(label.getText());
        return label;
    }

    /** Adds a row; when {@code notApplicable} holds for the configuration, the control is disabled and says why. */
    /** Adds a setting; when {@code notApplicable} holds for the configuration, it is disabled (the reason is read out). */
    private void addRow(Field field, Control control, Node shown, Predicate<SyncConfiguration> notApplicable) {
        Label label = label(field, control);
        VBox row = new VBox(4, label, shown);
        form.getChildren().add(row);
        if (field == Field.SYNC_CONTACTS || field == Field.SYNC_EVENTS) {
            // a visible note, as a disabled control shows no tooltip
            Label note = new Label(messages.get(field == Field.SYNC_CONTACTS ? "configurations.contactsOff"
                    : "configurations.eventsOff"));
            note.setId("config-" + field.key() + "-note");
            note.setWrapText(true);
            note.getStyleClass().add("text-muted");
            row.getChildren().add(note);
            shows.add(() -> {
                note.setVisible(Boolean.FALSE.equals(field.read(selected())));
                note.setManaged(note.isVisible());
            });
        }
        if (notApplicable != null) {
            String why = messages.get(field == Field.CONTACTS_DIRECTION || field == Field.CONTACT_FILTER
                    ? "configurations.contactsOff" : "configurations.eventsOff");
            shows.add(() -> {
                boolean off = notApplicable.test(selected());
                control.setDisable(off);
                label.setDisable(off);
                control.setAccessibleHelp(off ? why : null);
            });
        }
    }

    private TextField text(Field field, Predicate<SyncConfiguration> notApplicable) {
        TextField input = new TextField();
        input.setId("config-" + field.key());
        String promptKey = "configurations." + field.key() + ".prompt";
        input.setPromptText(messages.has(promptKey) ? messages.get(promptKey) : messages.get("field.unknownPrompt"));
        input.setTooltip(new Tooltip(input.getPromptText()));
        input.setPrefColumnCount(field == Field.ASSIGNED_USERS ? 12 : 22);
        input.setMaxWidth(field == Field.ASSIGNED_USERS ? 200 : 380);
        Label error = new Label();
        error.setId(input.getId() + "-error");
        error.getStyleClass().add("field-error");
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox shown = new VBox(4, input, error);
        input.textProperty().addListener((o, was, now) -> {
            if (showing) {
                return;
            }
            boolean bad = field == Field.ASSIGNED_USERS && !now.isBlank() && InputRules.wholeNumber(now) != null;
            error.setText(bad ? messages.get("problem.WHOLE_NUMBER") : "");
            input.pseudoClassStateChanged(PseudoClass.getPseudoClass("danger"), bad);
            set(field, parse(field, now));
        });
        shows.add(() -> {
            Object value = field.read(selected());
            if (fullShow || !Objects.equals(parse(field, input.getText()), value)) {
                input.setText(format(value));
                error.setText("");
                input.pseudoClassStateChanged(PseudoClass.getPseudoClass("danger"), false);
            }
        });
        addRow(field, input, shown, notApplicable);
        return input;
    }

    /** The typed text as the field's value; blank (and a number that is not one) is "I don't know". */
    private static Object parse(Field field, String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return null;
        }
        if (field == Field.ASSIGNED_USERS) {
            return InputRules.wholeNumber(t) == null ? Integer.valueOf(t) : null;
        }
        if (field == Field.ASSIGNED_PROFILES) {
            List<String> parts = new ArrayList<>();
            for (String part : t.split(",")) {
                if (!part.isBlank()) {
                    parts.add(part.trim());
                }
            }
            return List.copyOf(parts);
        }
        return t;
    }

    private static String format(Object value) {
        if (value instanceof List<?> items) {
            return String.join(", ", items.stream().map(String::valueOf).toList());
        }
        return value == null ? "" : String.valueOf(value);
    }

    private void yesNo(Field field, Predicate<SyncConfiguration> notApplicable) {
        ObjectProperty<Object> value = new SimpleObjectProperty<>();
        var buttons = YesNoButtons.create("config-" + field.key(), messages.get("configurations." + field.key()),
                messages, value);
        value.addListener((o, was, now) -> set(field, now));
        shows.add(() -> value.set(field.read(selected())));
        addRow(field, buttons, buttons, notApplicable);
    }

    private void choice(Field field, Class<? extends Enum<?>> type, Predicate<SyncConfiguration> notApplicable) {
        ComboBox<Object> box = new ComboBox<>();
        box.setId("config-" + field.key());
        box.getItems().add(null);
        box.getItems().addAll(type.getEnumConstants());
        Combos.showBy(box, o -> o == null ? messages.get("answer.unknown") : words.display(o));
        box.setPrefWidth(240);
        box.valueProperty().addListener((o, was, now) -> set(field, now));
        // by index: "I don't know" is the first entry, so the arrow keys move from it as from any other
        shows.add(() -> box.getSelectionModel().select(box.getItems().indexOf(field.read(selected()))));
        addRow(field, box, box, notApplicable);
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void withSelected(IntConsumer action) {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            action.accept(i);
        }
    }

    /** Adds a configuration, selects it and puts the cursor in its name, ready to be typed over. */
    private void add() {
        list.getSelectionModel().select(vm.add(messages.get("configurations.newName", vm.rows().size() + 1)));
        // after the button's own handling of the key or click, which would take the focus back
        Platform.runLater(() -> {
            nameField.requestFocus();
            nameField.selectAll();
        });
    }

    private void duplicate(int i) {
        list.getSelectionModel().select(vm.duplicate(i));
    }

    private void move(int i, int by) {
        list.getSelectionModel().select(vm.move(i, by));
    }
}
