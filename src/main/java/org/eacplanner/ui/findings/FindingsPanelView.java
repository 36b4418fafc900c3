package org.eacplanner.ui.findings;

import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.eacplanner.checklist.Plan;
import org.eacplanner.common.Messages;
import org.eacplanner.compare.SinceSaved;
import org.eacplanner.model.LastEvaluation.SavedFinding;
import org.eacplanner.model.Severity;
import org.eacplanner.rules.CatalogTexts;
import org.eacplanner.rules.Finding;
import org.eacplanner.rules.FindingOrder;
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
    private final ObservableBooleanValue review;

    public FindingsPanelView(EvaluationViewModel vm, Messages messages, CatalogTexts words,
            ObservableBooleanValue review) {
        this.vm = vm;
        this.review = review;
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
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        root.getChildren().addAll(heading, dateLabel, asOf, grid, lastChange, scroll);
        root.setPrefWidth(300);
        root.setMinWidth(240);
        vm.planProperty().addListener(o -> show());
        vm.lastChangeProperty().addListener(o -> show());
        vm.showSavedProperty().addListener(o -> show());
        review.addListener(o -> show());
        show();
    }

    public Parent root() {
        return root;
    }

    private void show() {
        if (review.get() && vm.showSavedProperty().get()) {
            showSaved();
            return;
        }
        Plan plan = vm.plan();
        for (Severity s : Severity.values()) {
            long accepted = plan.findings().stream().filter(f -> f.severity() == s && f.accepted()).count();
            counts[s.ordinal()].setText(count(s, plan.count(s) - accepted, accepted));
        }
        list.getChildren().clear();
        if (plan.findings().isEmpty()) {
            list.getChildren().add(empty);
        }
        SinceSaved since = review.get() ? vm.sinceSavedProperty().get() : null;
        for (Finding f : FindingOrder.byUrgency(plan.findings())) { // most urgent first, as the step's default
            Label item = item(f);
            if (since != null && since.added().contains(f)) {
                mark(item, "findings.review.newSinceSaved", "finding-new");
            } else if (since != null && since.changed().stream().anyMatch(c -> c.ruleId().equals(f.ruleId()))) {
                mark(item, "findings.review.changedSinceSaved", "finding-changed");
            }
            list.getChildren().add(item);
        }
        if (since != null) {
            for (SavedFinding gone : since.removed()) {
                Label item = savedItem(gone);
                mark(item, "findings.review.goneSinceSaved", "finding-gone");
                list.getChildren().add(item);
            }
        }
        EvaluationViewModel.Change change = vm.lastChangeProperty().get();
        if (change.added().isEmpty() && change.removed().isEmpty()) {
            lastChange.setText("");
            lastChange.setVisible(false);
        } else {
            StringBuilder sb = new StringBuilder();
            if (!change.added().isEmpty()) {
                sb.append(messages.get("findings.lastChange.added", String.join("; ", change.added())));
            }
            if (!change.removed().isEmpty()) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(messages.get("findings.lastChange.removed", String.join("; ", change.removed())));
            }
            lastChange.setText(sb.toString());
            lastChange.setVisible(true);
        }
        lastChange.setManaged(lastChange.isVisible());
    }

    /**
     * Review mode, "as saved": the findings of the file's {@code lastEvaluation} (its date and catalog version in
     * the banner), each marked when re-evaluating gives something else.
     */
    private void showSaved() {
        SinceSaved since = vm.sinceSavedProperty().get();
        List<SavedFinding> saved = since.saved() == null ? List.of() : since.saved().findings();
        for (Severity s : Severity.values()) {
            long accepted = saved.stream().filter(f -> f.severity() == s && Boolean.TRUE.equals(f.accepted())).count();
            counts[s.ordinal()].setText(count(s, saved.stream().filter(f -> f.severity() == s).count() - accepted,
                    accepted));
        }
        list.getChildren().clear();
        if (saved.isEmpty()) {
            list.getChildren().add(empty);
        }
        for (SavedFinding f : saved) {
            Label item = savedItem(f);
            if (since.removed().contains(f)) {
                mark(item, "findings.review.goneNow", "finding-gone");
            } else if (since.changed().stream().anyMatch(c -> c.ruleId().equals(f.ruleId()))) {
                mark(item, "findings.review.changedNow", "finding-changed");
            }
            list.getChildren().add(item);
        }
        lastChange.setVisible(false);
        lastChange.setManaged(false);
    }

    /** "3 warnings", and the accepted risks apart: "3 warnings, 1 accepted". */
    private String count(Severity s, long open, long accepted) {
        String text = messages.get("findings.count." + s.name(), open);
        return accepted == 0 ? text : text + messages.get("findings.count.accepted", accepted);
    }

    /** A saved finding: it has only rule ID, severity and accepted state; the title comes from the catalog. */
    private Label savedItem(SavedFinding f) {
        String title = vm.plan().findings().stream().filter(c -> c.ruleId().equals(f.ruleId())).findFirst()
                .map(Finding::title).orElseGet(() -> words.ruleTitle(f.ruleId(), vm.plannerProperty().get().catalog()));
        return label("saved-", f.ruleId(), f.severity(), title, Boolean.TRUE.equals(f.accepted()));
    }

    /** A finding's line: severity icon and word, accepted state, title, and the rule ID below. */
    private Label label(String idPrefix, String ruleId, Severity severity, String title, boolean accepted) {
        String state = accepted ? " \u00b7 " + messages.get("findings.accepted") : "";
        Label text = new Label(words.severity(severity) + state + ": " + title + "\n" + ruleId,
                SeverityIcons.of(severity));
        text.setId(idPrefix + ruleId);
        text.setWrapText(true);
        text.setGraphicTextGap(8);
        text.setAlignment(Pos.TOP_LEFT);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        text.getStyleClass().add("panel-finding");
        text.setAccessibleText(words.severity(severity) + ", " + title + ", " + ruleId + state);
        return text;
    }

    /** Adds what differs from the other evaluation as a word on its own line (never colour alone). */
    private void mark(Label item, String key, String styleClass) {
        String word = messages.get(key);
        item.setText(item.getText() + "\n" + word);
        item.setAccessibleText(item.getAccessibleText() + ", " + word);
        item.getStyleClass().add(styleClass);
    }

    /** One finding: severity icon and word, title and rule ID; the newest ones highlighted. */
    private Label item(Finding f) {
        Label text = label("panel-", f.ruleId(), f.severity(), f.title(), f.accepted());
        if (f.deadlinePhrase() != null) {
            String line = messages.get("findings.deadline", f.deadlinePhrase());
            text.setText(text.getText() + "\n" + line);
            text.setAccessibleText(text.getAccessibleText() + ", " + line);
        }
        text.setUserData(f);
        if (vm.lastChangeProperty().get().added().contains(f.ruleId())) {
            text.getStyleClass().add("finding-new");
        }
        return text;
    }
}
