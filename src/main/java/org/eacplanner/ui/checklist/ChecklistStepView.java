package org.eacplanner.ui.checklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.eacplanner.checklist.ChecklistEntry;
import org.eacplanner.checklist.ChecklistTracks;
import org.eacplanner.checklist.Plan;
import org.eacplanner.checklist.Progress;
import org.eacplanner.common.Messages;
import org.eacplanner.edit.Edits;
import org.eacplanner.model.ProgressStatus;
import org.eacplanner.rules.CatalogTexts;
import org.eacplanner.rules.Side;
import org.eacplanner.ui.document.AssessmentDocument;
import org.eacplanner.ui.findings.EvaluationViewModel;

/**
 * The Checklist step: the plan by phase with a progress bar per phase and overall; each item with status,
 * owner, due date and notes, stored as progress entries by item ID. Items with progress that no longer apply
 * are listed under "No longer applicable", never dropped. Rows are kept while their item applies, so typing
 * is never interrupted by the re-evaluation each keystroke causes.
 */
public final class ChecklistStepView {

    private final EvaluationViewModel evaluation;
    private final AssessmentDocument document;
    private final Messages messages;
    private final CatalogTexts words;
    private final VBox root = new VBox(18);
    private final ProgressBar overall = new ProgressBar(0);
    private final Label overallText = new Label();
    private final VBox phases = new VBox(18);
    private final Map<String, ItemRow> rows = new LinkedHashMap<>();
    private List<String> shownIds = List.of();
    private final List<PhaseHead> heads = new ArrayList<>();

    public ChecklistStepView(EvaluationViewModel evaluation, AssessmentDocument document, Messages messages,
            CatalogTexts words) {
        this.evaluation = evaluation;
        this.document = document;
        this.messages = messages;
        this.words = words;
        root.setId("checklistStep");
        overall.setId("overallProgress");
        overall.setPrefWidth(320);
        overall.setAccessibleText(messages.get("checklist.overall"));
        overallText.setId("overallProgressText");
        HBox top = new HBox(10, new Label(messages.get("checklist.overall")), overall, overallText);
        top.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(top, phases);
        evaluation.planProperty().addListener(o -> show());
        show();
    }

    public Node root() {
        return root;
    }

    private void show() {
        Plan plan = evaluation.plan();
        List<String> ids = new ArrayList<>();
        plan.checklist().forEach(e -> ids.add(e.itemId()));
        plan.notApplicable().forEach(e -> ids.add("na:" + e.itemId()));
        if (!ids.equals(shownIds)) {
            rebuild(plan);
            shownIds = ids;
        } else {
            plan.checklist().forEach(e -> rows.get(e.itemId()).update(e));
            plan.notApplicable().forEach(e -> rows.get("na:" + e.itemId()).update(e));
            updateProgress(plan);
        }
    }

    /** A phase heading's progress bar and text, and the items of that phase in its track. */
    private record PhaseHead(ProgressBar bar, Label text, List<String> itemIds) {
    }

    private void rebuild(Plan plan) {
        rows.clear();
        heads.clear();
        phases.getChildren().clear();
        ChecklistTracks tracks = ChecklistTracks.of(plan, document.assessment());
        if (!tracks.hybrid()) {
            addPhases(phases, plan.checklist(), "");
        } else {
            track("track-shared", messages.get("checklist.track.shared"), null, tracks.shared(), "shared-");
            track("track-online", words.side(Side.EXCHANGE_ONLINE), tracks.mailboxesOnline(), tracks.online(), "online-");
            track("track-onprem", words.side(Side.ON_PREMISES), tracks.mailboxesOnPremises(), tracks.onPremises(),
                    "onprem-");
        }
        if (!plan.notApplicable().isEmpty()) {
            VBox na = new VBox(10);
            na.setId("notApplicable");
            Label title = new Label(messages.get("checklist.notApplicable"));
            title.getStyleClass().add("title-4");
            Label intro = new Label(messages.get("checklist.notApplicable.intro"));
            intro.setWrapText(true);
            intro.getStyleClass().add("text-muted");
            na.getChildren().addAll(title, intro);
            for (ChecklistEntry e : plan.notApplicable()) {
                ItemRow row = new ItemRow(e, false);
                rows.put("na:" + e.itemId(), row);
                na.getChildren().add(row.node);
            }
            phases.getChildren().add(na);
        }
        updateProgress(plan);
    }

    /** A track of a hybrid plan: its heading with the mailbox count, and its phases or why it has none. */
    private void track(String id, String heading, Integer mailboxes, List<ChecklistEntry> entries, String prefix) {
        VBox box = new VBox(12);
        box.setId(id);
        box.getStyleClass().add("checklist-track");
        Label title = new Label(mailboxes == null ? heading : messages.get("checklist.track.count", heading, mailboxes));
        title.getStyleClass().add("title-3");
        title.setId(id + "-title");
        box.getChildren().add(title);
        if (entries.isEmpty()) {
            Label empty = new Label(words.emptyTrack());
            empty.setId(id + "-empty");
            empty.getStyleClass().add("text-muted");
            empty.setWrapText(true);
            box.getChildren().add(empty);
        }
        addPhases(box, entries, prefix);
        phases.getChildren().add(box);
    }

    private void addPhases(VBox container, List<ChecklistEntry> entries, String prefix) {
        int phase = 0;
        VBox items = null;
        PhaseHead head = null;
        for (ChecklistEntry e : entries) {
            if (e.phase() != phase) {
                phase = e.phase();
                items = new VBox(10);
                ProgressBar bar = new ProgressBar(0);
                bar.setId("phaseProgress-" + prefix + phase);
                bar.setPrefWidth(200);
                Label text = new Label();
                text.setId("phaseProgressText-" + prefix + phase);
                Label title = new Label(messages.get("checklist.phase", phase, words.phase(phase)));
                title.getStyleClass().add("title-4");
                HBox top = new HBox(12, title, bar, text);
                top.setAlignment(Pos.CENTER_LEFT);
                top.setUserData(phase);
                top.getStyleClass().add("phase-head");
                VBox box = new VBox(10, top, items);
                box.setId("phase-" + prefix + phase);
                container.getChildren().add(box);
                head = new PhaseHead(bar, text, new ArrayList<>());
                heads.add(head);
            }
            ItemRow row = new ItemRow(e, true);
            rows.put(e.itemId(), row);
            items.getChildren().add(row.node);
            head.itemIds().add(e.itemId());
        }
    }

    private void updateProgress(Plan plan) {
        List<ChecklistEntry> all = plan.checklist();
        Progress total = Progress.of(all);
        overall.setProgress(total.fraction());
        overallText.setText(messages.get("checklist.progress", total.finished(), total.total()));
        for (PhaseHead head : heads) {
            List<ChecklistEntry> items = all.stream().filter(e -> head.itemIds().contains(e.itemId())).toList();
            Progress p = Progress.of(items);
            head.bar().setProgress(p.fraction());
            head.text().setText(messages.get("checklist.progress", p.finished(), p.total()));
        }
    }

    private final class ItemRow {
        final VBox node = new VBox(6);
        final Label title = new Label();
        final Label detail = new Label();
        final Label causes = new Label();
        final ComboBox<ProgressStatus> status = new ComboBox<>();
        final TextField owner = new TextField();
        final DatePicker due = new DatePicker();
        final TextField notes = new TextField();
        final Label suggested = new Label();
        boolean updating;

        ItemRow(ChecklistEntry e, boolean editable) {
            String id = e.itemId();
            node.setId("item-" + id);
            node.getStyleClass().add("checklist-item");
            title.getStyleClass().add("checklist-title");
            title.setWrapText(true);
            detail.setWrapText(true);
            detail.getStyleClass().add("text-muted");
            status.setId("status-" + id);
            status.getItems().setAll(ProgressStatus.values());
            status.setButtonCell(statusCell());
            status.setCellFactory(l -> statusCell());
            status.setAccessibleText(messages.get("checklist.status") + " " + id);
            owner.setId("owner-" + id);
            owner.setPromptText(messages.get("checklist.owner"));
            owner.setAccessibleText(messages.get("checklist.owner") + " " + id);
            due.setId("due-" + id);
            due.setPromptText(messages.get("checklist.due"));
            due.setAccessibleText(messages.get("checklist.due") + " " + id);
            due.setPrefWidth(150);
            notes.setId("notes-" + id);
            notes.setPromptText(messages.get("checklist.notes"));
            notes.setAccessibleText(messages.get("checklist.notes") + " " + id);
            status.setMinWidth(150);
            owner.setPrefColumnCount(10);
            owner.setMinWidth(110);
            due.setMinWidth(150);
            notes.setMinWidth(120);
            HBox grid = new HBox(8, status, owner, due, notes);
            HBox.setHgrow(notes, Priority.ALWAYS);
            notes.setMaxWidth(Double.MAX_VALUE);
            for (Node c : List.of(status, owner, due, notes)) {
                if (editable) {
                    c.disableProperty().bind(document.readOnlyProperty());
                } else {
                    c.setDisable(true);
                }
            }
            causes.getStyleClass().add("text-muted");
            causes.setId("causes-" + id);
            suggested.setId("suggested-" + id);
            suggested.setWrapText(true);
            node.getChildren().addAll(title, detail, causes, grid, suggested);
            update(e);
            status.valueProperty().addListener((o, a, v) -> {
                if (!updating && v != null) {
                    document.apply(Edits.progress(id, Edits.status(v)));
                }
            });
            owner.textProperty().addListener((o, a, v) -> {
                if (!updating) {
                    document.apply(Edits.progress(id, Edits.owner(v)));
                }
            });
            notes.textProperty().addListener((o, a, v) -> {
                if (!updating) {
                    document.apply(Edits.progress(id, Edits.notes(v)));
                }
            });
            due.valueProperty().addListener((o, a, v) -> {
                if (!updating) {
                    document.apply(Edits.progress(id, Edits.dueDate(v)));
                }
            });
        }

        void update(ChecklistEntry e) {
            updating = true;
            try {
                title.setText(e.order() == null ? e.title() : messages.get("checklist.itemTitle", e.order(), e.title()));
                detail.setText(e.detail() == null ? "" : e.detail());
                causes.setText(e.causedBy().isEmpty() ? "" : messages.get("checklist.causedBy",
                        String.join(", ", e.causedBy())));
                causes.setVisible(!e.causedBy().isEmpty());
                causes.setManaged(causes.isVisible());
                status.setValue(e.status());
                if (!text(e.owner()).equals(owner.getText())) {
                    owner.setText(text(e.owner()));
                }
                if (!text(e.notes()).equals(notes.getText())) {
                    notes.setText(text(e.notes()));
                }
                LocalDate d = e.dueDate();
                if (!Objects.equals(d, due.getValue())) {
                    due.setValue(d);
                }
                // The user's due date replaces the suggestion; an urgent suggestion says "now".
                boolean show = d == null && e.suggestedBy() != null;
                suggested.setText(!show ? "" : messages.get(Boolean.TRUE.equals(e.urgent())
                        ? "checklist.suggestedNow" : "checklist.suggested", words.longDate(e.suggestedBy())));
                suggested.getStyleClass().removeAll("text-muted", "suggested-now");
                suggested.getStyleClass().add(Boolean.TRUE.equals(e.urgent()) ? "suggested-now" : "text-muted");
                suggested.setVisible(show);
                suggested.setManaged(show);
            } finally {
                updating = false;
            }
        }

        private ListCell<ProgressStatus> statusCell() {
            return new ListCell<>() {
                @Override
                protected void updateItem(ProgressStatus s, boolean empty) {
                    super.updateItem(s, empty);
                    setText(empty || s == null ? null : words.display(s));
                }
            };
        }

        private static String text(String s) {
            return s == null ? "" : s;
        }
    }
}
