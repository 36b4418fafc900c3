package org.eacplanner.export;

import java.util.Arrays;
import java.util.List;
import org.eacplanner.checklist.ChecklistEntry;

/**
 * The checklist as CSV (RFC 4180): a header row {@code phase,order,id,title,status,owner,due,notes}, one row per
 * item of the checklist in plan order, CRLF line ends, every field that holds a comma, a quote or a line break
 * quoted with quotes doubled; a field that a spreadsheet would run as a formula starts with an apostrophe.
 * UTF-8 without a byte-order mark. Status is the file format's value ({@code TODO}, {@code IN_PROGRESS},
 * {@code DONE}, {@code NOT_APPLICABLE}), the due date ISO ({@code 2026-12-31}), the title in the report's language.
 */
final class CsvExport {

    static final List<String> HEADER = List.of("phase", "order", "side", "suggestedBy", "id", "title", "status", "owner",
            "due", "notes");
    private static final String CRLF = "\r\n";

    private CsvExport() {
    }

    static String write(List<ChecklistEntry> checklist) {
        StringBuilder out = new StringBuilder();
        row(out, HEADER);
        for (ChecklistEntry e : checklist) {
            row(out, Arrays.asList(str(e.phase()), str(e.order()), e.side() == null ? null : e.side().name(),
                    e.suggestedBy() == null ? null : e.suggestedBy().toString(), e.itemId(), e.title(), e.status().name(),
                    e.owner(), e.dueDate() == null ? null : e.dueDate().toString(), e.notes()));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append(CRLF);
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        String clean = ReportTemplate.xmlSafe(value);
        if (startsLikeFormula(clean)) {
            clean = "'" + clean;
        }
        boolean quote = clean.indexOf(',') >= 0 || clean.indexOf('"') >= 0 || clean.indexOf('\n') >= 0
                || clean.indexOf('\r') >= 0;
        return quote ? '"' + clean.replace("\"", "\"\"") + '"' : clean;
    }

    /**
     * Spreadsheets run a cell that starts with {@code =}, {@code +}, {@code @}, a tab or a minus sign before a
     * non-blank as a formula; such a field gets a leading apostrophe (OWASP's advice against CSV injection).
     * A note that starts with "- " (a bullet) is left as it is.
     */
    static boolean startsLikeFormula(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '@' || c == '\t' || c == '\r'
                || (c == '-' && s.length() > 1 && !Character.isWhitespace(s.charAt(1)));
    }

    private static String str(Integer n) {
        return n == null ? null : n.toString();
    }
}
