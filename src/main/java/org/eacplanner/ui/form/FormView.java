package org.eacplanner.ui.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.eacplanner.common.Messages;
import org.eacplanner.model.ExchangeBuild;
import org.eacplanner.rules.Catalog;
import org.eacplanner.rules.CatalogTexts;
import org.eacplanner.storage.LoadProblem;
import org.eacplanner.storage.SemanticChecks;
import org.eacplanner.ui.common.Combos;
import org.eacplanner.ui.common.Icons;
import org.eacplanner.ui.document.AssessmentDocument;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Builds a step's questions from their {@link FieldSpec}s: label, help, the control for the kind of answer,
 * an "I don't know" way out, and the validation reason at the field. Views only bind; the state lives in
 * {@link FieldViewModel}s.
 */
public final class FormView {

    private final Messages messages;
    private final CatalogTexts words;
    private final AssessmentDocument document;
    private final List<FieldViewModel> fields = new ArrayList<>();
    private final VBox root = new VBox(20);

    private final Supplier<Catalog> catalog;
    /** The file's cross-field checks that fail, computed once per change for every field of the form. */
    private final ObjectBinding<List<LoadProblem>> semantic;

    public FormView(List<Section> sections, AssessmentDocument document, Messages messages, CatalogTexts words,
            Supplier<Catalog> catalog) {
        this.catalog = catalog;
        this.messages = messages;
        this.words = words;
        this.document = document;
        this.semantic = Bindings.createObjectBinding(
                () -> SemanticChecks.check(document.withDraftsRestored()),
                document.assessmentProperty());
        root.getStyleClass().add("form");
        for (Section section : sections) {
            VBox box = new VBox(14);
            box.getStyleClass().add("form-section");
            Label title = new Label(messages.get("section." + section.key()));
            title.getStyleClass().addAll("title-4", "section-title");
            box.getChildren().add(title);
            String introKey = "section." + section.key() + ".intro";
            if (messages.has(introKey)) {
                Label intro = new Label(messages.get(introKey));
                intro.setWrapText(true);
                intro.getStyleClass().add("text-muted");
                box.getChildren().add(intro);
            }
            for (FieldSpec spec : section.fields()) {
                box.getChildren().add(question(spec));
            }
            // A section whose every question is hidden (servers, for Exchange Online only) is hidden too.
            box.visibleProperty().bind(Bindings.createBooleanBinding(() -> section.fields().stream()
                    .anyMatch(f -> f.shownWhen().test(document.assessment())), document.assessmentProperty()));
            box.managedProperty().bind(box.visibleProperty());
            root.getChildren().add(box);
        }
    }

    public Node root() {
        return root;
    }

    public List<FieldViewModel> fields() {
        return fields;
    }

    private Node question(FieldSpec spec) {
        FieldViewModel vm = new FieldViewModel(spec, document);
        fields.add(vm);
        String labelText = messages.get(spec.labelKey());
        Label label = new Label(labelText);
        label.getStyleClass().add("field-label");
        Label help = new Label(messages.get(spec.helpKey()));
        help.setWrapText(true);
        help.getStyleClass().addAll("text-muted", "field-help");
        Node control = control(spec, vm, labelText);
        if (control instanceof Control c) {
            label.setLabelFor(c);
            c.setAccessibleHelp(help.getText());
        }
        Label error = new Label();
        error.setId(spec.id() + "-error");
        error.getStyleClass().add("field-error");
        error.setGraphic(Icons.of(Material2AL.ERROR_OUTLINE));
        error.setWrapText(true);
        // The field's own check while typing, else the file's cross-field checks (what a save would refuse)
        error.textProperty().bind(Bindings.createStringBinding(() -> vm.problemProperty().get() != null
                ? messages.get("problem." + vm.problemProperty().get().name()) : semanticProblem(spec),
                vm.problemProperty(), semantic));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox box = new VBox(4, label, control, error, help);
        Label derived = derived(spec);
        if (derived != null) {
            box.getChildren().add(2, derived);
        }
        box.getStyleClass().add("question");
        box.setId(spec.id() + "-question");
        box.visibleProperty().bind(Bindings.createBooleanBinding(() -> spec.shownWhen().test(document.assessment()),
                document.assessmentProperty()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /**
     * What the build answer means, shown beside the build and the version questions: the product and update level
     * of the build, and the version the catalog reads when the version is not answered. Nothing is written.
     */
    private Label derived(FieldSpec spec) {
        boolean build = spec.path().equals("exchange.serverBuild");
        if (!build && !spec.path().equals("exchange.serverVersion")) {
            return null;
        }
        Label note = new Label();
        note.setId(spec.id() + "-derived");
        note.setWrapText(true);
        note.getStyleClass().add("field-derived");
        note.textProperty().bind(Bindings.createStringBinding(() -> {
            var e = document.assessment().exchange();
            var parsed = e == null || e.serverBuild() == null ? Optional.<ExchangeBuild>empty()
                    : ExchangeBuild.parse(e.serverBuild());
            if (parsed.isEmpty()) {
                return "";
            }
            var product = parsed.get().product().orElse(null);
            if (build) {
                return product == null ? messages.get("derived.build.notKnown")
                        : messages.get("derived.build.means", words.buildDisplay(parsed.get(), catalog.get()));
            }
            if (product == null) {
                return "";
            }
            if (e.serverVersion() == null) {
                return messages.get("derived.version.fromBuild", words.display(product));
            }
            return e.serverVersion() == product ? "" : messages.get("derived.version.mismatch",
                    words.display(product), words.display(e.serverVersion()));
        }, document.assessmentProperty()));
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }

    /** The semantic check of the file format that fails at this answer, in words; empty when none does. */
    private String semanticProblem(FieldSpec spec) {
        String at = spec.field().jsonPath();
        return semantic.get().stream()
                .filter(p -> p.where().equals(at)).findFirst()
                .map(p -> messages.has("semantic." + spec.path()) ? messages.get("semantic." + spec.path()) : p.message())
                .orElse("");
    }

    private Node control(FieldSpec spec, FieldViewModel vm, String label) {
        return switch (spec.kind()) {
            case YES_NO -> yesNo(spec, vm, label);
            case CHOICE -> choice(spec, vm, label);
            case CHOICES -> choices(spec, vm, label);
            case MULTILINE -> text(new TextArea(), spec, vm, label);
            default -> text(new TextField(), spec, vm, label);
        };
    }

    private Node text(TextInputControl input, FieldSpec spec, FieldViewModel vm, String label) {
        input.setId(spec.id());
        input.setAccessibleText(label);
        input.setPromptText(messages.get("field.unknownPrompt"));
        input.textProperty().bindBidirectional(vm.textProperty());
        vm.problemProperty().addListener((o, a, p) -> input.pseudoClassStateChanged(
                PseudoClass.getPseudoClass("danger"), p != null));
        input.pseudoClassStateChanged(PseudoClass.getPseudoClass("danger"), vm.problemProperty().get() != null);
        if (input instanceof TextArea area) {
            area.setPrefRowCount(3);
            area.setWrapText(true);
        } else {
            if (spec.kind() == FieldKind.WHOLE_NUMBER) {
                input.getStyleClass().add("whole-number"); // as wide as its prompt, in em (app.css)
            } else {
                input.setMaxWidth(520);
            }
        }
        return input;
    }

    /** Yes / No / I don't know ({@link YesNoButtons}). */
    private Node yesNo(FieldSpec spec, FieldViewModel vm, String label) {
        return YesNoButtons.create(spec.id(), label, messages, vm.valueProperty());
    }

    private Node choice(FieldSpec spec, FieldViewModel vm, String label) {
        ComboBox<Object> box = new ComboBox<>();
        box.setId(spec.id());
        box.setAccessibleText(label);
        box.getItems().add(null);
        box.getItems().addAll(spec.choices().getEnumConstants());
        Combos.showBy(box, o -> o == null ? messages.get("answer.unknown") : words.display(o));
        box.valueProperty().bindBidirectional(vm.valueProperty());
        box.setMinWidth(260);
        return box;
    }

    private Node choices(FieldSpec spec, FieldViewModel vm, String label) {
        FlowPane pane = new FlowPane(16, 8);
        pane.setId(spec.id());
        pane.setAccessibleText(label);
        pane.setAlignment(Pos.CENTER_LEFT);
        CheckBox unknown = new CheckBox(messages.get("answer.unknown"));
        unknown.setId(spec.id() + "-unknown");
        unknown.selectedProperty().bindBidirectional(vm.unknownProperty());
        for (Object c : spec.choices().getEnumConstants()) {
            CheckBox box = new CheckBox(words.display(c));
            box.setId(spec.id() + "-" + ((Enum<?>) c).name());
            box.setSelected(vm.selectedProperty().get().contains(c));
            vm.selectedProperty().addListener((o, a, now) -> box.setSelected(now.contains(c)));
            box.selectedProperty().addListener((o, a, on) -> vm.toggle(c, on));
            pane.getChildren().add(box);
        }
        pane.getChildren().add(unknown);
        return pane;
    }
}
