package org.eacplanner.cli;

import java.io.PrintWriter;
import org.eacplanner.checklist.ChecklistEntry;
import org.eacplanner.checklist.ChecklistTracks;
import org.eacplanner.checklist.Plan;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.Severity;
import org.eacplanner.rules.CatalogTexts;
import org.eacplanner.rules.Finding;
import org.eacplanner.rules.Side;

/**
 * The evaluation as terminal text: severity as words (never colour alone), then the checklist by phase; control
 * characters escaped ({@link Terminal#safe}).
 */
final class TextReport {

    private static final String INDENT = "             ";

    private final PrintWriter out;
    private final CatalogTexts texts;

    TextReport(PrintWriter out, CatalogTexts texts) {
        this.out = out;
        this.texts = texts;
    }

    void print(String file, Assessment assessment, Plan plan) {
        String title = assessment.title();
        boolean hybrid = ChecklistTracks.of(plan, assessment).hybrid();
        line("== " + (title == null || title.isBlank() ? file : title + "  (" + file + ")"));
        out.printf("As of %s, %s: %d blocker(s), %d warning(s), %d open question(s), %d information%n",
                plan.asOf(), texts.stamp(plan.stamp()), plan.count(Severity.BLOCKER), plan.count(Severity.WARNING),
                plan.count(Severity.GAP), plan.count(Severity.INFO));
        out.println();
        for (Finding f : plan.findings()) {
            line(String.format("%-12s %s  %s", f.severity().name(), f.ruleId(), f.title()));
            if (f.deadlinePhrase() != null) {
                line(INDENT + "Deadline: " + f.deadlinePhrase());
            }
            if (f.accepted()) {
                line(INDENT + "ACCEPTED as a known risk by " + nz(f.acceptance().acceptedBy())
                        + (f.acceptance().expires() == null ? ", no expiry" : " until " + f.acceptance().expires()));
            } else if (f.acceptanceLapsed()) {
                line(INDENT + "ACCEPTANCE LAPSED on " + f.acceptance().expires().plusDays(1));
            }
            line(INDENT + "Why: " + f.detail());
            line(INDENT + "Do:  " + f.advice());
            f.sources().forEach(s -> line(INDENT + "See: " + s));
            out.println();
        }
        line("Checklist");
        int phase = 0;
        for (ChecklistEntry e : plan.checklist()) {
            if (e.phase() != phase) {
                phase = e.phase();
                line("  Phase " + phase + ": " + texts.phase(phase));
            }
            String when = e.dueDate() != null ? "  due " + e.dueDate()
                    : e.suggestedBy() == null ? "" : "  suggested by " + e.suggestedBy() + (Boolean.TRUE.equals(e.urgent()) ? " (now)" : "");
            String side = hybrid && e.side() != Side.BOTH ? "  [" + texts.side(e.side()) + "]" : "";
            line(String.format("    %d. [%s] %s  %s%s%s", e.order(), e.status().name(), e.itemId(), e.title(), side, when));
        }
        if (!plan.notApplicable().isEmpty()) {
            line("  No longer applicable");
            for (ChecklistEntry e : plan.notApplicable()) {
                line(String.format("    - [%s] %s  %s", e.status().name(), e.itemId(), e.title()));
            }
        }
        out.println();
    }

    /** Every line of the report goes out escaped (titles, names and file names come from the file). */
    private void line(String text) {
        Terminal.println(out, text);
    }

    private static String nz(String s) {
        return s == null ? "(unknown)" : s;
    }
}
