package org.eacplanner.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import javafx.css.Stylesheet;
import org.eacplanner.ui.common.UiSettings.Theme;

/**
 * Where the themes' and the app's stylesheets are: binary ({@code .bss}, made by {@code build/StylesheetCompiler.java} at build
 * time) when the build made them, else CSS. Holds no JavaFX state, so it may be used before the toolkit starts.
 */
public final class Stylesheets {

    private Stylesheets() {
    }

    /** The theme (AtlantaFX Primer, light or dark). */
    static String theme(Theme t) {
        URL binary = Stylesheets.class.getResource("/org/eacplanner/css/"
                + (t == Theme.DARK ? "primer-dark" : "primer-light") + ".bss");
        if (binary != null) {
            return binary.toExternalForm();
        }
        return t == Theme.DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    /** The app's own stylesheet. */
    static String app() {
        URL binary = Stylesheets.class.getResource("/org/eacplanner/css/app.bss");
        return (binary != null ? binary : Stylesheets.class.getResource("/org/eacplanner/css/app.css")).toExternalForm();
    }

    /**
     * Reads the theme's and the app's binary stylesheets once and drops the result, so that JavaFX finds the parser's
     * classes loaded and the files in the disk cache when it reads them for the first window. Parsing needs no
     * toolkit; this is for a thread of its own before the toolkit starts, never for two threads at once.
     */
    public static void preparse(Theme t) {
        for (String url : new String[] {theme(t), app()}) {
            if (url.endsWith(".bss")) {
                try {
                    Stylesheet.loadBinary(URI.create(url).toURL());
                } catch (IOException | IllegalArgumentException e) {
                    // JavaFX reads the file again for the window and reports a problem then
                }
            }
        }
    }
}
