package org.eacplanner.ui.common;

import javafx.collections.ListChangeListener;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * Gives every popup window (menus, drop-down lists, date pickers, tooltips) the popup stylesheet
 * ({@code css/popups.css}): the main scene's stylesheets do not reach them.
 */
public final class PopupStyle {

    private static final String SHEET = PopupStyle.class.getResource("/org/eacplanner/css/popups.css").toExternalForm();

    private static boolean installed;

    private PopupStyle() {
    }

    /** From now on, each popup window that opens gets the sheet (on the FX thread; a second call does nothing). */
    public static void install() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                for (Window w : c.getAddedSubList()) {
                    if (w instanceof PopupWindow && w.getScene() != null
                            && !w.getScene().getStylesheets().contains(SHEET)) {
                        w.getScene().getStylesheets().add(SHEET);
                    }
                }
            }
        });
    }
}
