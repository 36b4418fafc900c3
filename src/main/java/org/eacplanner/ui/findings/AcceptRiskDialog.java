package org.eacplanner.ui.findings;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.eacplanner.common.Messages;
import org.eacplanner.rules.Finding;

/** Asks for the rationale, who accepts, and until when (empty: no expiry) before a finding is accepted as a known risk. */
final class AcceptRiskDialog {

    /** What the user entered. */
    record Acceptance(String rationale, String acceptedBy, LocalDate expires) {
    }

    private AcceptRiskDialog() {
    }

    static Dialog<Acceptance> create(Finding finding, Messages messages, String defaultAcceptedBy) {
        Dialog<Acceptance> dialog = new Dialog<>();
        dialog.setTitle(messages.get("accept.title"));
        dialog.setHeaderText(finding.ruleId() + ": " + finding.title());
        TextArea rationale = new TextArea();
        rationale.setId("acceptRationale");
        rationale.setPrefRowCount(3);
        rationale.setWrapText(true);
        rationale.setAccessibleText(messages.get("accept.rationale"));
        TextField by = new TextField(defaultAcceptedBy == null ? "" : defaultAcceptedBy);
        by.setId("acceptBy");
        by.setAccessibleText(messages.get("accept.by"));
        DatePicker expires = new DatePicker();
        expires.setId("acceptExpires");
        expires.setAccessibleText(messages.get("accept.expires"));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label(messages.get("accept.rationale"), rationale), rationale);
        grid.addRow(1, label(messages.get("accept.by"), by), by);
        grid.addRow(2, label(messages.get("accept.expires"), expires), expires);
        Label hint = new Label(messages.get("accept.expires.help"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        grid.add(hint, 1, 3);
        dialog.getDialogPane().setContent(grid);
        ButtonType accept = new ButtonType(messages.get("accept.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(accept, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(accept).setId("acceptOk");
        dialog.getDialogPane().lookupButton(accept).disableProperty().bind(rationale.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == accept ? new Acceptance(rationale.getText().trim(),
                by.getText().isBlank() ? null : by.getText().trim(), expires.getValue()) : null);
        return dialog;
    }

    private static Label label(String text, Node control) {
        Label l = new Label(text);
        l.setLabelFor(control);
        return l;
    }

    static Optional<Acceptance> ask(Finding finding, Messages messages, String defaultAcceptedBy, Window owner) {
        Dialog<Acceptance> d = create(finding, messages, defaultAcceptedBy);
        d.initOwner(owner);
        return d.showAndWait();
    }
}
