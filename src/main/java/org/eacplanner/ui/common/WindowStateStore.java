package org.eacplanner.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.eacplanner.ui.common.UiSettings.WindowBounds;

/** Remembers the main window's size and position between runs. */
public final class WindowStateStore {

    static final double DEFAULT_WIDTH = 1200;
    static final double DEFAULT_HEIGHT = 780;

    private final UiSettings settings;

    public WindowStateStore(UiSettings settings) {
        this.settings = settings;
    }

    /** Restores the saved bounds if they still fit on a screen, else centres a default-sized window. */
    public void restore(Stage stage) {
        WindowBounds b = settings.windowBounds();
        if (b != null && visibleOnSomeScreen(b)) {
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setWidth(b.width());
            stage.setHeight(b.height());
            stage.setMaximized(b.maximized());
        } else {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth()));
            stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight()));
            stage.centerOnScreen();
        }
    }

    /** Saves the bounds now; called when the window closes. */
    public void save(Stage stage) {
        settings.setWindowBounds(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()));
        settings.flush();
    }

    private static boolean visibleOnSomeScreen(WindowBounds b) {
        return !Screen.getScreensForRectangle(b.x(), b.y(), Math.max(1, b.width()), Math.max(1, b.height()))
                .isEmpty() && b.width() >= 400 && b.height() >= 300;
    }
}
