package org.eacplanner.ui.shell;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import org.eacplanner.common.Messages;
import org.eacplanner.rules.CatalogProblem;
import org.eacplanner.ui.common.ThemeManager;

/** The dialog that says why a catalog file was refused, or why the stored catalog was dropped at start. */
public final class CatalogDialogs {

    private CatalogDialogs() {
    }

    public static void refused(Node owner, Messages messages, CatalogChoice.Refusal refusal) {
        Alert alert = new Alert(refusal.droppedAtStart() ? Alert.AlertType.INFORMATION : Alert.AlertType.ERROR);
        ThemeManager.scale(alert.getDialogPane());
        if (owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
        }
        alert.setTitle(messages.get("catalog.refused.title"));
        alert.setHeaderText(messages.get(refusal.droppedAtStart() ? "catalog.dropped.header" : "catalog.refused.header",
                String.valueOf(refusal.file().getFileName())));
        StringBuilder text = new StringBuilder();
        for (CatalogProblem p : refusal.problems()) {
            text.append(p.path()).append(": ").append(p.message()).append('\n');
        }
        TextArea problems = new TextArea(text.toString().strip());
        problems.setId("catalogProblems");
        problems.setEditable(false);
        problems.setWrapText(true);
        problems.setPrefRowCount(Math.min(12, refusal.problems().size() + 1));
        alert.getDialogPane().setContent(problems);
        alert.getDialogPane().setId("catalogRefusedDialog");
        alert.show();
    }
}
