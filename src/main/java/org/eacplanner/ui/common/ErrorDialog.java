package org.eacplanner.ui.common;

import javafx.scene.control.Alert;
import org.eacplanner.common.Messages;

/** Tells the user that something failed and why, in the app's words plus the cause's own message. */
public final class ErrorDialog {

    private ErrorDialog() {
    }

    public static void show(Messages messages, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        ThemeManager.scale(alert.getDialogPane());
        alert.setTitle(messages.get("error.title"));
        alert.setHeaderText(messages.get("error.heading"));
        alert.setContentText(error.getMessage() == null ? error.toString() : error.getMessage());
        alert.show();
    }
}
