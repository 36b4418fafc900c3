package org.eacplanner.ui.findings;

import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.eacplanner.checklist.Plan;
import org.eacplanner.common.Messages;
import org.eacplanner.model.Severity;
import org.eacplanner.rules.CatalogTexts;
import org.eacplanner.rules.Finding;
import org.eacplanner.ui.common.SeverityIcons;

/**
 * The live findings panel on the right of the wizard: the evaluation date, counts by severity (word and icon),
 * what the last change added or removed, and every finding with the newly added ones highlighted.
 */
public final class FindingsPanelView {

    private final VBox root = new VBox(10);
    private final EvaluationViewModel vm;
    private final Messages messages;
    private final CatalogTexts words;
    private final VBox list = new VBox(6);
    private final Label empty = new Label();
    private final Label lastChange = new Label();
    private final Label[] counts = new Label[Severity.values().length];

    public FindingsPanelView(EvaluationViewModel vm, Messages messages, CatalogTexts words) {
        this.vm = vm;
        this.messages = messages;
        this.words = words;
        root.setId("findingsPanel");
        root.getStyleClass().add("findings-panel");
        Label heading = new Label(messages.get("findings.panel.heading"));
        heading.getStyleClass().add("title-4");

        Label dateLabel = new Label(messages.get("findings.asOf"));
        DatePicker asOf = new DatePicker();
        asOf.setId("panelAsOf");
        asOf.setAccessibleText(messages.get("findings.asOf"));
        asOf.valueProperty().bindBidirectional(vm.asOfProperty());
        asOf.setMaxWidth(Double.MAX_VALUE);
        dateLabel.setLabelFor(asOf);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        for (Severity s : Severity.values()) {
            Label count = new Label();
            count.setId("count-" + s.name());
            count.setGraphic(SeverityIcons.of(s));
            count.getStyleClass().add("severity-count");
            counts[s.ordinal()] = count;
            grid.add(count, 0, s.ordinal());
        }

        lastChange.setId("lastChange");
        lastChange.getStyleClass().add("last-change");
        lastChange.setWrapText(true);

        list.setId("panelFindings");
        list.setAccessibleText(messages.get("findings.panel.heading"));
        list.getStyleClass().add("panel-findings");
        empty.setText(messages.get("findings.panel.empty"));
        empty.setId("findingsEmpty");
        empty.setWrapText(true);
        empty.getStyleClass().add("text-muted");
        // A plain column of wrapped labels, not a ListView: the findings are few, and every line must show in
        // full at any text size.
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        root.getChildren().addAll(heading, dateLabel, asOf, grid, lastChange, scroll);
        root.setPrefWidth(300);
        root.setMinWidth(240);
        vm.planProperty().addListener(o -> show());
        vm.lastChangeProperty().addListener(o -> show());
        show();
    }

    public Parent root() {
        return root;
    }

    private void show() {
        Plan plan = vm.plan();
        for (Severity s : Severity.values()) {
            counts[s.ordinal()].setText(messages.get("findings.count." + s.name(), plan.count(s)));
        }
        list.getChildren().clear();
        if (plan.findings().isEmpty()) {
            list.getChildren().add(empty);
        }
        for (Finding f : plan.findings()) {
            list.getChildren().add(item(f));
        }
        EvaluationViewModel.Change change = vm.lastChangeProperty().get();
        if (change.added().isEmpty() && change.removed().isEmpty()) {
            lastChange.setText("");
            lastChange.setVisible(false);
        } else {
            StringBuilder sb = new StringBuilder();
            if (!change.added().isEmpty()) {
                sb.append(messages.get("findings.lastChange.added", change.added().stream().sorted()
                        .collect(Collectors.joining(", "))));
            }
            if (!change.removed().isEmpty()) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(messages.get("findings.lastChange.removed", change.removed().stream().sorted()
                        .collect(Collectors.joining(", "))));
            }
            lastChange.setText(sb.toString());
            lastChange.setVisible(true);
        }
        lastChange.setManaged(lastChange.isVisible());
    }

    /** One finding: severity icon and word, title and rule ID; the newest ones highlighted. */
    private Label item(Finding f) {
        String state = f.accepted() ? " \u00b7 " + messages.get("findings.accepted") : "";
        Label text = new Label(words.severity(f.severity()) + state + ": " + f.title() + "\n" + f.ruleId(),
                SeverityIcons.of(f.severity()));
        text.setUserData(f);
        text.setId("panel-" + f.ruleId());
        text.setWrapText(true);
        text.setGraphicTextGap(8);
        text.setAlignment(Pos.TOP_LEFT);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        text.getStyleClass().add("panel-finding");
        text.setAccessibleText(words.severity(f.severity()) + ", " + f.title() + ", " + f.ruleId() + state);
        if (vm.lastChangeProperty().get().added().contains(f.ruleId())) {
            text.getStyleClass().add("finding-new");
        }
        return text;
    }
}
