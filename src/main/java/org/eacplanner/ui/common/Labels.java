package org.eacplanner.ui.common;

import javafx.scene.control.Label;

/** The labels of running text the steps share: a muted note that wraps, a bold caption. */
public final class Labels {

    private Labels() {
    }

    /** A secondary note, wrapped to the width it gets. */
    public static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("text-muted");
        return l;
    }

    /** A caption above a list. */
    public static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-bold");
        return l;
    }
}
