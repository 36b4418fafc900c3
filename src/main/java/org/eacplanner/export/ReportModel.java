package org.eacplanner.export;

import java.util.List;
import java.util.Map;

/**
 * What the report template shows, every string already worded in the report's language and redacted where
 * asked: a plain view model for Mustache (which escapes every value). Sections left out of the export are
 * null or empty. {@code pdf} switches the few things only the PDF has (page size, running header and footer,
 * bookmarks, page numbers in the contents).
 */
public record ReportModel(
        boolean pdf,
        String lang,
        String paper,
        Map<String, String> t,
        String title,
        String author,
        String headerText,
        List<PageLabelPart> pageLabel,
        Cover cover,
        List<TocEntry> toc,
        Summary summary,
        FindingsSection findings,
        ChecklistSection checklist,
        InventorySection inventory,
        EvidenceSection evidence,
        SourcesSection sources) {

    /** The cover block. */
    public record Cover(String kicker, String title, String client, String consultant, String company,
            String logoUri, String logoAlt, String assessmentBy, String evaluationDate, String catalogVersion,
            boolean redacted, String generator, List<SeverityCount> counts) {
    }

    /** One line of the contents (and one PDF bookmark), with its sub-entries. */
    public record TocEntry(String id, String label, List<TocEntry> children) {
        public boolean hasChildren() {
            return !children.isEmpty();
        }
    }

    /** "Page", the page number, "of", the page count: the footer's words around the counters. */
    public record PageLabelPart(String text, boolean page, boolean pages) {
    }

    /** How a severity is shown: CSS class, a glyph (never colour alone) and the word. */
    public record SeverityMark(String css, String glyph, String word) {
    }

    public record Summary(String id, String heading, List<SeverityCount> counts, PlanStatusView status, String verdict,
            String acceptedNote, List<RiskLine> topRisks, String moreRisks, String nearestDeadline, Timeline timeline,
            List<DeadlineRow> deadlines, String progress, String noEvidence) {
        public boolean hasTopRisks() {
            return !topRisks.isEmpty();
        }

        public boolean hasDeadlines() {
            return !deadlines.isEmpty();
        }
    }

    public record SeverityCount(SeverityMark mark, long count) {
    }

    /** The plan's state in a word with its mark ({@code broken}, {@code at-risk}, {@code on-track}), and what to do. */
    public record PlanStatusView(String label, String word, String css, String glyph, String todo) {
    }

    /** One of the top risks: its severity mark, title (linked), deadline, and its rule ID as a small reference. */
    public record RiskLine(SeverityMark mark, String ruleId, String anchor, String title, String deadline) {
    }

    /** The deadline picture: year ticks and markers placed on one horizontal axis by CSS percentages. */
    public record Timeline(int height, int axisTop, List<YearTick> years, List<Marker> markers, List<PhaseBar> bars) {
    }

    /** A checklist phase drawn from the evaluation date to its latest suggested date: bar and label positions. */
    public record PhaseBar(String barStyle, String labelStyle, String label) {
    }

    public record YearTick(String label, String left) {
    }

    /** A date on the axis: its tick and its label, each positioned by a CSS style computed from the date. */
    public record Marker(String css, String tickStyle, String labelStyle, String bandStyle, String glyph, String date,
            String rules) {
    }

    public record DeadlineRow(String date, String relative, String rules, SeverityMark mark) {
    }

    public record FindingsSection(String id, String heading, List<SeverityGroup> groups) {
    }

    public record SeverityGroup(String id, SeverityMark mark, int count, List<AreaGroup> areas) {
    }

    public record AreaGroup(String id, String name, List<FindingView> findings) {
    }

    public record FindingView(String anchor, String ruleId, SeverityMark mark, String title, String detail,
            String advice, String deadline, List<String> sources, Acceptance acceptance) {
        public boolean hasSources() {
            return !sources.isEmpty();
        }
    }

    public record Acceptance(boolean accepted, boolean lapsed, String heading, String text, String rationale,
            String expiry) {
    }

    /**
     * The checklist: one track of phases, or for a hybrid plan three (the shared steps, then the steps only for
     * mailboxes in Exchange Online and only for those on the Exchange servers).
     */
    public record ChecklistSection(String id, String heading, List<Track> tracks, List<Item> notApplicable) {
        public boolean hasNotApplicable() {
            return !notApplicable.isEmpty();
        }
    }

    /** A track: its heading (null for a plan with one side), the mailbox count, and its phases or why none. */
    public record Track(String id, String heading, String count, String emptyText, List<Phase> phases) {
    }

    /** A phase of a track; {@code nested} when it sits under a track heading (h4 instead of h3). */
    public record Phase(String id, String heading, boolean nested, String progress, int percent, List<Item> items) {
    }

    /**
     * A checklist item; {@code target} is the user's due date where set, else the suggested date, and
     * {@code now} marks an urgent suggestion.
     */
    public record Item(String order, String itemId, String title, String detail, String causedBy,
            StatusMark status, String owner, String target, boolean now, String notes) {
    }

    public record StatusMark(String css, String glyph, String word) {
    }

    public record InventorySection(String id, String heading, List<FactGroup> groups, List<ConfigurationRow> configurations,
            String notes) {
        public boolean hasConfigurations() {
            return !configurations.isEmpty();
        }
    }

    public record FactGroup(String id, String heading, List<Fact> facts) {
    }

    /** One answer: its label and value; {@code unknown} when nobody knew it ("I don't know"). */
    public record Fact(String label, String value, boolean unknown) {
    }

    public record ConfigurationRow(String name, String profiles, String users, String contacts, String events,
            String filter) {
    }

    public record EvidenceSection(String id, String heading, List<ProbeView> probes) {
        public boolean hasProbes() {
            return !probes.isEmpty();
        }
    }

    public record ProbeView(String id, String heading, String outcomeCss, List<Fact> facts, List<StepView> steps,
            List<ProposalView> proposals) {
        public boolean hasSteps() {
            return !steps.isEmpty();
        }

        public boolean hasProposals() {
            return !proposals.isEmpty();
        }
    }

    public record StepView(String name, String outcomeCss, String outcome, String time, List<Fact> evidence,
            String reason, String advice) {
    }

    public record ProposalView(String path, String value, String basis) {
    }

    public record SourcesSection(String id, String heading, List<SourceView> sources) {
    }

    public record SourceView(String url, String citedBy) {
    }
}
