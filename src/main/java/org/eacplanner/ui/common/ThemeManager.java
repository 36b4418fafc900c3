package org.eacplanner.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import org.eacplanner.ui.common.UiSettings.Theme;

/**
 * Light and dark themes (AtlantaFX Primer). The app stylesheet uses looked-up colours and the
 * {@code :dark} pseudo-class on the root, so one {@code app.css} serves both.
 */
public final class ThemeManager {

    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    /** The app's stylesheet: binary when the build made it (StylesheetCompiler), else the CSS. */
    private static final String APP_CSS = java.util.Optional.ofNullable(ThemeManager.class
            .getResource("/org/eacplanner/css/app.bss"))
            .orElseGet(() -> ThemeManager.class.getResource("/org/eacplanner/css/app.css")).toExternalForm();

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
        Application.setUserAgentStylesheet(stylesheet(theme.get()));
    }

    /** Applies the current theme to the application and keeps {@code scene} in step with later changes. */
    public void install(Scene scene) {
        scene.getStylesheets().add(APP_CSS);
        double scale = fontScale();
        if (scale != 1.0 && scene.getRoot() != null) {
            // AtlantaFX sizes everything from the root font (14 px); -Deacplanner.fontScale=1.5 is 150 %.
            scene.getRoot().setStyle("-fx-font-size: " + Math.round(14 * scale) + "px;");
        }
        apply(scene, theme.get());
        theme.addListener((obs, old, now) -> {
            apply(scene, now);
            settings.setTheme(now);
        });
    }

    /** The theme in binary form when the build made it (StylesheetCompiler), else AtlantaFX's CSS. */
    static String stylesheet(Theme t) {
        java.net.URL binary = ThemeManager.class.getResource("/org/eacplanner/css/"
                + (t == Theme.DARK ? "primer-dark" : "primer-light") + ".bss");
        if (binary != null) {
            return binary.toExternalForm();
        }
        return t == Theme.DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
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
        Application.setUserAgentStylesheet(stylesheet(t));
        if (scene.getRoot() != null) {
            scene.getRoot().pseudoClassStateChanged(DARK, t == Theme.DARK);
        }
    }
}
