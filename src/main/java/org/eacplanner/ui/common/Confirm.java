package org.eacplanner.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asking before something is lost: the action named on its button, Cancel the default (Enter and Escape keep all). */
public final class Confirm {

    private Confirm() {
    }

    /**
     * Shows the question and waits; true when the user chose {@code action}. The action's button gets {@code id}
     * (for tests and the accessibility tree).
     */
    public static boolean destructive(Window owner, String title, String heading, String text, String action,
            String id) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        ThemeManager.scale(alert.getDialogPane());
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(heading);
        alert.setContentText(text);
        ButtonType ok = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(ok, ButtonType.CANCEL);
        Button okButton = (Button) alert.getDialogPane().lookupButton(ok);
        okButton.setId(id);
        okButton.setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(b -> b == ok).isPresent();
    }
}
