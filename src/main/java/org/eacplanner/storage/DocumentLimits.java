package org.eacplanner.storage;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Counts what a document holds in one streaming pass, before any tree or model is built, so that a file under
 * the size limit cannot cost more memory than its size allows: no list or object may have more than
 * {@link #MAX_ENTRIES} entries, and the whole document no more than {@link #MAX_VALUES} values. A real assessment
 * has a few dozen entries in its longest list and a few thousand values.
 */
final class DocumentLimits {

    /** Entries of one list, or members of one object. */
    static final int MAX_ENTRIES = 10_000;

    /** Values in the whole document (every object, list, text, number, boolean and null counts one). */
    static final int MAX_VALUES = 1_000_000;

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private DocumentLimits() {
    }

    /**
     * Reads {@code parser} to the end of its first value, holding nothing but a count per level. Syntax errors are
     * thrown as the parser throws them; lists and objects over the limit are returned, one problem each (at most
     * {@code maxProblems}, and the number of all); without those, too many values give one problem at the value
     * that passed the limit.
     */
    static Outcome scan(JsonParser parser, int maxProblems) throws IOException {
        long[] counts = new long[AssessmentJson.MAX_NESTING + 2];
        boolean[] inList = new boolean[AssessmentJson.MAX_NESTING + 2];
        int depth = 0;
        long values = 0;
        List<LoadProblem> problems = new ArrayList<>();
        long over = 0;
        LoadProblem tooManyValues = null;
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            if (token == JsonToken.FIELD_NAME) {
                counts[depth]++;
                continue;
            }
            if (token == JsonToken.END_ARRAY || token == JsonToken.END_OBJECT) {
                if (counts[depth] > MAX_ENTRIES) {
                    over++;
                    if (problems.size() < maxProblems) {
                        problems.add(tooMany(parser.getParsingContext(), counts[depth], inList[depth]));
                    }
                }
                if (--depth == 0) {
                    break;
                }
                continue;
            }
            if (++values == MAX_VALUES + 1L) {
                tooManyValues = new LoadProblem(where(parser.currentTokenLocation()), "the file holds more than "
                        + String.format(Locale.ROOT, "%,d", MAX_VALUES) + " values; assessment files hold at most that many");
            }
            if (inList[depth]) {
                counts[depth]++;
            }
            if (token.isStructStart()) {
                depth++;
                inList[depth] = token == JsonToken.START_ARRAY;
                counts[depth] = 0;
            } else if (depth == 0) {
                break;
            }
        }
        // A list or object over the limit says more than the count of values it pushed over theirs.
        return over == 0 && tooManyValues != null ? new Outcome(List.of(tooManyValues), 1) : new Outcome(problems, over);
    }

    /** What the pass found: the problems listed and how many there were in all. */
    record Outcome(List<LoadProblem> problems, long total) {
    }

    private static LoadProblem tooMany(JsonStreamContext closedIn, long entries, boolean list) {
        // After END_ARRAY / END_OBJECT the parser's context is the container's parent, positioned at the container.
        String path = path(closedIn);
        String count = String.format(Locale.ROOT, "%,d", entries);
        String limit = String.format(Locale.ROOT, "%,d", MAX_ENTRIES);
        return new LoadProblem(path, list
                ? "a list of " + count + " entries; assessment files allow at most " + limit + " in one list"
                : "an object of " + count + " members; assessment files allow at most " + limit + " in one object");
    }

    /** The JSON path of the value {@code ctx} is positioned at, e.g. {@code $.org.products}. */
    private static String path(JsonStreamContext ctx) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add("[" + c.getCurrentIndex() + "]");
            } else {
                String name = c.getCurrentName();
                parts.add(name != null && PLAIN_NAME.matcher(name).matches() ? "." + name
                        : "['" + String.valueOf(name).replace("\\", "\\\\").replace("'", "\\'") + "']");
            }
        }
        StringBuilder sb = new StringBuilder("$");
        for (int i = parts.size() - 1; i >= 0; i--) {
            sb.append(parts.get(i));
        }
        return sb.toString();
    }

    private static String where(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 1 ? "line 1, column 1"
                : "line " + loc.getLineNr() + ", column " + Math.max(1, loc.getColumnNr());
    }
}
