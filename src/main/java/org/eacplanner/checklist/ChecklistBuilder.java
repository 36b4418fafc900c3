package org.eacplanner.checklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.ProgressEntry;
import org.eacplanner.model.ProgressStatus;
import org.eacplanner.rules.Catalog;
import org.eacplanner.rules.CatalogTexts;
import org.eacplanner.rules.ChecklistItemDef;
import org.eacplanner.rules.Finding;

/**
 * Computes the checklist of rules.md from the inventory and the findings: which items apply, their order
 * within each phase, what caused them, merged with the user's progress by item ID. Progress whose item no
 * longer applies (or is unknown to the catalog) is kept in {@code notApplicable}, never dropped.
 */
final class ChecklistBuilder {

    private final Catalog catalog;
    private final CatalogTexts texts;

    ChecklistBuilder(Catalog catalog, CatalogTexts texts) {
        this.catalog = catalog;
        this.texts = texts;
    }

    /** Returns the applicable items (in plan order) and the not-applicable progress entries. */
    List<List<ChecklistEntry>> build(Assessment assessment, List<Finding> findings) {
        Map<String, ProgressEntry> progress = new LinkedHashMap<>();
        for (ProgressEntry p : assessment.checklist()) {
            progress.putIfAbsent(p.itemId(), p);
        }
        Set<String> accepted = findings.stream().filter(Finding::accepted).map(Finding::ruleId)
                .collect(Collectors.toSet());

        List<ChecklistEntry> applicable = new ArrayList<>();
        Set<String> applied = new java.util.HashSet<>();
        int phase = 0;
        int order = 0;
        for (ChecklistItemDef item : catalog.checklist()) {
            List<String> causedBy = causes(item, findings);
            boolean applies = item.condition().test(assessment) && (!item.isCausedByFindings() || !causedBy.isEmpty());
            if (!applies) {
                continue;
            }
            if (item.phase() != phase) {
                phase = item.phase();
                order = 0;
            }
            order++;
            applied.add(item.id());
            String detail = texts.itemDetail(item.id());
            List<String> acceptedCauses = causedBy.stream().filter(accepted::contains).toList();
            if (!acceptedCauses.isEmpty()) {
                detail = detail + " " + texts.itemAcceptedNote(acceptedCauses);
            }
            ProgressEntry p = progress.get(item.id());
            applicable.add(new ChecklistEntry(item.id(), item.phase(), order, texts.itemTitle(item.id()), detail, causedBy,
                    true, status(p), p == null ? null : p.owner(), p == null ? null : p.dueDate(),
                    p == null ? null : p.notes()));
        }

        List<ChecklistEntry> notApplicable = new ArrayList<>();
        for (ProgressEntry p : progress.values()) {
            if (applied.contains(p.itemId())) {
                continue;
            }
            ChecklistItemDef known = catalog.checklistItem(p.itemId()).orElse(null);
            notApplicable.add(new ChecklistEntry(p.itemId(), known == null ? null : known.phase(), null,
                    known == null ? p.itemId() : texts.itemTitle(p.itemId()),
                    known == null ? null : texts.itemDetail(p.itemId()), List.of(), false, status(p), p.owner(),
                    p.dueDate(), p.notes()));
        }
        return List.of(applicable, notApplicable);
    }

    private static List<String> causes(ChecklistItemDef item, List<Finding> findings) {
        if (!item.isCausedByFindings()) {
            return List.of();
        }
        return findings.stream()
                .filter(f -> item.causedBy().contains(f.ruleId()) || f.severity() == item.causedBySeverity())
                .map(Finding::ruleId)
                .toList();
    }

    private static ProgressStatus status(ProgressEntry p) {
        return p == null || p.status() == null ? ProgressStatus.TODO : p.status();
    }
}
