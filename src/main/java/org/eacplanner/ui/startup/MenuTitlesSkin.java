package org.eacplanner.ui.startup;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The menu bar's look for the first frame: each menu's title in the node structure and style classes of JavaFX's
 * {@code MenuBarSkin} ({@code .menu-bar > .container > .menu-button > .label}, and the empty {@code .arrow-button}
 * beside it), so the theme lays the titles out where the real skin will. It has no popups, keyboard handling or
 * shortcuts: the main window replaces it with {@code MenuBarSkin} a frame after the window is shown.
 * {@code MenuBarStartupViewTest} holds the two to the same layout.
 */
public final class MenuTitlesSkin extends SkinBase<MenuBar> {

    private final HBox container = new HBox();

    public MenuTitlesSkin(MenuBar bar) {
        super(bar);
        container.getStyleClass().add("container");
        for (Menu menu : bar.getMenus()) {
            Label title = new Label(menu.getText());
            title.setMnemonicParsing(menu.isMnemonicParsing());
            StackPane arrow = new StackPane();
            arrow.getStyleClass().add("arrow");
            StackPane arrowButton = new StackPane(arrow);
            arrowButton.getStyleClass().add("arrow-button");
            HBox button = new HBox(title, arrowButton);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().addAll("menu-button", "menu");
            container.getChildren().add(button);
        }
        getChildren().add(container);
    }

    /** Leaves the menu bar to the next skin: a skin's nodes stay in the control unless it takes them out. */
    @Override
    public void dispose() {
        getChildren().remove(container);
        super.dispose();
    }
}
