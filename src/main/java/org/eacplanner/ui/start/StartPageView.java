package org.eacplanner.ui.start;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.eacplanner.common.Messages;
import org.eacplanner.ui.common.AfterFirstFrame;
import org.eacplanner.ui.common.Icons;
import org.eacplanner.ui.common.TaskRunner;
import org.eacplanner.ui.shell.MainWindowViewModel;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The start page: new assessment, open, examples, recent files. Every action is a focusable button. */
public final class StartPageView {

    private final VBox root = new VBox();

    public StartPageView(MainWindowViewModel vm, Messages messages, Examples examples, TaskRunner tasks,
            java.util.function.Consumer<Throwable> onError, Runnable onOpen) {
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

        MenuButton exampleMenu = new MenuButton(messages.get("start.examples"));
        // The icon font loads after the first frame: it costs a few hundred milliseconds of start-up.
        AfterFirstFrame.run(() -> {
            newButton.setGraphic(Icons.of(Material2AL.ADD_CIRCLE_OUTLINE));
            openButton.setGraphic(Icons.of(Material2OutlinedAL.FOLDER_OPEN));
            exampleMenu.setGraphic(Icons.of(Material2OutlinedMZ.SCHOOL));
        });
        exampleMenu.setId("openExample");
        for (String key : Examples.KEYS) {
            MenuItem item = new MenuItem(messages.get("example." + key));
            item.setId("example-" + key);
            item.setOnAction(e -> tasks.run(() -> examples.load(key), vm::open, onError));
            exampleMenu.getItems().add(item);
        }

        HBox actions = new HBox(12, newButton, openButton, exampleMenu);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label recentHeading = new Label(messages.get("start.recent"));
        recentHeading.getStyleClass().add("title-4");
        ListView<String> recent = new ListView<>();
        recent.setId("recentFiles");
        recent.setPlaceholder(new Label(messages.get("start.recent.empty")));
        recent.setAccessibleText(messages.get("start.recent"));
        recent.setPrefHeight(220);
        VBox.setVgrow(recent, Priority.ALWAYS);

        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        subtitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        recent.setMinHeight(120);
        ((Label) recent.getPlaceholder()).setWrapText(true);
        actions.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox card = new VBox(16, title, subtitle, actions, recentHeading, recent);
        card.getStyleClass().add("start-card");
        card.setMaxWidth(760);
        root.getChildren().add(card);
        root.setAlignment(Pos.TOP_CENTER);
        VBox.setVgrow(card, Priority.ALWAYS);
        scroller = new javafx.scene.control.ScrollPane(root);
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.getStyleClass().add("edge-to-edge");
        scroller.setId("startPageScroll");
    }

    private final javafx.scene.control.ScrollPane scroller;

    /** The page, scrolling when large text or a small window does not leave room for all of it. */
    public Parent root() {
        return scroller;
    }
}
