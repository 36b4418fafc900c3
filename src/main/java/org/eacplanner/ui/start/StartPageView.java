package org.eacplanner.ui.start;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.eacplanner.common.Messages;
import org.eacplanner.model.Assessment;
import org.eacplanner.storage.FileSummary;
import org.eacplanner.storage.RecoverySnapshot;
import org.eacplanner.task.TaskRunner;
import org.eacplanner.ui.common.LocalTimes;
import org.eacplanner.ui.shell.MainWindowViewModel;
import org.eacplanner.ui.startup.AfterFirstFrame;

/** The start page: new assessment, open, examples, recent files. Every action is a focusable button. */
public final class StartPageView {

    private final VBox root = new VBox();
    private final StackPane frame = new StackPane(root);
    private ContextMenu examplesMenu;
    private final Messages messages;
    private final VBox recoveryBox = new VBox(8);

    public StartPageView(MainWindowViewModel vm, Messages messages, Examples examples, TaskRunner tasks,
            Consumer<Throwable> onError, Runnable onOpen, StartPageModel model,
            BiConsumer<RecoverySnapshot, Assessment> compareRecovered) {
        this.messages = messages;
        root.setId("startPage");
        root.getStyleClass().add("start-page");

        Label title = new Label(messages.get("start.heading"));
        title.getStyleClass().addAll("title-1", "start-heading");
        Label subtitle = new Label(messages.get("start.subheading"));
        subtitle.getStyleClass().add("text-muted");
        subtitle.setWrapText(true);

        Button newButton = new Button(messages.get("start.new"));
        newButton.setId("newAssessment");
        newButton.getStyleClass().add("accent");
        newButton.setDefaultButton(true);
        newButton.setOnAction(e -> vm.newAssessment());

        Button openButton = new Button(messages.get("start.open"));
        openButton.setId("openAssessment");
        openButton.setOnAction(e -> onOpen.run());

        // A button that opens a context menu: looks and works like a menu button, but the popup and its items are
        // made on first use, not on the way to the first frame.
        Button exampleMenu = new Button(messages.get("start.examples"));
        exampleMenu.setId("openExample");
        exampleMenu.setOnAction(e -> examplesMenu(vm, examples, tasks, onError).show(exampleMenu,
                Side.BOTTOM, 0, 2));
        // The icon font loads after the first frame: it costs a few hundred milliseconds of start-up.
        AfterFirstFrame.run(() -> StartIcons.decorate(newButton, openButton, exampleMenu));

        HBox actions = new HBox(12, newButton, openButton, exampleMenu);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label recentHeading = new Label(messages.get("start.recent"));
        recentHeading.getStyleClass().add("title-4");
        // The list is built when there is something to list: recent files are read after the first frame, and a
        // list view is not worth delaying the window for.
        Label empty = new Label(messages.get("start.recent.empty"));
        empty.setWrapText(true);
        empty.setId("recentFilesEmpty");
        StackPane recentArea = new StackPane(empty);
        recentArea.getStyleClass().add("recent-area");
        recentArea.setPrefHeight(220);
        recentArea.setMinHeight(120);
        VBox.setVgrow(recentArea, Priority.ALWAYS);
        model.recent().addListener((ListChangeListener<FileSummary>) c -> {
            if (!model.recent().isEmpty() && !(recentArea.getChildren().get(0) instanceof ListView)) {
                recentArea.getChildren().setAll(recentList(vm, model));
            }
        });

        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        subtitle.setMinHeight(Region.USE_PREF_SIZE);
        actions.setMinHeight(Region.USE_PREF_SIZE);
        recoveryBox.setId("recoveryBox");
        recoveryBox.getStyleClass().add("recovery-box");
        model.recoveries().addListener((ListChangeListener<RecoverySnapshot>) c ->
                showRecoveries(model, vm, compareRecovered));
        showRecoveries(model, vm, compareRecovered);
        VBox card = new VBox(16, title, subtitle, recoveryBox, actions, recentHeading, recentArea);
        card.getStyleClass().add("start-card");
        card.setMaxWidth(760);
        root.getChildren().add(card);
        root.setAlignment(Pos.TOP_CENTER);
        VBox.setVgrow(card, Priority.ALWAYS);
        // The scroll pane (bars, track, thumbs: a dozen styled nodes) is only needed once the page does not fit;
        // it comes a frame after the first, and until then the page sits in a plain pane of the same size.
        AfterFirstFrame.run(this::addScrollPane);
    }

    /** Puts the page in a scroll pane, keeping the keyboard focus where it was. */
    private void addScrollPane() {
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        ScrollPane scroller = new ScrollPane();
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.getStyleClass().add("edge-to-edge");
        scroller.setId("startPageScroll");
        frame.getChildren().clear();
        scroller.setContent(root);
        frame.getChildren().add(scroller);
        if (focused != null && focused.getScene() != null && !focused.isFocused()) {
            focused.requestFocus();
        }
    }

    /** The bundled examples, one item each; made the first time the button is pressed. */
    private ContextMenu examplesMenu(MainWindowViewModel vm, Examples examples, TaskRunner tasks,
            Consumer<Throwable> onError) {
        if (examplesMenu == null) {
            examplesMenu = new ContextMenu();
            examplesMenu.setId("examplesMenu");
            for (String key : Examples.KEYS) {
                MenuItem item = new MenuItem(messages.get("example." + key));
                item.setId("example-" + key);
                item.setOnAction(e -> tasks.run(() -> examples.load(key), vm::open, onError));
                examplesMenu.getItems().add(item);
            }
        }
        return examplesMenu;
    }

    /** The recent files: Enter or a double-click opens one, Delete takes it off the list. */
    private ListView<FileSummary> recentList(MainWindowViewModel vm, StartPageModel model) {
        ListView<FileSummary> recent = new ListView<>(model.recent());
        recent.setId("recentFiles");
        recent.setCellFactory(l -> new RecentCell());
        recent.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && recent.getSelectionModel().getSelectedItem() != null) {
                vm.open(recent.getSelectionModel().getSelectedItem().path());
            }
        });
        recent.setOnKeyPressed(e -> {
            FileSummary selected = recent.getSelectionModel().getSelectedItem();
            if (selected == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(selected.path());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                model.forget(selected);
                e.consume();
            }
        });
        recent.setPlaceholder(new Label(messages.get("start.recent.empty")));
        recent.setAccessibleText(messages.get("start.recent"));
        recent.setPrefHeight(220);

        recent.setMinHeight(120);
        ((Label) recent.getPlaceholder()).setWrapText(true);
        return recent;
    }

    /** The offer to recover work left by a crash: recover, compare with the saved file, or discard, per copy. */
    private void showRecoveries(StartPageModel model, MainWindowViewModel vm,
            BiConsumer<RecoverySnapshot, Assessment> compare) {
        recoveryBox.getChildren().clear();
        boolean any = !model.recoveries().isEmpty();
        recoveryBox.setVisible(any);
        recoveryBox.setManaged(any);
        if (!any) {
            return;
        }
        Label heading = new Label(messages.get("recovery.heading"));
        heading.getStyleClass().add("title-4");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        recoveryBox.getChildren().add(heading);
        int i = 0;
        for (RecoverySnapshot s : model.recoveries()) {
            String when = LocalTimes.dateTime(s.savedAt(), messages.locale());
            String name = s.title() == null || s.title().isBlank() ? messages.get("title.untitled") : s.title();
            Label what = new Label(!s.readable() ? messages.get("recovery.damaged", s.file().getFileName())
                    : s.originalFile() == null ? messages.get("recovery.new", name, when)
                    : messages.get("recovery.ofFile", name, when, s.originalFile()));
            what.setId("recovery-" + i);
            what.setWrapText(true);
            what.setMinHeight(Region.USE_PREF_SIZE);
            Button recover = new Button(messages.get("recovery.recover"));
            recover.setId("recover-" + i);
            recover.getStyleClass().add("accent");
            recover.setDisable(!s.readable());
            recover.setOnAction(e -> model.recover(s, r -> vm.openRecovered(r.work(), r.original(), r.snapshot())));
            Button compareButton = new Button(messages.get("recovery.compare"));
            compareButton.setId("compareRecovery-" + i);
            compareButton.setDisable(!s.readable() || s.originalFile() == null);
            compareButton.setOnAction(e -> model.load(s, work -> compare.accept(s, work)));
            Button discard = new Button(messages.get("recovery.discard"));
            discard.setId("discardRecovery-" + i);
            discard.setOnAction(e -> model.discard(s));
            for (Button b : new Button[] {recover, compareButton, discard}) {
                b.setMnemonicParsing(true);
                b.setAccessibleText(b.getText().replace("_", "") + ": " + what.getText());
            }
            HBox buttons = new HBox(8, recover, compareButton, discard);
            buttons.setAlignment(Pos.CENTER_LEFT);
            recoveryBox.getChildren().add(new VBox(6, what, buttons));
            i++;
        }
    }

    /** A recent file: title and client, then when it was saved and its open blockers as saved, and where it is. */
    private final class RecentCell extends ListCell<FileSummary> {
        private final Label heading = new Label();
        private final Label detail = new Label();
        private final VBox box = new VBox(2, heading, detail);

        RecentCell() {
            setPrefWidth(0);
            heading.getStyleClass().add("recent-heading");
            detail.getStyleClass().add("text-muted");
            for (Label l : new Label[] {heading, detail}) {
                l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE);
            }
        }

        @Override
        protected void updateItem(FileSummary f, boolean empty) {
            super.updateItem(f, empty);
            setText(null);
            if (empty || f == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            String name = f.title() == null || f.title().isBlank() ? String.valueOf(f.path().getFileName()) : f.title();
            if (!f.readable()) {
                heading.setText(name);
                detail.setText(messages.get("recent.unreadable", f.path(), f.problem()));
            } else {
                String updated = f.updatedAt() == null ? "\u2014" : LocalTimes.date(f.updatedAt(), messages.locale());
                String client = f.client() == null || f.client().isBlank() ? messages.get("recent.noClient") : f.client();
                String blockers = f.blockers() < 0 ? messages.get("recent.notEvaluated")
                        : messages.get("recent.blockers", f.blockers());
                heading.setText(messages.get("recent.heading", name, client));
                detail.setText(messages.get("recent.detail", updated, blockers, f.path()));
            }
            setGraphic(box);
            setAccessibleText(heading.getText() + ". " + detail.getText());
        }
    }

    /** The page, scrolling when large text or a small window does not leave room for all of it. */
    public Parent root() {
        return frame;
    }
}
