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
import org.eacplanner.checklist.Progress;
import org.eacplanner.export.ReportModel.DeadlineRow;
import org.eacplanner.export.ReportModel.PlanStatusView;
import org.eacplanner.export.ReportModel.RiskLine;
import org.eacplanner.export.ReportModel.SeverityCount;
import org.eacplanner.export.ReportModel.Summary;
import org.eacplanner.model.Severity;
import org.eacplanner.rules.CatalogTexts;
import org.eacplanner.rules.DeadlinePrecision;
import org.eacplanner.rules.Finding;
import org.eacplanner.rules.PlanStatus;

/**
 * The executive summary: the plan's state and what to do, counts by severity, the verdict, the top risks by urgency,
 * deadlines and the timeline.
 */
final class SummaryViews {

    static final int TOP_RISKS = 5;

    private SummaryViews() {
    }

    static List<SeverityCount> counts(Plan plan, ReportText t) {
        List<SeverityCount> counts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            counts.add(new SeverityCount(Marks.severity(s, t), plan.count(s)));
        }
        return counts;
    }

    /** The summary; {@code noEvidence}, when not null, is the line saying that no live check ran and nothing was imported. */
    static Summary build(Plan plan, ReportText t, String heading, String noEvidence) {
        List<SeverityCount> counts = counts(plan, t);
        long open = plan.openBlockers();
        String verdict = open == 0 ? t.get("summary.verdict.none", t.date(plan.asOf())) : t.count("summary.verdict", open);
        long accepted = plan.findings().stream().filter(Finding::accepted).count();
        String acceptedNote = accepted == 0 ? null : t.count("summary.accepted", accepted);

        List<Finding> risks = PlanStatus.risks(plan.findings());
        List<RiskLine> top = risks.stream().limit(TOP_RISKS).map(f -> new RiskLine(Marks.severity(f.severity(), t),
                f.ruleId(), FindingViews.anchor(f), f.title(), f.deadlinePhrase())).toList();
        String more = risks.size() > TOP_RISKS ? t.count("summary.moreRisks", risks.size() - TOP_RISKS) : null;

        // One row and one mark per deadline as shown: a month (MONTH precision) and a day are different marks
        // even on the same assumed day.
        Map<String, List<Finding>> byDeadline = new TreeMap<>(plan.findings().stream().filter(f -> f.deadline() != null)
                .collect(Collectors.groupingBy(f -> f.deadline() + " " + f.deadlinePrecision())));
        List<DeadlineRow> rows = new ArrayList<>();
        List<TimelineLayout.Point> points = new ArrayList<>();
        points.add(new TimelineLayout.Point(plan.asOf(), null, "today", "\u25c6",
                t.get("summary.today") + ", " + t.shortDate(plan.asOf()), ""));
        for (List<Finding> group : byDeadline.values()) {
            Finding worst = group.stream().min(Comparator.comparing(Finding::severity)).orElseThrow();
            String rules = group.stream().map(Finding::ruleId).collect(Collectors.joining(", "));
            var mark = Marks.severity(worst.severity(), t);
            boolean month = worst.deadlinePrecision() == DeadlinePrecision.MONTH;
            LocalDate d = worst.deadline();
            String when = t.catalog().when(d, worst.deadlinePrecision());
            rows.add(new DeadlineRow(when, state(worst, t), rules, mark));
            points.add(new TimelineLayout.Point(d, month ? d.withDayOfMonth(d.lengthOfMonth()) : null, mark.css(),
                    mark.glyph(), month ? when : t.shortDate(d), rules));
        }
        String nearest = plan.nearestDeadline().map(f -> f.deadlinePhrase() + " \u00b7 " + f.ruleId())
                .orElse(t.get("summary.noDeadline"));
        return new Summary("summary", heading, counts, status(plan, risks, t), verdict, acceptedNote, top, more, nearest,
                rows.isEmpty() ? null : TimelineLayout.layout(points, phaseBars(plan, t)), rows,
                progress(plan.checklist(), t), noEvidence);
    }

    /** The plan's state ({@link PlanStatus}) and one sentence on what to do, from the most urgent risk. */
    static PlanStatusView status(Plan plan, List<Finding> risks, ReportText t) {
        PlanStatus status = PlanStatus.of(plan.findings());
        String css = switch (status) {
            case BROKEN_NOW -> "broken";
            case AT_RISK -> "at-risk";
            case ON_TRACK -> "on-track";
        };
        String glyph = switch (status) {
            case BROKEN_NOW -> "\u2716";
            case AT_RISK -> "\u25b2";
            case ON_TRACK -> "\u2714";
        };
        String todo;
        if (risks.isEmpty()) {
            todo = plan.nearestDeadline().map(f -> t.get("summary.todo.ON_TRACK", f.deadlinePhrase()))
                    .orElse(t.get("summary.todo.none"));
        } else {
            Finding first = risks.get(0);
            String when = first.deadlinePhrase() == null ? t.get("summary.todo.noDate") : first.deadlinePhrase();
            todo = t.get("summary.todo." + status.name(), first.title(), when);
        }
        return new PlanStatusView(t.get("summary.status"), t.get("summary.status." + status.name()), css, glyph, todo);
    }

    /** The status of a deadline ("119 days left, counted to 1 April 2027") and its evidence. */
    private static String state(Finding f, ReportText t) {
        CatalogTexts c = t.catalog();
        return CatalogTexts.CERT_EXPIRING.equals(f.ruleId()) ? f.deadlinePhrase()
                : c.deadlineState(f.deadline(), f.daysLeft(), f.deadlinePrecision(), f.deadlineStatus())
                + " \u00b7 " + c.evidence(f.deadlineEvidence());
    }

    /** Each phase as a bar from the evaluation date to the latest suggested date of its items. */
    private static List<TimelineLayout.Bar> phaseBars(Plan plan, ReportText t) {
        Map<Integer, LocalDate> latest = new TreeMap<>();
        for (ChecklistEntry e : plan.checklist()) {
            if (e.suggestedBy() != null) {
                latest.merge(e.phase(), e.suggestedBy(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        List<TimelineLayout.Bar> bars = new ArrayList<>();
        latest.forEach((phase, end) -> bars.add(new TimelineLayout.Bar(plan.asOf(), end,
                t.get("summary.phaseBar", phase, t.catalog().phase(phase), t.shortDate(end)))));
        return bars;
    }

    private static String progress(List<ChecklistEntry> items, ReportText t) {
        Progress p = Progress.of(items);
        return t.get("summary.progressText", p.finished(), p.total(), p.inProgress());
    }
}
