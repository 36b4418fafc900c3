package org.eacplanner.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eacplanner.checklist.Plan;
import org.eacplanner.export.ReportModel.Acceptance;
import org.eacplanner.export.ReportModel.AreaGroup;
import org.eacplanner.export.ReportModel.FindingView;
import org.eacplanner.export.ReportModel.FindingsSection;
import org.eacplanner.export.ReportModel.SeverityGroup;
import org.eacplanner.export.ReportModel.SourceView;
import org.eacplanner.export.ReportModel.SourcesSection;
import org.eacplanner.model.AcceptedRisk;
import org.eacplanner.rules.Finding;
import org.eacplanner.rules.FindingGroups;

/** Findings grouped by severity then area, each with why, what to do, deadline, acceptance and sources. */
final class FindingViews {

    private FindingViews() {
    }

    static String anchor(Finding f) {
        return "f-" + f.ruleId();
    }

    static FindingsSection build(Plan plan, ReportText t, String heading) {
        List<SeverityGroup> groups = new ArrayList<>();
        for (FindingGroups.SeverityGroup g : FindingGroups.of(plan.findings(), f -> true)) {
            String id = "sev-" + g.severity().name().toLowerCase(Locale.ROOT);
            List<AreaGroup> areas = new ArrayList<>();
            for (FindingGroups.AreaGroup a : g.areas()) {
                areas.add(new AreaGroup(id + "-" + a.area().name().toLowerCase(Locale.ROOT),
                        t.catalog().area(a.area()), a.findings().stream().map(f -> view(f, t)).toList()));
            }
            groups.add(new SeverityGroup(id, Marks.severity(g.severity(), t), g.count(), areas));
        }
        return new FindingsSection("findings", heading, groups);
    }

    private static FindingView view(Finding f, ReportText t) {
        return new FindingView(anchor(f), f.ruleId(), Marks.severity(f.severity(), t), f.title(), f.detail(), f.advice(),
                f.deadlinePhrase(), f.sources(), acceptance(f, t));
    }

    private static Acceptance acceptance(Finding f, ReportText t) {
        AcceptedRisk r = f.acceptance();
        if (r == null) {
            return null;
        }
        String by = r.acceptedBy() == null ? t.get("value.unknown") : r.acceptedBy();
        if (f.accepted()) {
            String on = r.acceptedOn() == null ? t.get("value.unknown") : t.date(r.acceptedOn());
            String expiry = r.expires() == null ? t.get("finding.noExpiry") : t.get("finding.expires", t.date(r.expires()));
            return new Acceptance(true, false, t.get("finding.accepted"), t.get("finding.acceptedBy", by, on),
                    r.rationale(), expiry);
        }
        return new Acceptance(false, true, t.get("finding.lapsed"), t.get("finding.lapsedText", by, t.date(r.expires())),
                r.rationale(), null);
    }

    /** Every source link the findings cite, in order of first citation, with the rules citing it. */
    static SourcesSection sources(Plan plan, ReportText t, String heading) {
        Map<String, List<String>> citedBy = new LinkedHashMap<>();
        for (Finding f : plan.findings()) {
            f.sources().forEach(url -> citedBy.computeIfAbsent(url, k -> new ArrayList<>()).add(f.ruleId()));
        }
        List<SourceView> views = citedBy.entrySet().stream()
                .map(e -> new SourceView(e.getKey(), t.get("sources.citedBy", String.join(", ", e.getValue()))))
                .toList();
        return new SourcesSection("sources", heading, views);
    }
}
