package org.eacplanner.ui.shell;

import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.eacplanner.common.BuildInfo;
import org.eacplanner.common.Messages;
import org.eacplanner.ui.common.ThemeManager;

final class AboutDialog {

    private AboutDialog() {
    }

    static void show(Window owner, Messages messages, BuildInfo info, String catalogStamp) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        ThemeManager.scale(alert.getDialogPane());
        alert.initOwner(owner);
        alert.setTitle(messages.get("about.title"));
        alert.setHeaderText(messages.get("app.title") + " " + info.version());
        alert.setContentText(messages.get("about.text") + (catalogStamp == null || catalogStamp.isEmpty() ? "" : "\n\n" + catalogStamp));
        alert.showAndWait();
    }
}
