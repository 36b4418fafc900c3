package org.eacplanner.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eacplanner.checklist.ChecklistEntry;
import org.eacplanner.checklist.ChecklistTracks;
import org.eacplanner.checklist.Plan;
import org.eacplanner.checklist.Progress;
import org.eacplanner.export.ReportModel.ChecklistSection;
import org.eacplanner.export.ReportModel.Item;
import org.eacplanner.export.ReportModel.Phase;
import org.eacplanner.export.ReportModel.Track;
import org.eacplanner.rules.Side;

/**
 * The checklist by phase, with each phase's progress and each item's target date (due or suggested); a hybrid
 * plan as three tracks (shared, Exchange Online, Exchange servers); and the items that no longer apply.
 */
final class ChecklistViews {

    private ChecklistViews() {
    }

    static ChecklistSection build(Plan plan, ChecklistTracks tracks, ReportText t, String heading) {
        List<Track> out = new ArrayList<>();
        if (!tracks.hybrid()) {
            out.add(new Track("track-all", null, null, null, phases("phase-", plan.checklist(), false, t, plan)));
        } else {
            out.add(new Track("track-shared", t.get("checklist.shared"), null, null,
                    phases("shared-phase-", tracks.shared(), true, t, plan)));
            out.add(track("track-online", Side.EXCHANGE_ONLINE, tracks.online(), tracks.mailboxesOnline(), t, plan));
            out.add(track("track-onprem", Side.ON_PREMISES, tracks.onPremises(), tracks.mailboxesOnPremises(), t, plan));
        }
        return new ChecklistSection("checklist", heading, out,
                plan.notApplicable().stream().map(e -> item(e, t, plan)).toList());
    }

    private static Track track(String id, Side side, List<ChecklistEntry> entries, Integer mailboxes, ReportText t,
            Plan plan) {
        return new Track(id, t.catalog().side(side), mailboxes == null ? null : t.count("checklist.mailboxes", mailboxes),
                entries.isEmpty() ? t.catalog().emptyTrack() : null, phases(id + "-phase-", entries, true, t, plan));
    }

    private static List<Phase> phases(String idPrefix, List<ChecklistEntry> entries, boolean nested, ReportText t,
            Plan plan) {
        Map<Integer, List<ChecklistEntry>> byPhase = new LinkedHashMap<>();
        entries.forEach(e -> byPhase.computeIfAbsent(e.phase(), k -> new ArrayList<>()).add(e));
        List<Phase> phases = new ArrayList<>();
        byPhase.forEach((phase, list) -> {
            Progress p = Progress.of(list);
            phases.add(new Phase(idPrefix + phase, t.get("checklist.phase", phase, t.catalog().phase(phase)), nested,
                    t.get("checklist.progress", p.finished(), p.total()), p.percent(),
                    list.stream().map(e -> item(e, t, plan)).toList()));
        });
        return phases;
    }

    private static Item item(ChecklistEntry e, ReportText t, Plan plan) {
        String causedBy = e.causedBy().isEmpty() ? null : t.get("checklist.causedBy", String.join("; ", plan.causes(e)));
        String target = e.dueDate() != null ? t.get("checklist.dueOn", t.date(e.dueDate()))
                : e.suggestedBy() != null ? t.get("checklist.suggestedBy", t.date(e.suggestedBy())) : null;
        boolean now = e.dueDate() == null && Boolean.TRUE.equals(e.urgent());
        return new Item(e.order() == null ? t.get("checklist.none") : String.valueOf(e.order()), e.itemId(), e.title(),
                e.detail(), causedBy, Marks.status(e.status(), t), e.owner(), target, now, e.notes());
    }
}
