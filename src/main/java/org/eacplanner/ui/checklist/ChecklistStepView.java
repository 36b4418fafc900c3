package org.eacplanner.ui.checklist;

import java.time.LocalDate;
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
import org.eacplanner.common.Messages;
import org.eacplanner.model.ProgressStatus;
import org.eacplanner.rules.CatalogTexts;
import org.eacplanner.ui.checklist.ChecklistViewModel.Layout;
import org.eacplanner.ui.checklist.ChecklistViewModel.Phase;
import org.eacplanner.ui.checklist.ChecklistViewModel.Track;
import org.eacplanner.ui.document.AssessmentDocument;

/**
 * The Checklist step: the plan by phase with a progress bar per phase and overall; each item with status,
 * owner, due date and notes, stored as progress entries by item ID. Items with progress that no longer apply
 * are listed under "No longer applicable", never dropped. Rows are kept while their item applies, so typing
 * is never interrupted by the re-evaluation each keystroke causes.
 */
public final class ChecklistStepView {

    private final ChecklistViewModel vm;
    private final AssessmentDocument document;
    private final Messages messages;
    private final CatalogTexts words;
    private final VBox root = new VBox(18);
    private final ProgressBar overall = new ProgressBar(0);
    private final Label overallText = new Label();
    private final VBox phases = new VBox(18);
    private final Map<String, ItemRow> rows = new LinkedHashMap<>();
    private final Map<String, PhaseHead> heads = new LinkedHashMap<>();
    private List<String> shownKeys = List.of();

    public ChecklistStepView(ChecklistViewModel vm, AssessmentDocument document, Messages messages,
            CatalogTexts words) {
        this.vm = vm;
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
        vm.layoutProperty().addListener(o -> show());
        show();
    }

    public Node root() {
        return root;
    }

    private void show() {
        Layout layout = vm.layout();
        List<String> keys = layout.itemKeys();
        if (!keys.equals(shownKeys)) {
            rebuild(layout);
            shownKeys = keys;
        } else {
            layout.tracks().forEach(t -> t.phases().forEach(p -> p.items().forEach(e -> rows.get(e.itemId()).update(e))));
            layout.notApplicable().forEach(e -> rows.get("na:" + e.itemId()).update(e));
        }
        showProgress(layout);
    }

    /** A phase heading's progress bar and text. */
    private record PhaseHead(ProgressBar bar, Label text) {
    }

    private void rebuild(Layout layout) {
        rows.clear();
        heads.clear();
        phases.getChildren().clear();
        for (Track t : layout.tracks()) {
            switch (t.kind()) {
                case ALL -> addPhases(phases, t.phases());
                case SHARED -> track("track-shared", messages.get("checklist.track.shared"), t);
                case ONLINE -> track("track-online", words.side(ChecklistViewModel.side(t.kind())), t);
                case ON_PREMISES -> track("track-onprem", words.side(ChecklistViewModel.side(t.kind())), t);
            }
        }
        if (!layout.notApplicable().isEmpty()) {
            VBox na = new VBox(10);
            na.setId("notApplicable");
            Label title = new Label(messages.get("checklist.notApplicable"));
            title.getStyleClass().add("title-4");
            Label intro = new Label(messages.get("checklist.notApplicable.intro"));
            intro.setWrapText(true);
            intro.getStyleClass().add("text-muted");
            na.getChildren().addAll(title, intro);
            for (ChecklistEntry e : layout.notApplicable()) {
                ItemRow row = new ItemRow(e, false);
                rows.put("na:" + e.itemId(), row);
                na.getChildren().add(row.node);
            }
            phases.getChildren().add(na);
        }
    }

    /** A track of a hybrid plan: its heading with the mailbox count, and its phases or why it has none. */
    private void track(String id, String heading, Track t) {
        VBox box = new VBox(12);
        box.setId(id);
        box.getStyleClass().add("checklist-track");
        Label title = new Label(t.mailboxes() == null ? heading
                : messages.get("checklist.track.count", heading, t.mailboxes()));
        title.getStyleClass().add("title-3");
        title.setId(id + "-title");
        box.getChildren().add(title);
        if (t.phases().isEmpty()) {
            Label empty = new Label(words.emptyTrack());
            empty.setId(id + "-empty");
            empty.getStyleClass().add("text-muted");
            empty.setWrapText(true);
            box.getChildren().add(empty);
        }
        addPhases(box, t.phases());
        phases.getChildren().add(box);
    }

    private void addPhases(VBox container, List<Phase> list) {
        for (Phase phase : list) {
            VBox items = new VBox(10);
            ProgressBar bar = new ProgressBar(0);
            bar.setId("phaseProgress-" + phase.id());
            bar.setPrefWidth(200);
            Label text = new Label();
            text.setId("phaseProgressText-" + phase.id());
            Label title = new Label(messages.get("checklist.phase", phase.number(), words.phase(phase.number())));
            title.getStyleClass().add("title-4");
            HBox top = new HBox(12, title, bar, text);
            top.setAlignment(Pos.CENTER_LEFT);
            top.setUserData(phase.number());
            top.getStyleClass().add("phase-head");
            VBox box = new VBox(10, top, items);
            box.setId("phase-" + phase.id());
            container.getChildren().add(box);
            heads.put(phase.id(), new PhaseHead(bar, text));
            for (ChecklistEntry e : phase.items()) {
                ItemRow row = new ItemRow(e, true);
                rows.put(e.itemId(), row);
                items.getChildren().add(row.node);
            }
        }
    }

    private void showProgress(Layout layout) {
        overall.setProgress(layout.overall().fraction());
        overallText.setText(messages.get("checklist.progress", layout.overall().finished(), layout.overall().total()));
        for (Track t : layout.tracks()) {
            for (Phase phase : t.phases()) {
                PhaseHead head = heads.get(phase.id());
                head.bar().setProgress(phase.progress().fraction());
                head.text().setText(messages.get("checklist.progress", phase.progress().finished(),
                        phase.progress().total()));
            }
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
            owner.setPrefColumnCount(16);
            owner.setMinWidth(110);
            owner.setMaxWidth(360);
            due.setMinWidth(150);
            // status, owner and due date on one line, the notes on their own below: neither is cut short
            HBox first = new HBox(8, status, owner, due);
            HBox.setHgrow(owner, Priority.ALWAYS);
            notes.setMaxWidth(Double.MAX_VALUE);
            VBox grid = new VBox(6, first, notes);
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
                    vm.setStatus(id, v);
                }
            });
            owner.textProperty().addListener((o, a, v) -> {
                if (!updating) {
                    vm.setOwner(id, v);
                }
            });
            notes.textProperty().addListener((o, a, v) -> {
                if (!updating) {
                    vm.setNotes(id, v);
                }
            });
            due.valueProperty().addListener((o, a, v) -> {
                if (!updating) {
                    vm.setDueDate(id, v);
                }
            });
        }

        void update(ChecklistEntry e) {
            updating = true;
            try {
                title.setText(e.order() == null ? e.title() : messages.get("checklist.itemTitle", e.order(), e.title()));
                detail.setText(e.detail() == null ? "" : e.detail());
                causes.setText(e.causedBy().isEmpty() ? "" : messages.get("checklist.causedBy",
                        String.join("; ", vm.causes(e))));
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
