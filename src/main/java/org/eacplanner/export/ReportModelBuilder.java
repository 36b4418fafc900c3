package org.eacplanner.export;

import java.util.ArrayList;
import java.util.List;
import org.eacplanner.checklist.ChecklistTracks;
import org.eacplanner.common.BuildInfo;
import org.eacplanner.export.ReportModel.Cover;
import org.eacplanner.export.ReportModel.PageLabelPart;
import org.eacplanner.export.ReportModel.TocEntry;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.Person;

/** Builds the {@link ReportModel} of a prepared export: cover, contents, and the sections the options ask for. */
final class ReportModelBuilder {

    private static final String PAGE = "\u0000page\u0000";
    private static final String PAGES = "\u0000pages\u0000";

    private ReportModelBuilder() {
    }

    static ReportModel build(PreparedExport p, ReportText t, boolean pdf) {
        ExportOptions o = p.options();
        Assessment a = p.assessment();
        String title = a.title() == null || a.title().isBlank() ? t.get("doc.title") : a.title();
        String date = t.date(p.plan().asOf());

        // the evidence appendix only when there is evidence; else one line in the summary says so
        boolean evidenceShown = !a.probes().isEmpty() || !a.imports().isEmpty();
        String noEvidence = o.includes(Section.EVIDENCE) && !evidenceShown ? t.get("summary.noEvidence") : null;
        var summary = o.includes(Section.SUMMARY) ? SummaryViews.build(p.plan(), t, t.get("section.summary"), noEvidence)
                : null;
        var findings = o.includes(Section.FINDINGS) ? FindingViews.build(p.plan(), t, t.get("section.findings")) : null;
        var checklist = o.includes(Section.CHECKLIST) ? ChecklistViews.build(p.plan(),
                ChecklistTracks.of(p.plan(), a), t, t.get("section.checklist")) : null;
        char appendix = 'A';
        var inventory = o.includes(Section.INVENTORY)
                ? InventoryViews.build(a, p.client(), p.catalog(), t, t.get("section.appendix", appendix++, t.get("section.inventory")))
                : null;
        var evidence = o.includes(Section.EVIDENCE) && evidenceShown
                ? EvidenceViews.build(a, t, t.get("section.appendix", appendix++, t.get("section.evidence")))
                : null;
        var sources = o.includes(Section.SOURCES)
                ? FindingViews.sources(p.plan(), t, t.get("section.appendix", appendix, t.get("section.sources")))
                : null;

        List<TocEntry> toc = new ArrayList<>();
        if (summary != null) {
            toc.add(new TocEntry(summary.id(), summary.heading(), List.of()));
        }
        if (findings != null) {
            toc.add(new TocEntry(findings.id(), findings.heading(), findings.groups().stream()
                    .map(g -> new TocEntry(g.id(), g.mark().word() + " (" + g.count() + ")", List.of())).toList()));
        }
        if (checklist != null) {
            toc.add(new TocEntry(checklist.id(), checklist.heading(), checklist.tracks().size() == 1
                    ? checklist.tracks().get(0).phases().stream().map(ph -> new TocEntry(ph.id(), ph.heading(), List.of())).toList()
                    : checklist.tracks().stream().map(tr -> new TocEntry(tr.id(), tr.heading(), List.of())).toList()));
        }
        if (inventory != null) {
            toc.add(new TocEntry(inventory.id(), inventory.heading(), List.of()));
        }
        if (evidence != null) {
            toc.add(new TocEntry(evidence.id(), evidence.heading(), List.of()));
        }
        if (sources != null) {
            toc.add(new TocEntry(sources.id(), sources.heading(), List.of()));
        }

        String client = p.client();
        Cover cover = new Cover(t.get("cover.kicker"), title, client, o.consultant(), o.company(),
                o.logo() == null ? null : o.logo().dataUri(),
                o.company() == null ? t.get("cover.logoAltPlain") : t.get("cover.logoAlt", o.company()),
                author(a.preparedBy()), date, t.catalog().stamp(p.plan().stamp()), p.redacted(),
                t.get("doc.generator", BuildInfo.get().releaseVersion()), SummaryViews.counts(p.plan(), t));
        String author = o.consultant() != null ? o.consultant() : a.preparedBy().name();
        String header = client == null ? title : t.get("header.text", client, date);
        return new ReportModel(pdf, t.locale().getLanguage(), o.paper().cssSize(), t.all(), title, author, header,
                pageLabel(t), cover, toc, summary, findings, checklist, inventory, evidence, sources);
    }

    private static String author(Person p) {
        List<String> parts = new ArrayList<>();
        for (String s : new String[] {p.name(), p.company(), p.email()}) {
            if (s != null && !s.isBlank()) {
                parts.add(s);
            }
        }
        return parts.isEmpty() ? null : String.join(" \u00b7 ", parts);
    }

    /** "Page {0} of {1}" split around the two counters, which only CSS can fill in. */
    private static List<PageLabelPart> pageLabel(ReportText t) {
        String text = t.get("page.label", PAGE, PAGES);
        List<PageLabelPart> parts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int page = text.indexOf(PAGE, i);
            int pages = text.indexOf(PAGES, i);
            int next = page < 0 ? pages : pages < 0 ? page : Math.min(page, pages);
            if (next < 0) {
                parts.add(new PageLabelPart(text.substring(i), false, false));
                break;
            }
            if (next > i) {
                parts.add(new PageLabelPart(text.substring(i, next), false, false));
            }
            boolean isPage = next == page;
            parts.add(new PageLabelPart(null, isPage, !isPage));
            i = next + (isPage ? PAGE : PAGES).length();
        }
        return parts;
    }
}
