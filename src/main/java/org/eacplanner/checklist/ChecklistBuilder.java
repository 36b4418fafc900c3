package org.eacplanner.checklist;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
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
import org.eacplanner.rules.ConditionContext;
import org.eacplanner.rules.Finding;
import org.eacplanner.rules.SeveritySpec;

/**
 * Computes the checklist of rules.md from the inventory and the findings: which items apply, their order
 * within each phase, what caused them, merged with the user's progress by item ID. Progress whose item no
 * longer applies (or is unknown to the catalog) is kept in {@code notApplicable}, never dropped.
 */
final class ChecklistBuilder {

    /** Lead time per phase in days (rules.md, "Suggested target dates"); phase 1 needs the whole room. */
    private static final int[] LEAD_DAYS = {60, 45, 30, 14};
    private static final int ROOM = 60;

    /** Rules with a deadline that do not anchor items without causes: not of the DATED kind. */
    private static final Set<String> NOT_ANCHORS = Set.of("EXCHANGE-EOL", "HYBRID-COEXISTENCE", "CERT-EXPIRING");
    private final Catalog catalog;
    private final CatalogTexts texts;

    ChecklistBuilder(Catalog catalog, CatalogTexts texts) {
        this.catalog = catalog;
        this.texts = texts;
    }

    /** Returns the applicable items (in plan order) and the not-applicable progress entries. */
    List<List<ChecklistEntry>> build(Assessment assessment, List<Finding> findings, LocalDate asOf) {
        Map<String, ProgressEntry> progress = new LinkedHashMap<>();
        for (ProgressEntry p : assessment.checklist()) {
            progress.putIfAbsent(p.itemId(), p);
        }
        Set<String> accepted = findings.stream().filter(Finding::accepted).map(Finding::ruleId)
                .collect(Collectors.toSet());

        ConditionContext context = new ConditionContext(assessment, asOf, catalog.reviewedOn(), null);
        List<ChecklistEntry> applicable = new ArrayList<>();
        Set<String> applied = new HashSet<>();
        int phase = 0;
        int order = 0;
        for (ChecklistItemDef item : catalog.checklist()) {
            List<String> causedBy = causes(item, findings);
            boolean applies = item.condition().test(context) && (!item.isCausedByFindings() || !causedBy.isEmpty());
            if (!applies) {
                continue;
            }
            if (item.phase() != phase) {
                phase = item.phase();
                order = 0;
            }
            order++;
            applied.add(item.id());
            String detail = itemText(item, context, "detail");
            List<String> acceptedCauses = causedBy.stream().filter(accepted::contains).toList();
            if (!acceptedCauses.isEmpty()) {
                detail = detail + " " + texts.itemAcceptedNote(acceptedCauses);
            }
            ProgressEntry p = progress.get(item.id());
            ProgressStatus status = status(p);
            LocalDate anchor = anchor(causedBy, findings);
            LocalDate suggested = null;
            Boolean urgent = null;
            if (anchor != null) {
                long a = ChronoUnit.DAYS.between(asOf, anchor);
                int lead = LEAD_DAYS[item.phase() - 1];
                if (a >= ROOM) {
                    suggested = anchor.minusDays(lead);
                    urgent = false;
                } else if (a > 0) {
                    suggested = asOf.plusDays(Math.floorDiv(a * (ROOM - lead), ROOM));
                    urgent = true;
                } else {
                    suggested = asOf.plusDays(ROOM - lead);
                    urgent = true;
                }
                if (status == ProgressStatus.DONE || status == ProgressStatus.NOT_APPLICABLE) {
                    urgent = false;
                }
            }
            applicable.add(new ChecklistEntry(item.id(), item.phase(), order, item.side(), itemText(item, context, "title"),
                    detail, causedBy, true, status, p == null ? null : p.owner(), p == null ? null : p.dueDate(),
                    suggested, urgent, p == null ? null : p.notes()));
        }

        List<ChecklistEntry> notApplicable = new ArrayList<>();
        for (ProgressEntry p : progress.values()) {
            if (applied.contains(p.itemId())) {
                continue;
            }
            ChecklistItemDef known = catalog.checklistItem(p.itemId()).orElse(null);
            notApplicable.add(new ChecklistEntry(p.itemId(), known == null ? null : known.phase(), null,
                    known == null ? null : known.side(), known == null ? p.itemId() : itemText(known, context, "title"),
                    known == null ? null : itemText(known, context, "detail"), List.of(), false, status(p), p.owner(),
                    p.dueDate(), null, null, p.notes()));
        }
        return List.of(applicable, notApplicable);
    }

    /** An item's title or detail: the catalog's text, variant first, in the output language (fallback en). */
    private String itemText(ChecklistItemDef item, ConditionContext context, String key) {
        var set = item.texts();
        String lang = texts.locale().getLanguage();
        String t = set.text(set.select(context), lang, key);
        if (t == null) {
            t = set.text(set.texts(), lang, key);
        }
        return texts.render(t, Map.of(), catalog);
    }

    /** The earliest deadline among the causes (accepted ones too), else among unaccepted DATED-kind findings. */
    private LocalDate anchor(List<String> causedBy, List<Finding> findings) {
        LocalDate anchor = null;
        for (Finding f : findings) {
            if (f.deadline() != null && causedBy.contains(f.ruleId())
                    && (anchor == null || f.deadline().isBefore(anchor))) {
                anchor = f.deadline();
            }
        }
        if (anchor != null) {
            return anchor;
        }
        for (Finding f : findings) {
            if (f.deadline() != null && !f.accepted() && isDated(f.ruleId())
                    && (anchor == null || f.deadline().isBefore(anchor))) {
                anchor = f.deadline();
            }
        }
        return anchor;
    }

    private boolean isDated(String ruleId) {
        return !NOT_ANCHORS.contains(ruleId) && catalog.rule(ruleId)
                .map(r -> r.severity() instanceof SeveritySpec.Dated).orElse(false);
    }

    private static List<String> causes(ChecklistItemDef item, List<Finding> findings) {
        if (!item.isCausedByFindings()) {
            return List.of();
        }
        return findings.stream()
                .filter(f -> item.causedBy().contains(f.ruleId()))
                .map(Finding::ruleId)
                .toList();
    }

    private static ProgressStatus status(ProgressEntry p) {
        return p == null || p.status() == null ? ProgressStatus.TODO : p.status();
    }
}
