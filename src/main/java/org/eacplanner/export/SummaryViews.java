package org.eacplanner.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eacplanner.checklist.ChecklistEntry;
import org.eacplanner.checklist.Plan;
import org.eacplanner.export.ReportModel.BlockerLine;
import org.eacplanner.export.ReportModel.DeadlineRow;
import org.eacplanner.export.ReportModel.SeverityCount;
import org.eacplanner.export.ReportModel.Summary;
import org.eacplanner.model.ProgressStatus;
import org.eacplanner.model.Severity;
import org.eacplanner.rules.Finding;

/** The executive summary: counts by severity, the verdict, the top blockers, deadlines and the timeline. */
final class SummaryViews {

    static final int TOP_BLOCKERS = 5;

    private SummaryViews() {
    }

    static List<SeverityCount> counts(Plan plan, ReportText t) {
        List<SeverityCount> counts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            counts.add(new SeverityCount(Marks.severity(s, t), plan.count(s)));
        }
        return counts;
    }

    static Summary build(Plan plan, ReportText t, String heading) {
        List<SeverityCount> counts = counts(plan, t);
        long open = plan.openBlockers();
        String verdict = open == 0 ? t.get("summary.verdict.none", t.date(plan.asOf())) : t.count("summary.verdict", open);
        long accepted = plan.findings().stream().filter(Finding::accepted).count();
        String acceptedNote = accepted == 0 ? null : t.count("summary.accepted", accepted);

        List<BlockerLine> blockers = plan.findings().stream()
                .filter(f -> f.severity() == Severity.BLOCKER)
                .sorted(Comparator.comparing(Finding::accepted))
                .limit(TOP_BLOCKERS)
                .map(f -> new BlockerLine(f.ruleId(), FindingViews.anchor(f), f.title(),
                        f.deadline() == null ? null : t.deadline(f.deadline(), f.daysLeft()), f.accepted()))
                .toList();

        Map<LocalDate, List<Finding>> byDate = new TreeMap<>(plan.findings().stream().filter(f -> f.deadline() != null)
                .collect(Collectors.groupingBy(Finding::deadline)));
        List<DeadlineRow> rows = new ArrayList<>();
        List<TimelineLayout.Point> points = new ArrayList<>();
        points.add(new TimelineLayout.Point(plan.asOf(), "today", "\u25c6",
                t.get("summary.today") + ", " + t.shortDate(plan.asOf()), ""));
        String nearest = null;
        for (var e : byDate.entrySet()) {
            Finding worst = e.getValue().stream().min(Comparator.comparing(Finding::severity)).orElseThrow();
            String rules = e.getValue().stream().map(Finding::ruleId).collect(Collectors.joining(", "));
            var mark = Marks.severity(worst.severity(), t);
            rows.add(new DeadlineRow(t.date(e.getKey()), t.relative(e.getKey(), worst.daysLeft()), rules, mark));
            points.add(new TimelineLayout.Point(e.getKey(), mark.css(), mark.glyph(), t.shortDate(e.getKey()), rules));
            if (nearest == null && worst.daysLeft() >= 0) {
                nearest = t.deadline(e.getKey(), worst.daysLeft()) + " \u00b7 " + rules;
            }
        }
        return new Summary("summary", heading, counts, verdict, acceptedNote, blockers,
                nearest == null ? t.get("summary.noDeadline") : nearest,
                rows.isEmpty() ? null : TimelineLayout.layout(points), rows, progress(plan.checklist(), t));
    }

    private static String progress(List<ChecklistEntry> items, ReportText t) {
        long done = items.stream().filter(i -> i.status() == ProgressStatus.DONE).count();
        long doing = items.stream().filter(i -> i.status() == ProgressStatus.IN_PROGRESS).count();
        return t.get("summary.progressText", done, items.size(), doing);
    }
}
