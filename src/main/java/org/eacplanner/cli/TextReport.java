package org.eacplanner.cli;

import java.io.PrintWriter;
import org.eacplanner.checklist.ChecklistEntry;
import org.eacplanner.checklist.Plan;
import org.eacplanner.model.Severity;
import org.eacplanner.rules.CatalogTexts;
import org.eacplanner.rules.Finding;

/** The evaluation as terminal text: severity as words (never colour alone), then the checklist by phase. */
final class TextReport {

    private static final String INDENT = "             ";

    private final PrintWriter out;
    private final CatalogTexts texts;

    TextReport(PrintWriter out, CatalogTexts texts) {
        this.out = out;
        this.texts = texts;
    }

    void print(String file, String title, Plan plan) {
        out.println("== " + (title == null || title.isBlank() ? file : title + "  (" + file + ")"));
        out.printf("As of %s, catalog %s: %d blocker(s), %d warning(s), %d open question(s), %d information%n",
                plan.asOf(), plan.catalogVersion(), plan.count(Severity.BLOCKER), plan.count(Severity.WARNING),
                plan.count(Severity.GAP), plan.count(Severity.INFO));
        out.println();
        for (Finding f : plan.findings()) {
            out.printf("%-12s %s  %s%n", f.severity().name(), f.ruleId(), f.title());
            if (f.deadline() != null) {
                long d = f.daysLeft();
                out.println(INDENT + (d > 0 ? "Deadline " + f.deadline() + " (" + d + " days left)"
                        : d == 0 ? "Deadline " + f.deadline() + " (today)"
                        : "Since " + f.deadline() + " (" + (-d) + " days ago)"));
            }
            if (f.accepted()) {
                out.println(INDENT + "ACCEPTED as a known risk by " + nz(f.acceptance().acceptedBy())
                        + (f.acceptance().expires() == null ? ", no expiry" : " until " + f.acceptance().expires()));
            } else if (f.acceptanceLapsed()) {
                out.println(INDENT + "ACCEPTANCE LAPSED on " + f.acceptance().expires().plusDays(1));
            }
            out.println(INDENT + "Why: " + f.detail());
            out.println(INDENT + "Do:  " + f.advice());
            f.sources().forEach(s -> out.println(INDENT + "See: " + s));
            out.println();
        }
        out.println("Checklist");
        int phase = 0;
        for (ChecklistEntry e : plan.checklist()) {
            if (e.phase() != phase) {
                phase = e.phase();
                out.println("  Phase " + phase + ": " + texts.phase(phase));
            }
            out.printf("    %d. [%s] %s  %s%n", e.order(), e.status().name(), e.itemId(), e.title());
        }
        if (!plan.notApplicable().isEmpty()) {
            out.println("  No longer applicable");
            for (ChecklistEntry e : plan.notApplicable()) {
                out.printf("    - [%s] %s  %s%n", e.status().name(), e.itemId(), e.title());
            }
        }
        out.println();
    }

    private static String nz(String s) {
        return s == null ? "(unknown)" : s;
    }
}
