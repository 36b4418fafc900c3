package org.eacplanner.ui.export;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.eacplanner.common.Messages;
import org.eacplanner.export.ExportFormat;
import org.eacplanner.export.Paper;
import org.eacplanner.export.Section;
import org.eacplanner.ui.common.Combos;
import org.eacplanner.ui.common.Confirm;
import org.eacplanner.ui.common.Icons;
import org.eacplanner.ui.common.UiSettings;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Export step: format, report language and paper; the cover (consultant, company, client, logo); the
 * report's sections and redaction; the file to write; the Export button with a progress indicator while the
 * export runs off the FX thread; then the result with "Open file" and "Open folder", or what went wrong and
 * where. Views only bind: the state and the actions are {@link ExportStepViewModel}'s.
 */
public final class ExportStepView {

    private final ExportStepViewModel vm;
    private final Messages messages;
    private final VBox root = new VBox(20);

    public ExportStepView(ExportStepViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        root.setId("exportStep");
        root.getStyleClass().addAll("form", "export-step");
        BooleanBinding notReport = Bindings.createBooleanBinding(
                () -> !ExportStepViewModel.isReport(vm.formatProperty().get()), vm.formatProperty());
        root.getChildren().addAll(formatSection(), coverSection(notReport), contentSection(notReport), fileSection());
    }

    public Node root() {
        return root;
    }

    private Node formatSection() {
        ToggleGroup group = new ToggleGroup();
        FlowPane formats = choices("exportFormat", "export.format");
        for (ExportFormat f : ExportFormat.values()) {
            RadioButton b = choice(new RadioButton(), "export-format-", f, "export.format.");
            b.setUserData(f);
            b.setToggleGroup(group);
            b.setSelected(vm.formatProperty().get() == f);
            formats.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                group.selectToggle(old); // one format is always chosen
            } else {
                vm.formatProperty().set((ExportFormat) now.getUserData());
            }
        });
        vm.formatProperty().addListener((o, old, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(group::selectToggle));

        ComboBox<Locale> language = combo("exportLanguage", UiSettings.SUPPORTED,
                l -> messages.get("language." + l.getLanguage()));
        language.valueProperty().bindBidirectional(vm.languageProperty());
        ComboBox<Paper> paper = combo("exportPaper", List.of(Paper.values()),
                p -> messages.get("export.paper." + p.name()));
        paper.valueProperty().bindBidirectional(vm.paperProperty());
        Node paperQuestion = question("export.paper", paper);
        paperQuestion.disableProperty().bind(vm.formatProperty().isNotEqualTo(ExportFormat.PDF));
        return section("export.section.format", question("export.format", formats,
                (RadioButton) formats.getChildren().get(0)), question("export.language", language), paperQuestion);
    }

    private Node coverSection(BooleanBinding notReport) {
        TextField consultant = text("exportConsultant", "export.consultant");
        consultant.textProperty().bindBidirectional(vm.consultantProperty());
        consultant.promptTextProperty().bind(Bindings.createStringBinding(() -> vm.authorProperty().get().isEmpty()
                ? null : messages.get("export.consultant.prompt", vm.authorProperty().get()), vm.authorProperty()));
        TextField company = text("exportCompany", "export.company");
        company.textProperty().bindBidirectional(vm.companyProperty());
        TextField client = text("exportClient", "export.client");
        client.textProperty().bindBidirectional(vm.clientProperty());
        Node cover = section("export.section.cover", question("export.consultant", consultant),
                question("export.company", company), question("export.client", client), logo());
        cover.disableProperty().bind(notReport);
        return cover;
    }

    private Node logo() {
        ImageView preview = new ImageView();
        preview.setId("exportLogoPreview");
        preview.setPreserveRatio(true);
        preview.setFitHeight(48);
        preview.setFitWidth(160);
        preview.setAccessibleText(messages.get("export.logo.preview"));
        preview.imageProperty().bind(Bindings.createObjectBinding(() -> vm.logoProperty().get() == null ? null
                : new Image(new ByteArrayInputStream(vm.logoProperty().get().bytes())), vm.logoProperty()));
        preview.visibleProperty().bind(vm.logoProperty().isNotNull());
        preview.managedProperty().bind(preview.visibleProperty());
        Label name = new Label();
        name.setId("exportLogoFile");
        name.setWrapText(true);
        name.textProperty().bind(Bindings.createStringBinding(() -> vm.logoFileProperty().get() == null
                ? messages.get("export.logo.none") : messages.get("export.logo.file",
                        vm.logoFileProperty().get().getFileName()), vm.logoFileProperty()));
        Button choose = button("exportChooseLogo", "export.logo.choose", Icons.of(Material2MZ.PHOTO));
        choose.setOnAction(e -> chooseLogo());
        Button clear = button("exportClearLogo", "export.logo.clear", Icons.of(Material2AL.CLEAR));
        clear.setOnAction(e -> vm.clearLogo());
        clear.disableProperty().bind(vm.logoProperty().isNull());
        HBox row = new HBox(10, preview, name);
        row.setAlignment(Pos.CENTER_LEFT);
        FlowPane buttons = new FlowPane(8, 8, choose, clear);
        Label failure = failureLabel("exportLogoFailure");
        failure.textProperty().bind(Bindings.createStringBinding(() -> vm.logoFailureProperty().get() == null ? ""
                : messages.get("export.logo.failed", vm.logoFailureProperty().get().file(),
                        vm.logoFailureProperty().get().detail()), vm.logoFailureProperty()));
        failure.visibleProperty().bind(vm.logoFailureProperty().isNotNull());
        failure.managedProperty().bind(failure.visibleProperty());
        VBox box = new VBox(6, fieldLabel("export.logo", choose), row, buttons, failure, help("export.logo"));
        box.getStyleClass().add("question");
        choose.setAccessibleHelp(messages.get("export.logo.help"));
        return box;
    }

    private Node contentSection(BooleanBinding notReport) {
        FlowPane parts = choices("exportSections", "export.sections");
        for (Section s : Section.values()) {
            CheckBox c = choice(new CheckBox(), "export-section-", s, "export.part.");
            c.selectedProperty().bindBidirectional(vm.sectionProperty(s));
            parts.getChildren().add(c);
        }
        Node sections = question("export.sections", parts, (Control) parts.getChildren().get(0));
        sections.disableProperty().bind(notReport);
        CheckBox redact = new CheckBox(messages.get("export.redact"));
        redact.setId("exportRedact");
        redact.setMnemonicParsing(false);
        redact.setWrapText(true);
        redact.setAccessibleHelp(messages.get("export.redact.help"));
        redact.selectedProperty().bindBidirectional(vm.redactProperty());
        VBox redactBox = new VBox(4, redact, help("export.redact"));
        redactBox.getStyleClass().add("question");
        return section("export.section.content", sections, redactBox);
    }

    private Node fileSection() {
        TextField target = text("exportTarget", "export.target");
        target.setMaxWidth(720);
        target.textProperty().bindBidirectional(vm.targetProperty());
        Button choose = button("exportChooseTarget", "export.target.choose", Icons.of(Material2AL.FOLDER_OPEN));
        choose.setOnAction(e -> chooseTarget());
        VBox targetBox = new VBox(6, fieldLabel("export.target", target), target, choose, help("export.target"));
        targetBox.getStyleClass().add("question");

        Button export = button("exportButton", "export.run", Icons.of(Material2AL.GET_APP));
        export.getStyleClass().add("accent");
        export.disableProperty().bind(vm.canExportProperty().not());
        export.setOnAction(e -> vm.export(this::replaceOk));
        ProgressIndicator progress = new ProgressIndicator(ProgressIndicator.INDETERMINATE_PROGRESS);
        progress.setId("exportProgress");
        progress.setPrefSize(24, 24);
        progress.setMaxSize(24, 24);
        progress.setAccessibleText(messages.get("export.running"));
        Label running = new Label(messages.get("export.running"));
        running.setId("exportRunning");
        running.setWrapText(true);
        HBox busy = new HBox(8, progress, running);
        busy.setId("exportBusy");
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.visibleProperty().bind(vm.runningProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        FlowPane action = new FlowPane(16, 8, export, busy);
        action.setAlignment(Pos.CENTER_LEFT);

        Label done = new Label();
        done.setId("exportResultText");
        done.setWrapText(true);
        done.setGraphic(Icons.of(Material2AL.CHECK_CIRCLE));
        done.getStyleClass().add("export-done");
        done.textProperty().bind(Bindings.createStringBinding(() -> vm.resultProperty().get() == null ? ""
                : messages.get("export.done", vm.resultProperty().get()), vm.resultProperty()));
        Button openFile = button("exportOpenFile", "export.openFile", Icons.of(Material2AL.DESCRIPTION));
        openFile.setOnAction(e -> vm.openFile());
        Button openFolder = button("exportOpenFolder", "export.openFolder", Icons.of(Material2AL.FOLDER));
        openFolder.setOnAction(e -> vm.openFolder());
        VBox result = new VBox(8, done, new FlowPane(8, 8, openFile, openFolder));
        result.setId("exportResult");
        result.getStyleClass().add("export-result");
        result.visibleProperty().bind(vm.resultProperty().isNotNull());
        result.managedProperty().bind(result.visibleProperty());

        Label failure = failureLabel("exportFailure");
        failure.textProperty().bind(Bindings.createStringBinding(() -> failureText(vm.failureProperty().get()),
                vm.failureProperty()));
        failure.visibleProperty().bind(vm.failureProperty().isNotNull());
        failure.managedProperty().bind(failure.visibleProperty());
        // The Export button disables itself while it runs: the keyboard focus moves to the progress, then to what
        // comes next (Open file, or the failure), so it never jumps out of the step, and a screen reader hears it.
        running.focusTraversableProperty().bind(vm.runningProperty());
        running.accessibleTextProperty().bind(running.textProperty());
        vm.runningProperty().addListener((o, was, is) -> {
            if (is) {
                focusWhenShown(running);
            }
        });
        vm.resultProperty().addListener((o, old, now) -> {
            if (now != null) {
                focusWhenShown(openFile);
            }
        });
        vm.failureProperty().addListener((o, old, now) -> {
            if (now != null) {
                focusWhenShown(failure);
            }
        });
        return section("export.section.file", targetBox, action, result, failure);
    }

    /** Focuses {@code node} once it is laid out, so the wizard scrolls it into view. */
    private void focusWhenShown(Node node) {
        if (root.getScene() != null) {
            root.getScene().getRoot().applyCss();
            root.getScene().getRoot().layout();
        }
        node.requestFocus();
    }

    private String failureText(ExportStepViewModel.Failure f) {
        if (f == null) {
            return "";
        }
        String file = f.file() == null ? "" : f.file().toString();
        return messages.get("export.error." + f.problem().name(), file, f.detail() == null ? "" : f.detail());
    }

    private void chooseLogo() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export.logo.dialog"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("export.logo.filter"),
                "*.png", "*.PNG", "*.jpg", "*.jpeg"));
        Path current = vm.logoFileProperty().get();
        File dir = current != null && current.getParent() != null ? current.getParent().toFile() : vm.folder().toFile();
        if (dir.isDirectory()) {
            chooser.setInitialDirectory(dir);
        }
        File f = chooser.showOpenDialog(root.getScene().getWindow());
        if (f != null) {
            vm.chooseLogo(f.toPath());
        }
    }

    /** Asks before an export overwrites a file; Cancel is the default. */
    private boolean replaceOk(Path file) {
        return Confirm.destructive(root.getScene() == null ? null : root.getScene().getWindow(), messages.get("export.replace.title"),
                messages.get("export.replace.heading", file.getFileName()),
                messages.get("export.replace.text", file.getParent()), messages.get("export.replace.ok"),
                "exportReplace");
    }

    private void chooseTarget() {
        ExportFormat format = vm.formatProperty().get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export.target.dialog"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                messages.get("export.target.filter", format.extension().toUpperCase(Locale.ROOT)),
                "*." + format.extension()));
        File dir = vm.folder().toFile();
        if (dir.isDirectory()) {
            chooser.setInitialDirectory(dir);
        }
        chooser.setInitialFileName(vm.fileName());
        File f = chooser.showSaveDialog(root.getScene().getWindow());
        if (f != null) {
            Path p = f.toPath();
            if (!p.getFileName().toString().contains(".")) {
                p = p.resolveSibling(p.getFileName() + "." + format.extension());
            }
            vm.setTarget(p);
        }
    }

    /** A row of options (radio buttons, check boxes) that wraps in narrow windows. */
    private FlowPane choices(String id, String key) {
        FlowPane row = new FlowPane(16, 8);
        row.setId(id);
        row.setAccessibleText(messages.get(key));
        return row;
    }

    /** One option of a row: worded by {@code keyPrefix + value}, with the ID {@code idPrefix + value}. */
    private <B extends ButtonBase> B choice(B button, String idPrefix, Enum<?> value,
            String keyPrefix) {
        button.setText(messages.get(keyPrefix + value.name()));
        button.setId(idPrefix + value.name());
        button.setMnemonicParsing(false);
        return button;
    }

    private Node section(String key, Node... questions) {
        Label title = new Label(messages.get(key));
        title.getStyleClass().addAll("title-4", "section-title");
        title.setWrapText(true);
        VBox box = new VBox(14, title);
        box.getChildren().addAll(questions);
        box.getStyleClass().add("form-section");
        return box;
    }

    private Node question(String key, Control control) {
        return question(key, control, control);
    }

    /** Label, control and help, as the form steps show a question; {@code focus} is what the label names. */
    private Node question(String key, Node control, Control focus) {
        focus.setAccessibleHelp(messages.get(key + ".help"));
        if (focus instanceof ComboBox<?>) {
            focus.setAccessibleText(messages.get(key));
        }
        VBox box = new VBox(4, fieldLabel(key, focus), control, help(key));
        box.getStyleClass().add("question");
        return box;
    }

    private Label fieldLabel(String key, Node labelled) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("field-label");
        label.setWrapText(true);
        label.setLabelFor(labelled);
        return label;
    }

    private Label help(String key) {
        Label help = new Label(messages.get(key + ".help"));
        help.setWrapText(true);
        help.getStyleClass().addAll("text-muted", "field-help");
        return help;
    }

    private TextField text(String id, String key) {
        TextField field = new TextField();
        field.setId(id);
        field.setAccessibleText(messages.get(key));
        field.setMaxWidth(520);
        return field;
    }

    private Button button(String id, String key, Node icon) {
        Button b = new Button(messages.get(key), icon);
        b.setId(id);
        b.setMnemonicParsing(true);
        return b;
    }

    private Label failureLabel(String id) {
        Label failure = new Label();
        failure.setId(id);
        failure.setWrapText(true);
        failure.setFocusTraversable(true);
        failure.setGraphic(Icons.of(Material2AL.ERROR_OUTLINE));
        failure.getStyleClass().add("field-error");
        failure.accessibleTextProperty().bind(failure.textProperty());
        return failure;
    }

    private <T> ComboBox<T> combo(String id, List<T> items, Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        Combos.showBy(box, o -> o == null ? "" : name.apply(o));
        box.setMinWidth(220);
        return box;
    }
}
