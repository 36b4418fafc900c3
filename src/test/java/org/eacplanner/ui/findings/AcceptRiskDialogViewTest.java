package org.eacplanner.ui.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.eacplanner.checklist.Planner;
import org.eacplanner.common.Messages;
import org.eacplanner.model.Assessment;
import org.eacplanner.rules.Finding;
import org.eacplanner.storage.AssessmentJson;
import org.eacplanner.storage.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Accept-risk dialog at 150 % text: every label is shown whole (the skin's text is the label's text). */
@ExtendWith(ApplicationExtension.class)
class AcceptRiskDialogViewTest {

    @Start
    void start(Stage stage) {
        // the dialog gets no owner: the robot's stage only keeps the toolkit running
    }

    @Test
    void everyLabelIsReadableAt150PercentText(FxRobot robot) throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            Assessment a = AssessmentJson.mapper().readValue(
                    Scenarios.folder().resolve("onprem-ntlm-2016.eacplan.json").toFile(), Assessment.class);
            Finding finding = Planner.forLocale(locale).evaluate(a, LocalDate.of(2026, 12, 7)).findings().get(0);
            Messages messages = Messages.ui(locale);
            Dialog<?>[] dialog = new Dialog<?>[1];
            robot.interact(() -> {
                dialog[0] = AcceptRiskDialog.create(finding, messages, "Dana Kowalski");
                dialog[0].getDialogPane().setStyle("-fx-font-size: 150%;");
                dialog[0].show();
            });
            WaitForAsyncUtils.waitForFxEvents();
            List<String> cut = new java.util.ArrayList<>();
            robot.interact(() -> collectCut(dialog[0].getDialogPane(), cut));
            robot.interact(() -> dialog[0].close());
            assertThat(cut).as(locale + ": labels shown cut").isEmpty();
        }
    }

    /** A labeled control whose skin shows less than its text ("Ration…"). */
    private static void collectCut(Node node, List<String> cut) {
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && l.isVisible()) {
            String shown = l.lookupAll(".text").stream().filter(Text.class::isInstance).map(t -> ((Text) t).getText())
                    .reduce("", String::concat);
            if (!shown.replace("\n", " ").replace(" ", "").equals(l.getText().replace("_", "").replace("\n", " ")
                    .replace(" ", ""))) {
                cut.add(l.getText() + " shown as \"" + shown + "\"");
            }
        }
        if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collectCut(c, cut));
        }
    }
}
