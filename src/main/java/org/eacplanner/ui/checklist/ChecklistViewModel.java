package org.eacplanner.ui.checklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.eacplanner.checklist.ChecklistEntry;
import org.eacplanner.checklist.ChecklistTracks;
import org.eacplanner.checklist.Plan;
import org.eacplanner.checklist.Progress;
import org.eacplanner.edit.Edits;
import org.eacplanner.model.ProgressStatus;
import org.eacplanner.rules.Side;
import org.eacplanner.ui.document.AssessmentDocument;
import org.eacplanner.ui.findings.EvaluationViewModel;

/**
 * The Checklist step's state: the plan as tracks (one, or for a hybrid plan shared, Exchange Online and on-premises)
 * of phases of items, the progress of each phase and of the whole plan (finished = done or not applicable, as in
 * every export), the items that no longer apply, and the edits of an item's progress.
 */
public final class ChecklistViewModel {

    /** Which track: the whole plan, or a part of a hybrid one. */
    public enum TrackKind { ALL, SHARED, ONLINE, ON_PREMISES }

    /** One phase of a track: its items in plan order and their progress; {@code id} is unique in the layout. */
    public record Phase(String id, int number, List<ChecklistEntry> items, Progress progress) {
    }

    /** A track: its phases, and for a hybrid plan's sides the mailbox count (null when unknown). */
    public record Track(TrackKind kind, Integer mailboxes, List<Phase> phases) {
    }

    /** What the step shows: the tracks, the items that no longer apply, and the overall progress. */
    public record Layout(List<Track> tracks, List<ChecklistEntry> notApplicable, Progress overall) {

        /** The item IDs in order (those no longer applicable marked), to tell whether rows can be kept. */
        public List<String> itemKeys() {
            List<String> keys = new ArrayList<>();
            tracks.forEach(t -> t.phases().forEach(p -> p.items().forEach(e -> keys.add(e.itemId()))));
            notApplicable.forEach(e -> keys.add("na:" + e.itemId()));
            return keys;
        }
    }

    private final EvaluationViewModel evaluation;
    private final AssessmentDocument document;
    private final ReadOnlyObjectWrapper<Layout> layout = new ReadOnlyObjectWrapper<>();

    public ChecklistViewModel(EvaluationViewModel evaluation, AssessmentDocument document) {
        this.evaluation = evaluation;
        this.document = document;
        evaluation.planProperty().addListener(o -> layout.set(layoutOf(evaluation.plan())));
        layout.set(layoutOf(evaluation.plan()));
    }

    /** What {@code e} is there because of, in words ({@link Plan#causes}). */
    public List<String> causes(ChecklistEntry e) {
        return evaluation.plan().causes(e);
    }

    public ReadOnlyObjectProperty<Layout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public Layout layout() {
        return layout.get();
    }

    public void setStatus(String itemId, ProgressStatus status) {
        document.apply(Edits.progress(itemId, Edits.status(status)));
    }

    public void setOwner(String itemId, String owner) {
        document.apply(Edits.progress(itemId, Edits.owner(owner)));
    }

    public void setDueDate(String itemId, LocalDate due) {
        document.apply(Edits.progress(itemId, Edits.dueDate(due)));
    }

    public void setNotes(String itemId, String notes) {
        document.apply(Edits.progress(itemId, Edits.notes(notes)));
    }

    private Layout layoutOf(Plan plan) {
        ChecklistTracks tracks = ChecklistTracks.of(plan, document.assessment());
        List<Track> out = new ArrayList<>();
        if (!tracks.hybrid()) {
            out.add(new Track(TrackKind.ALL, null, phases(plan.checklist(), "")));
        } else {
            out.add(new Track(TrackKind.SHARED, null, phases(tracks.shared(), "shared-")));
            out.add(new Track(TrackKind.ONLINE, tracks.mailboxesOnline(), phases(tracks.online(), "online-")));
            out.add(new Track(TrackKind.ON_PREMISES, tracks.mailboxesOnPremises(),
                    phases(tracks.onPremises(), "onprem-")));
        }
        return new Layout(List.copyOf(out), plan.notApplicable(), Progress.of(plan.checklist()));
    }

    private static List<Phase> phases(List<ChecklistEntry> entries, String prefix) {
        List<Phase> out = new ArrayList<>();
        int number = 0;
        List<ChecklistEntry> items = null;
        for (ChecklistEntry e : entries) {
            if (e.phase() != number) {
                if (items != null) {
                    out.add(new Phase(prefix + number, number, List.copyOf(items), Progress.of(items)));
                }
                number = e.phase();
                items = new ArrayList<>();
            }
            items.add(e);
        }
        if (items != null) {
            out.add(new Phase(prefix + number, number, List.copyOf(items), Progress.of(items)));
        }
        return out;
    }

    /** The side a hybrid track stands for (null for the whole plan and the shared steps). */
    static Side side(TrackKind kind) {
        return switch (kind) {
            case ONLINE -> Side.EXCHANGE_ONLINE;
            case ON_PREMISES -> Side.ON_PREMISES;
            default -> null;
        };
    }
}
