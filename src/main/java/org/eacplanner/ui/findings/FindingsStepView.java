package org.eacplanner.ui.findings;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.eacplanner.common.Messages;
import org.eacplanner.model.Severity;
import org.eacplanner.rules.CatalogTexts;
import org.eacplanner.rules.Finding;
import org.eacplanner.rules.FindingGroups;
import org.eacplanner.rules.FindingOrder;
import org.eacplanner.ui.common.Combos;
import org.eacplanner.ui.common.SeverityIcons;
import org.eacplanner.ui.wizard.Workspace;

/**
 * The Findings step: every finding as of the evaluation date, most urgent first or grouped by severity then area, with why it
 * matters, what to do, the deadline and days left, the rule ID and its sources; filter by severity, search,
 * and accept a finding as a known risk (or withdraw the acceptance).
 */
public final class FindingsStepView {

    /**
     * Marks a control that changes only what is shown (date, filter, search), not the assessment: it stays usable
     * in review mode.
     */
    public static final String VIEW_CONTROL = "view-control";


    private final FindingsViewModel vm;
    private final Workspace workspace;
    private final Messages messages;
    private final CatalogTexts words;
    private final Consumer<String> openLink;
    private final VBox root = new VBox(14);
    private final VBox list = new VBox(16);
    private final TextField search = new TextField();

    public FindingsStepView(Workspace workspace, Messages messages, CatalogTexts words, Consumer<String> openLink) {
        this.workspace = workspace;
        this.vm = new FindingsViewModel(workspace.evaluation(), workspace.document(), workspace::today);
        this.messages = messages;
        this.words = words;
        this.openLink = openLink;
        root.setId("findingsStep");

        DatePicker asOf = new DatePicker();
        asOf.setId("findingsAsOf");
        asOf.getStyleClass().add(VIEW_CONTROL);
        asOf.setAccessibleText(messages.get("findings.asOf"));
        asOf.valueProperty().bindBidirectional(workspace.evaluation().asOfProperty());
        Label asOfLabel = new Label(messages.get("findings.asOf"));
        asOfLabel.setLabelFor(asOf);

        FlowPane bar = new FlowPane(8, 8);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getChildren().addAll(asOfLabel, asOf);
        for (Severity s : Severity.values()) {
            ToggleButton t = new ToggleButton(words.severity(s), SeverityIcons.of(s));
            t.setId("filter-" + s.name());
            t.getStyleClass().add(VIEW_CONTROL);
            t.setMnemonicParsing(false);
            t.selectedProperty().bindBidirectional(vm.filterProperty(s));
            bar.getChildren().add(t);
        }
        ComboBox<FindingOrder> order = new ComboBox<>();
        order.setId("findingsOrder");
        order.getStyleClass().add(VIEW_CONTROL);
        order.getItems().setAll(FindingOrder.values());
        Combos.showBy(order, o -> o == null ? "" : messages.get("findings.order." + o.name()));
        order.valueProperty().bindBidirectional(vm.orderProperty());
        order.setAccessibleText(messages.get("findings.order"));
        Label orderLabel = new Label(messages.get("findings.order"));
        orderLabel.setLabelFor(order);
        bar.getChildren().addAll(orderLabel, order);
        search.setId("findingsSearch");
        search.getStyleClass().add(VIEW_CONTROL);
        search.setPromptText(messages.get("findings.search"));
        search.setAccessibleText(messages.get("findings.search"));
        search.setPrefColumnCount(18);
        search.textProperty().bindBidirectional(vm.queryProperty());
        bar.getChildren().add(search);

        list.setId("findingsList");
        root.getChildren().addAll(bar, list);
        vm.shownProperty().addListener(o -> show());
        show();
    }

    public Node root() {
        return root;
    }

    private void show() {
        FindingsViewModel.Shown shown = vm.shown();
        list.getChildren().clear();
        if (shown.order() == FindingOrder.URGENCY) {
            shown.byUrgency().forEach(f -> list.getChildren().add(card(f, shown.asOf())));
        } else {
            showGroups(shown);
        }
        if (shown.noneKey() != null) {
            Label none = new Label(messages.get(shown.noneKey()));
            none.setId("findingsNone");
            none.getStyleClass().add("text-muted");
            list.getChildren().add(none);
        }
    }

    private void showGroups(FindingsViewModel.Shown shown) {
        for (FindingGroups.SeverityGroup g : shown.groups()) {
            for (FindingGroups.AreaGroup group : g.areas()) {
                Label heading = new Label(words.severity(g.severity()) + " \u00b7 " + words.area(group.area()),
                        SeverityIcons.of(g.severity()));
                heading.getStyleClass().addAll("title-4", "findings-group");
                list.getChildren().add(heading);
                group.findings().forEach(f -> list.getChildren().add(card(f, shown.asOf())));
            }
        }
    }

    private Node card(Finding f, LocalDate asOf) {
        VBox card = new VBox(6);
        card.setMinWidth(0);
        card.setId("finding-" + f.ruleId());
        card.getStyleClass().addAll("finding-card", "finding-" + f.severity().name().toLowerCase(Locale.ROOT));
        Label title = new Label(words.severity(f.severity()) + ": " + f.title(), SeverityIcons.of(f.severity()));
        title.getStyleClass().add("finding-title");
        title.setWrapText(true);
        Label id = new Label(messages.get("findings.ruleId", f.ruleId()));
        id.getStyleClass().add("text-muted");
        card.getChildren().addAll(title, id);
        if (f.deadlinePhrase() != null) {
            Label deadline = new Label(messages.get("findings.deadline", f.deadlinePhrase()));
            deadline.setWrapText(true);
            deadline.setId("deadline-" + f.ruleId());
            deadline.getStyleClass().add("finding-deadline");
            card.getChildren().add(deadline);
        }
        if (FindingOrder.checkToday(f)) {
            Label today = new Label(messages.get("findings.checkToday", -f.daysLeft()));
            today.setId("checkToday-" + f.ruleId());
            today.setWrapText(true);
            today.getStyleClass().addAll("finding-check-today", "text-bold");
            card.getChildren().add(today);
        }
        card.getChildren().add(paragraph(messages.get("findings.why", f.detail())));
        card.getChildren().add(paragraph(messages.get("findings.todo", f.advice())));
        VBox sources = new VBox(0);
        sources.getChildren().add(new Label(messages.get("findings.sources")));
        for (String url : f.sources()) {
            Hyperlink link = new Hyperlink(url);
            link.setMinWidth(0);
            link.setMaxWidth(Double.MAX_VALUE);
            link.setTooltip(new Tooltip(url));
            link.setOnAction(e -> openLink.accept(url));
            sources.getChildren().add(link);
        }
        card.getChildren().add(sources);
        card.getChildren().add(acceptance(f));
        return card;
    }

    private Node paragraph(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private Node acceptance(Finding f) {
        HBox box = new HBox(10);
        box.setAlignment(Pos.CENTER_LEFT);
        if (f.accepted() || f.acceptanceLapsed()) {
            var a = f.acceptance();
            String until = a.expires() == null ? messages.get("findings.noExpiry")
                    : messages.get("findings.until", words.display(a.expires()));
            Label state = new Label(messages.get(f.accepted() ? "findings.acceptedBy" : "findings.lapsed",
                    a.acceptedBy() == null ? "\u2014" : a.acceptedBy(), until, a.rationale() == null ? "" : a.rationale()));
            state.setId("acceptance-" + f.ruleId());
            state.getStyleClass().add(f.accepted() ? "finding-accepted" : "finding-lapsed");
            state.setWrapText(true);
            state.setMinWidth(0);
            HBox.setHgrow(state, Priority.ALWAYS);
            Button withdraw = new Button(messages.get("findings.withdraw"));
            withdraw.setId("withdraw-" + f.ruleId());
            withdraw.setMinWidth(Region.USE_PREF_SIZE);
            withdraw.setTooltip(new Tooltip(messages.get("findings.withdraw.tooltip")));
            withdraw.setOnAction(e -> {
                if (AcceptRiskDialog.confirmWithdraw(f, messages, root.getScene().getWindow())) {
                    vm.withdraw(f.ruleId());
                }
            });
            withdraw.disableProperty().bind(workspace.document().readOnlyProperty());
            box.getChildren().addAll(state, withdraw);
        } else {
            Button accept = new Button(messages.get("findings.accept"));
            accept.setId("accept-" + f.ruleId());
            accept.setMinWidth(Region.USE_PREF_SIZE);
            accept.setOnAction(e -> AcceptRiskDialog.ask(f, messages, vm.defaultAcceptedBy(),
                    root.getScene().getWindow()).ifPresent(a -> vm.accept(f.ruleId(), a.rationale(), a.acceptedBy(),
                    a.expires())));
            accept.disableProperty().bind(workspace.document().readOnlyProperty());
            box.getChildren().add(accept);
        }
        return box;
    }
}
