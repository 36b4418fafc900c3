package org.eacplanner.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eacplanner.checklist.ChecklistEntry;
import org.eacplanner.checklist.Plan;
import org.eacplanner.export.ReportModel.ChecklistSection;
import org.eacplanner.export.ReportModel.Item;
import org.eacplanner.export.ReportModel.Phase;
import org.eacplanner.model.ProgressStatus;

/** The checklist by phase, with each phase's progress, and the items that no longer apply. */
final class ChecklistViews {

    private ChecklistViews() {
    }

    static ChecklistSection build(Plan plan, ReportText t, String heading) {
        Map<Integer, List<ChecklistEntry>> byPhase = new LinkedHashMap<>();
        plan.checklist().forEach(e -> byPhase.computeIfAbsent(e.phase(), k -> new ArrayList<>()).add(e));
        List<Phase> phases = new ArrayList<>();
        byPhase.forEach((phase, entries) -> {
            long done = entries.stream().filter(e -> e.status() == ProgressStatus.DONE).count();
            phases.add(new Phase("phase-" + phase, t.get("checklist.phase", phase, t.catalog().phase(phase)),
                    t.get("checklist.progress", done, entries.size()), (int) (done * 100 / entries.size()),
                    entries.stream().map(e -> item(e, t)).toList()));
        });
        return new ChecklistSection("checklist", heading, phases,
                plan.notApplicable().stream().map(e -> item(e, t)).toList());
    }

    private static Item item(ChecklistEntry e, ReportText t) {
        String causedBy = e.causedBy().isEmpty() ? null : t.get("checklist.causedBy", String.join(", ", e.causedBy()));
        return new Item(e.order() == null ? t.get("checklist.none") : String.valueOf(e.order()), e.itemId(), e.title(),
                e.detail(), causedBy, Marks.status(e.status(), t), e.owner(), t.date(e.dueDate()), e.notes());
    }
}
