package org.eacplanner.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eacplanner.export.ReportModel.EvidenceSection;
import org.eacplanner.export.ReportModel.Fact;
import org.eacplanner.export.ReportModel.ProbeView;
import org.eacplanner.export.ReportModel.ProposalView;
import org.eacplanner.export.ReportModel.StepView;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.ImportRecord;
import org.eacplanner.model.Outcome;
import org.eacplanner.model.ProbeResult;
import org.eacplanner.storage.AssessmentJson;

/**
 * The live checks' results (each probe's outcome, its steps with the evidence they saw, and its proposals) and the
 * imports (the files read and not used, the answers applied with where each was read).
 */
final class EvidenceViews {

    private final ReportText t;
    private final DateTimeFormatter times;

    private EvidenceViews(ReportText t) {
        this.t = t;
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(t.locale()).withZone(ZoneOffset.UTC);
    }

    static EvidenceSection build(Assessment a, ReportText t, String heading) {
        EvidenceViews views = new EvidenceViews(t);
        List<ProbeView> probes = new ArrayList<>();
        for (int i = 0; i < a.probes().size(); i++) {
            probes.add(views.probe(a.probes().get(i), "probe-" + (i + 1)));
        }
        for (int i = 0; i < a.imports().size(); i++) {
            probes.add(views.imported(a.imports().get(i), "import-" + (i + 1)));
        }
        return new EvidenceSection("evidence", heading, probes);
    }

    private ProbeView probe(ProbeResult p, String id) {
        List<Fact> facts = new ArrayList<>();
        facts.add(fact("evidence.outcome", p.outcome() == null ? null : t.value(p.outcome())));
        if (p.reason() != null) {
            facts.add(fact("evidence.reason", p.reason()));
        }
        facts.add(fact("evidence.started", time(p.startedAt())));
        facts.add(fact("evidence.finished", time(p.finishedAt())));
        facts.add(fact("evidence.credentials", p.credentialsUsed() == null ? null : t.value(p.credentialsUsed())));
        if (Boolean.TRUE.equals(p.cancelled())) {
            facts.add(fact("evidence.cancelled", t.value(true)));
        }
        String name = p.probeId() == null ? t.get("value.unknown") : t.value(p.probeId());
        String heading = p.target() == null ? name : name + " \u2014 " + p.target();
        List<StepView> steps = p.steps().stream().map(this::step).toList();
        List<ProposalView> proposals = p.proposals().stream()
                .map(x -> new ProposalView(x.path(), render(x.value()), x.basis())).toList();
        return new ProbeView(id, heading, css(p.outcome()), facts, steps, proposals);
    }

    /** An import as a result of its own: the files read and not used as its steps, the answers applied. */
    private ProbeView imported(ImportRecord r, String id) {
        List<Fact> facts = List.of(fact("evidence.import.at", time(r.importedAt())),
                fact("evidence.import.files", String.valueOf(r.sources().size())));
        List<StepView> files = new ArrayList<>();
        for (ImportRecord.Source s : r.sources()) {
            List<Fact> seen = List.of(new Fact(t.get("evidence.import.kind"), s.kind() == null ? t.get("value.unknown")
                    : s.kind() + " (" + (s.objects() == null ? "?" : s.objects()) + ")", s.kind() == null),
                    fact("evidence.import.exported", time(s.exportedAt())));
            files.add(new StepView(s.file(), "pass", t.get("evidence.import.read"), null, seen, null, null));
        }
        for (ImportRecord.Ignored i : r.ignored()) {
            files.add(new StepView(i.file(), "skipped", t.get("evidence.import.ignored"), null, List.of(), i.reason(),
                    null));
        }
        List<ProposalView> applied = r.applied().stream().map(x -> new ProposalView(x.path(), render(x.value()),
                x.basis() + (x.evidence().isEmpty() ? "" : " \u2014 " + where(x.evidence())))).toList();
        return new ProbeView(id, t.get("evidence.import.heading"), "import", facts, files, applied);
    }

    private static String where(List<ImportRecord.Evidence> evidence) {
        return String.join("; ", evidence.stream().map(e -> e.file() + ": " + e.object() + ", " + e.property())
                .toList());
    }

    private StepView step(ProbeResult.Step s) {
        List<Fact> evidence = new ArrayList<>();
        s.evidence().forEach((k, v) -> evidence.add(new Fact(k, render(v), v == null)));
        return new StepView(s.name(), css(s.outcome()), s.outcome() == null ? t.get("value.unknown") : t.value(s.outcome()),
                s.elapsedMs() == null ? null : t.get("evidence.ms", s.elapsedMs()), evidence, s.reason(), s.advice());
    }

    private Fact fact(String key, String value) {
        return new Fact(t.get(key), value == null ? t.get("value.unknown") : value, value == null);
    }

    private String time(Instant instant) {
        return instant == null ? null : times.format(instant) + " UTC";
    }

    /** Evidence as text: strings as they are, anything else (numbers, lists, objects) as compact JSON. */
    private String render(Object value) {
        if (value == null) {
            return t.get("value.unknown");
        }
        if (value instanceof String s) {
            return s;
        }
        try {
            return AssessmentJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    private static String css(Outcome o) {
        return o == null ? "unknown" : o.name().toLowerCase(Locale.ROOT);
    }
}
