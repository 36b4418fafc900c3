package org.eacplanner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eacplanner.compare.ChecklistChange;
import org.eacplanner.compare.Comparison;
import org.eacplanner.compare.FindingChange;
import org.eacplanner.compare.FindingState;
import org.eacplanner.compare.InventoryChange;
import org.eacplanner.rules.Finding;

/**
 * A comparison as terminal text: one line per difference, values as JSON, "+" added, "-" removed, "~" changed;
 * control characters escaped ({@link Terminal#safe}).
 */
final class ComparisonText {

    private final PrintWriter out;

    ComparisonText(PrintWriter out) {
        this.out = out;
    }

    void print(Comparison c) {
        line("Compared as of " + c.asOf() + " with rule catalog " + c.catalogVersion());
        side("old", c.before());
        side("new", c.after());
        out.println();
        if (c.isEmpty()) {
            line("No differences.");
            return;
        }
        var f = c.findings();
        line(String.format("Findings: %d added, %d removed, %d changed", f.added().size(), f.removed().size(),
                f.changed().size()));
        f.added().forEach(x -> finding('+', x));
        f.removed().forEach(x -> finding('-', x));
        f.changed().forEach(this::changed);
        out.println();
        line("Checklist: " + count(c.checklist().size()));
        for (ChecklistChange ch : c.checklist()) {
            line("  " + ch.itemId() + "  " + ch.field() + ": " + json(ch.before()) + " -> " + json(ch.after()));
        }
        out.println();
        line("Inventory: " + count(c.inventory().size()));
        for (InventoryChange ch : c.inventory()) {
            line("  " + ch.path() + ": " + json(ch.before()) + " -> " + json(ch.after()));
        }
    }

    private void side(String which, Comparison.Side s) {
        String title = s.title() == null || s.title().isBlank() ? "(no title)" : s.title();
        line("  " + which + ": " + title + "  (" + s.file() + ", updated "
                + (s.updatedAt() == null ? "unknown" : s.updatedAt()) + ")");
    }

    private void finding(char mark, Finding f) {
        line(String.format("  %c %-8s %s  %s%s", mark, f.severity().name(), f.ruleId(), f.title(),
                f.accepted() ? "  [accepted]" : ""));
    }

    private void changed(FindingChange ch) {
        FindingState a = ch.before();
        FindingState b = ch.after();
        List<String> what = new ArrayList<>();
        if (a.severity() != b.severity()) {
            what.add("severity " + a.severity() + " -> " + b.severity());
        }
        if (!Objects.equals(a.deadline(), b.deadline())) {
            what.add("deadline " + a.deadline() + " -> " + b.deadline());
        }
        if (a.accepted() != b.accepted()) {
            what.add("accepted " + yesNo(a.accepted()) + " -> " + yesNo(b.accepted()));
        }
        line("  ~ " + ch.ruleId() + "  " + String.join(", ", what));
    }

    /** Titles, file names and values come from the files: every line goes out escaped. */
    private void line(String text) {
        Terminal.println(out, text);
    }

    private static String count(int n) {
        return n == 0 ? "no change" : n == 1 ? "1 change" : n + " changes";
    }

    private static String json(JsonNode n) {
        return n == null ? "null" : n.toString();
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }
}
