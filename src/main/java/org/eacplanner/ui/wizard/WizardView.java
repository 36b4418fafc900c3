package org.eacplanner.ui.wizard;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.eacplanner.common.Messages;
import org.eacplanner.rules.CatalogTexts;
import org.eacplanner.ui.common.Icons;
import org.eacplanner.ui.export.ExportServices;
import org.eacplanner.ui.findings.FindingsPanelView;
import org.eacplanner.ui.probe.LiveCheckPreferences;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The wizard frame: step list (left), step content (centre), findings panel (right), Back/Next (bottom). */
public final class WizardView {

    private final WizardViewModel vm;
    private final Workspace workspace;
    private final StepContentFactory contents;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final ListView<Step> stepList = new ListView<>();
    private final Label stepTitle = new Label();
    private final Label stepCounter = new Label();
    private final VBox content = new VBox(12);
    private ScrollPane scroll;

    public WizardView(Workspace workspace, Messages messages, CatalogTexts words,
            Consumer<String> openLink, LiveCheckPreferences liveCheckPreferences,
            ExportServices export) {
        this.workspace = workspace;
        this.vm = workspace.wizard();
        this.messages = messages;
        this.contents = new StepContentFactory(workspace, messages, words, openLink, liveCheckPreferences, export);
        root.setId("wizard");
        root.getStyleClass().add("wizard");

        stepList.setId("stepList");
        stepList.getStyleClass().add("step-list");
        stepList.getItems().setAll(Step.values());
        stepList.setCellFactory(list -> new StepCell());
        stepList.setAccessibleText(messages.get("wizard.steps"));
        stepList.setPrefWidth(250);
        stepList.setMinWidth(200);
        stepList.getSelectionModel().select(vm.current());
        stepList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.jumpTo(now));
        for (Step s : Step.values()) {
            vm.stateProperty(s).addListener(o -> stepList.refresh());
            vm.whyProperty(s).addListener(o -> stepList.refresh());
        }
        vm.currentProperty().addListener((obs, old, now) -> {
            stepList.getSelectionModel().select(now);
            showStep(now);
        });
        root.setLeft(stepList);

        stepTitle.setId("stepTitle");
        stepTitle.getStyleClass().add("title-2");
        stepCounter.setId("stepCounter");
        stepCounter.getStyleClass().add("text-muted");
        content.setId("stepContent");
        content.setMinWidth(0);
        content.getStyleClass().add("step-content");
        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("stepScroll");
        // Keyboard users: keep the focused question in view as Tab moves through a long step.
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((f, a, focused) -> scrollIntoView(scroll, focused));
            }
        });
        scroll.getStyleClass().add("edge-to-edge");
        VBox centre = new VBox(4, new ReviewBanner(workspace, messages, words).root(), stepCounter, stepTitle, scroll);
        centre.getStyleClass().add("wizard-centre");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.setCenter(centre);

        root.setRight(new FindingsPanelView(workspace.evaluation(), messages, words,
                workspace.document().readOnlyProperty()).root());
        root.setBottom(navigation());
        // Enter is Next wherever the focused control does not need Enter itself (buttons, multi-line text,
        // open drop-downs). A filter, because list and table behaviours consume Enter before it bubbles up.
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown() && entersNext(e.getTarget())) {
                vm.next();
                e.consume();
            }
        });
        showStep(vm.current());
    }

    /** Stops what the steps run in the background (a live check); called when the window goes. */
    public void dispose() {
        contents.dispose();
    }

    public Parent root() {
        return root;
    }

    /** Puts the keyboard focus into the wizard (called when it is shown), so Tab and Enter work at once. */
    public void requestFocus() {
        stepList.requestFocus();
    }

    /** Scrolls {@code scroll} so that {@code node}, if it is inside the step content, is fully visible. */
    static void scrollIntoView(ScrollPane scroll, Node node) {
        if (node == null || !isInside(node, scroll.getContent())) {
            return;
        }
        Bounds inContent = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewport);
        double target = top;
        if (inContent.getMinY() < top) {
            target = inContent.getMinY() - 24;
        } else if (inContent.getMaxY() > top + viewport) {
            target = inContent.getMaxY() - viewport + 24;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, target / (contentHeight - viewport))));
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether Enter on {@code target} means Next: not on buttons, multi-line text, tables (Enter commits a cell),
     * date pickers or drop-downs (Enter picks a value), wherever they sit.
     */
    private static boolean entersNext(Object target) {
        if (!(target instanceof Node node)) {
            return true;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof ButtonBase || n instanceof TextArea || n instanceof TableView
                    || n instanceof ComboBoxBase) {
                return false;
            }
        }
        return true;
    }

    private Node navigation() {
        Button back = new Button(messages.get("wizard.back"), Icons.of(Material2AL.ARROW_BACK));
        back.setId("backButton");
        back.setMnemonicParsing(true);
        back.disableProperty().bind(vm.canGoBackProperty().not());
        back.setOnAction(e -> vm.back());
        Button next = new Button(messages.get("wizard.next"), Icons.of(Material2AL.ARROW_FORWARD));
        next.setId("nextButton");
        next.setMnemonicParsing(true);
        next.setDefaultButton(true);
        next.getStyleClass().add("accent");
        next.disableProperty().bind(vm.canGoNextProperty().not());
        next.setOnAction(e -> vm.next());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, spacer, back, next);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(10, 16, 10, 16));
        bar.getStyleClass().add("wizard-nav");
        return bar;
    }

    private void showStep(Step step) {
        stepTitle.setText(messages.get("step." + step.key() + ".title"));
        stepCounter.setText(messages.get("wizard.stepOf", step.number(), Step.values().length));
        Label intro = new Label(messages.get("step." + step.key() + ".intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("step-intro");
        content.getChildren().setAll(intro, contents.content(step));
        content.setUserData(step);
        if (scroll != null) {
            scroll.setVvalue(0);
        }
    }

    /** A step in the list: number, name, and its state mark as icon and accessible text (never colour alone). */
    private final class StepCell extends ListCell<Step> {
        StepCell() {
            // Cells take the list's width (no horizontal scroll bar); long names wrap (large text, small windows).
            setPrefWidth(0);
            setWrapText(true);
        }

        @Override
        protected void updateItem(Step step, boolean empty) {
            super.updateItem(step, empty);
            if (empty || step == null) {
                setText(null);
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            StepState state = vm.state(step);
            setText(messages.get("wizard.stepItem", step.number(), messages.get("step." + step.key() + ".title")));
            FontIcon mark = Icons.of(switch (state) {
                case NOT_VISITED -> Material2AL.CHECK_BOX_OUTLINE_BLANK;
                case COMPLETE -> Material2AL.CHECK_CIRCLE;
                case INCOMPLETE -> Material2AL.ERROR_OUTLINE;
                case HAS_BLOCKERS -> Material2MZ.REPORT;
            });
            mark.getStyleClass().add("step-mark-" + state.name().toLowerCase(Locale.ROOT));
            setGraphic(mark);
            StepWhy why = vm.why(step);
            String because = messages.get(why.key(), why.args().toArray());
            setAccessibleText(getText() + ", " + messages.get("wizard.state." + state.name()) + ": " + because);
            setTooltip(new Tooltip(getText() + "\n" + because));
        }
    }
}
