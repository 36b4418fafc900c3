package org.eacplanner.ui.findings;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.eacplanner.common.Messages;

/** The live findings panel on the right of the wizard. */
public final class FindingsPanelView {

    private final VBox root = new VBox(8);

    public FindingsPanelView(Messages messages) {
        root.setId("findingsPanel");
        root.getStyleClass().add("findings-panel");
        Label heading = new Label(messages.get("findings.panel.heading"));
        heading.getStyleClass().add("title-4");
        Label empty = new Label(messages.get("findings.panel.empty"));
        empty.setId("findingsEmpty");
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        root.getChildren().addAll(heading, empty);
        root.setPrefWidth(280);
        root.setMinWidth(220);
    }

    public Parent root() {
        return root;
    }
}
