package org.eacplanner.ui.probe;

import java.util.Collection;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.eacplanner.common.Messages;
import org.eacplanner.rules.CatalogTexts;
import org.eacplanner.ui.common.DataText;
import org.eacplanner.ui.probe.ProposalsViewModel.Decision;
import org.eacplanner.ui.probe.ProposalsViewModel.ProposalRow;

/** The answers live checks propose, each with Accept and Reject, and the buttons to decide all and apply. */
final class ProposalsPane {

    private final ProposalsViewModel proposals;
    private final Messages messages;
    private final VBox proposalRows = new VBox(10);
    /** The labels of the choices (the catalog's bundle, as the questions show them). */
    private final Messages choices;

    ProposalsPane(ProposalsViewModel proposals, Messages messages) {
        this.proposals = proposals;
        this.messages = messages;
        this.choices = Messages.of(CatalogTexts.BUNDLE, messages.locale());
    }

    Node root() {
        Button acceptAll = new Button(messages.get("live.proposals.acceptAll"));
        acceptAll.setId("acceptAllProposals");
        acceptAll.setOnAction(e -> proposals.decideAll(Decision.ACCEPT));
        Button rejectAll = new Button(messages.get("live.proposals.rejectAll"));
        rejectAll.setId("rejectAllProposals");
        rejectAll.setOnAction(e -> proposals.decideAll(Decision.REJECT));
        Button apply = new Button(messages.get("live.proposals.apply"));
        apply.setId("applyProposals");
        apply.getStyleClass().add("accent");
        apply.setOnAction(e -> proposals.applyAccepted());
        FlowPane buttons = new FlowPane(10, 8, acceptAll, rejectAll, apply);
        VBox box = new VBox(10, heading(), intro(), proposalRows,
                buttons);
        box.setId("liveProposals");
        box.visibleProperty().bind(Bindings.isNotEmpty(proposals.rows()));
        box.managedProperty().bind(box.visibleProperty());
        proposals.rows().addListener((ListChangeListener<ProposalRow>) c -> showProposals());
        showProposals();
        return box;
    }

    /** Puts the keyboard focus on the first proposal's choice (the wizard scrolls it into view). */
    void focusFirst() {
        if (proposalRows.getScene() != null) { // laid out first, so the wizard scrolls to where the rows now are
            proposalRows.getScene().getRoot().applyCss();
            proposalRows.getScene().getRoot().layout();
        }
        proposalRows.getChildren().stream().flatMap(row -> row.lookupAll(".radio-button").stream()).findFirst()
                .ifPresent(Node::requestFocus);
    }

    private void showProposals() {
        proposalRows.getChildren().clear();
        for (ProposalRow p : proposals.rows()) {
            String fieldKey = p.field().labelKey();
            Label field = new Label(messages.has(fieldKey) ? messages.get(fieldKey) : p.field().text());
            DataText.set(field, !messages.has(fieldKey));
            field.getStyleClass().add("text-bold");
            Label change = DataText.mark(new Label(messages.get("live.proposals.change", display(p.currentValue()),
                    display(typed(p)))));
            change.setWrapText(true);
            Label basis = DataText.mark(new Label(p.proposal().basis() == null ? "" : p.proposal().basis()));
            basis.setWrapText(true);
            basis.getStyleClass().add("text-muted");
            ToggleGroup group = new ToggleGroup();
            RadioButton accept = new RadioButton(messages.get("live.proposals.accept"));
            accept.setId("accept-" + p.field().text());
            accept.setToggleGroup(group);
            accept.setAccessibleText(messages.get("live.proposals.acceptField", field.getText()));
            RadioButton reject = new RadioButton(messages.get("live.proposals.reject"));
            reject.setId("reject-" + p.field().text());
            reject.setToggleGroup(group);
            reject.setAccessibleText(messages.get("live.proposals.rejectField", field.getText()));
            Runnable show = () -> {
                accept.setSelected(p.decisionProperty().get() == Decision.ACCEPT);
                reject.setSelected(p.decisionProperty().get() == Decision.REJECT);
            };
            show.run();
            p.decisionProperty().addListener(o -> show.run());
            accept.setOnAction(e -> p.decisionProperty().set(Decision.ACCEPT));
            reject.setOnAction(e -> p.decisionProperty().set(Decision.REJECT));
            HBox choice = new HBox(12, accept, reject);
            VBox row = new VBox(4, field, change, basis, choice);
            row.getStyleClass().add("live-proposal");
            row.setUserData(p);
            proposalRows.getChildren().add(row);
        }
    }

    /** The proposed value as the field holds it (a choice as its enumeration constant). */
    private static Object typed(ProposalRow p) {
        try {
            return p.field().convert(p.newValue());
        } catch (IllegalArgumentException e) {
            return p.newValue();
        }
    }

    /** A value as the inventory shows it: unknown, yes/no, a choice by its label, lists joined; else as read. */
    private String display(Object value) {
        if (value == null) {
            return messages.get("live.value.unknown");
        }
        if (value instanceof Enum<?> e) {
            String key = "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
            return choices.has(key) ? choices.get(key) : e.name();
        }
        if (value instanceof Boolean b) {
            return messages.get(b ? "answer.yes" : "answer.no");
        }
        if (value instanceof Collection<?> c) {
            return String.join(", ", c.stream().map(this::display).toList());
        }
        return value.toString();
    }

    private Label heading() {
        Label l = new Label(messages.get("live.proposals.title"));
        l.getStyleClass().add("title-4");
        return l;
    }

    private Label intro() {
        Label l = new Label(messages.get("live.proposals.intro"));
        l.setWrapText(true);
        l.getStyleClass().add("text-muted");
        return l;
    }
}
