package org.eacplanner.ui.common;

import java.util.Locale;
import org.eacplanner.model.Severity;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Each severity has its own shape, so it never depends on colour alone; the word is always shown beside it. */
public final class SeverityIcons {

    private SeverityIcons() {
    }

    public static Ikon ikon(Severity s) {
        return switch (s) {
            case BLOCKER -> Material2AL.BLOCK;
            case WARNING -> Material2MZ.WARNING;
            case GAP -> Material2AL.HELP_OUTLINE;
            case INFO -> Material2AL.INFO;
        };
    }

    public static FontIcon of(Severity s) {
        FontIcon icon = Icons.of(ikon(s));
        icon.getStyleClass().add("severity-" + s.name().toLowerCase(Locale.ROOT));
        return icon;
    }
}
