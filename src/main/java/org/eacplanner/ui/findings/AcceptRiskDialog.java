package org.eacplanner.ui.findings;

import java.time.LocalDate;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.eacplanner.common.Messages;
import org.eacplanner.rules.Finding;
import org.eacplanner.ui.common.Confirm;
import org.eacplanner.ui.common.ThemeManager;

/** Asks for the rationale, who accepts, and until when (empty: no expiry) before a finding is accepted as a known risk. */
final class AcceptRiskDialog {

    /** What the user entered. */
    record Acceptance(String rationale, String acceptedBy, LocalDate expires) {
    }

    private AcceptRiskDialog() {
    }

    static Dialog<Acceptance> create(Finding finding, Messages messages, String defaultAcceptedBy) {
        Dialog<Acceptance> dialog = new Dialog<>();
        ThemeManager.scale(dialog.getDialogPane());
        dialog.setTitle(messages.get("accept.title"));
        dialog.setHeaderText(finding.title());
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
        Label id = new Label(messages.get("findings.ruleId", finding.ruleId()));
        id.getStyleClass().add("text-muted");
        Label hint = new Label(messages.get("accept.expires.help"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE); // a wrapped label in a dialog is otherwise cut to one line
        // labels above their fields: nothing competes for a label's width, at any text size
        VBox form = new VBox(4, id, field(messages.get("accept.rationale"), rationale),
                field(messages.get("accept.by"), by), field(messages.get("accept.expires"), expires), hint);
        form.setPrefWidth(480 * ThemeManager.fontScale()); // as wide, for its text, at any text size
        dialog.getDialogPane().setContent(form);
        dialog.setResizable(true);
        ButtonType accept = new ButtonType(messages.get("accept.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(accept, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(accept).setId("acceptOk");
        dialog.getDialogPane().lookupButton(accept).disableProperty().bind(rationale.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == accept ? new Acceptance(rationale.getText().trim(),
                by.getText().isBlank() ? null : by.getText().trim(), expires.getValue()) : null);
        return dialog;
    }

    private static Node field(String text, Control control) {
        Label l = new Label(text);
        l.setLabelFor(control);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add("field-label");
        VBox box = new VBox(2, l, control);
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }

    /** Asks before an acceptance is withdrawn (Cancel is the default); true to withdraw. */
    static boolean confirmWithdraw(Finding finding, Messages messages, Window owner) {
        return Confirm.destructive(owner, messages.get("withdraw.title"), messages.get("withdraw.heading",
                finding.title()), messages.get("withdraw.text"), messages.get("withdraw.ok"), "withdrawOk");
    }

    static Optional<Acceptance> ask(Finding finding, Messages messages, String defaultAcceptedBy, Window owner) {
        Dialog<Acceptance> d = create(finding, messages, defaultAcceptedBy);
        d.initOwner(owner);
        return d.showAndWait();
    }
}
