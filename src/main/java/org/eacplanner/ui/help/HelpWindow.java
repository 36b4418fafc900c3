package org.eacplanner.ui.help;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.eacplanner.common.Messages;

/** A help page in a window of its own beside the wizard (not modal); Escape or Close closes it. */
public final class HelpWindow {

    private HelpWindow() {
    }

    /** Shows {@code page} with the owner's styles, text scale and theme as they are when it opens. */
    public static Stage show(Window owner, HelpPage page, Messages messages) {
        VBox body = new VBox(10);
        body.setId("helpPage");
        body.getStyleClass().add("help-page");
        Label title = wrapped(page.title(), "title-2");
        Label intro = wrapped(page.intro(), "text-muted");
        body.getChildren().addAll(title, intro);
        for (HelpPage.Part part : page.parts()) {
            Label heading = wrapped(part.heading(), "title-4");
            heading.setPadding(new Insets(14, 0, 0, 0));
            body.getChildren().add(heading);
            for (HelpPage.Entry e : part.entries()) {
                VBox entry = new VBox(2);
                if (!e.term().isEmpty()) {
                    entry.getChildren().add(wrapped(e.term(), "text-bold"));
                }
                entry.getChildren().add(wrapped(e.text(), null));
                body.getChildren().add(entry);
            }
        }
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setStyle("-fx-padding: 16;");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Button close = new Button(messages.get("help.close"));
        close.setId("helpClose");
        close.setCancelButton(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(gap, close);
        buttons.setStyle("-fx-padding: 8 16 12 16;");
        VBox root = new VBox(scroll, buttons);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(page.title());
        Scene scene = new Scene(root, 640, 700);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            root.getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
            root.setStyle(owner.getScene().getRoot().getStyle()); // the text scale
            owner.getScene().getRoot().getPseudoClassStates().forEach(p -> root.pseudoClassStateChanged(p, true));
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        close.setOnAction(e -> stage.close());
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    private static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        if (style != null) {
            l.getStyleClass().add(style);
        }
        return l;
    }
}
