package org.eacplanner.ui.common;

import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import org.eacplanner.ui.common.UiSettings.Theme;

/**
 * Light and dark themes (AtlantaFX Primer). The app stylesheet uses looked-up colours and the
 * {@code :dark} pseudo-class on the root, so one {@code app.css} serves both.
 */
public final class ThemeManager {

    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private final UiSettings settings;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();

    public ThemeManager(UiSettings settings) {
        this.settings = settings;
        theme.set(settings.theme());
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Sets the current theme as the application's user-agent stylesheet (before any control is made). */
    public void applyUserAgentStylesheet() {
        Application.setUserAgentStylesheet(Stylesheets.theme(theme.get()));
    }

    /** Applies the current theme to the application and keeps {@code scene} in step with later changes. */
    public void install(Scene scene) {
        scene.getStylesheets().add(Stylesheets.app());
        double scale = fontScale();
        if (scale != 1.0 && scene.getRoot() != null) {
            scene.getRoot().setStyle(fontSize(scale));
        }
        apply(scene, theme.get());
        theme.addListener((obs, old, now) -> {
            apply(scene, now);
            settings.setTheme(now);
        });
    }

    /** AtlantaFX sizes everything from the root font (14 px); {@code -Deacplanner.fontScale=1.5} is 150 %. */
    private static String fontSize(double scale) {
        return "-fx-font-size: " + Math.round(14 * scale) + "px;";
    }

    /** A dialog at the main window's text size; call it before the dialog shows (it is sized for its text then). */
    public static void scale(DialogPane pane) {
        double scale = fontScale();
        if (scale != 1.0) {
            pane.setStyle(fontSize(scale));
        }
    }

    /** The text scale: {@code -Deacplanner.fontScale} (e.g. 1.5), else 1. */
    public static double fontScale() {
        try {
            double s = Double.parseDouble(System.getProperty("eacplanner.fontScale", "1"));
            return s >= 0.75 && s <= 3 ? s : 1.0;
        } catch (NumberFormatException e) {
            return 1.0;
        }
    }

    private static void apply(Scene scene, Theme t) {
        String stylesheet = Stylesheets.theme(t);
        // Set only when it changes: the window is built after applyUserAgentStylesheet() set it.
        if (!stylesheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(stylesheet);
        }
        if (scene.getRoot() != null) {
            scene.getRoot().pseudoClassStateChanged(DARK, t == Theme.DARK);
        }
    }
}
