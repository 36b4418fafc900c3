package org.eacplanner.cli;

import java.io.PrintWriter;
import java.util.List;
import org.eacplanner.storage.AssessmentLoadException;
import org.eacplanner.storage.LoadProblem;

/**
 * Text for the terminal: file names, file contents and server answers may hold control characters (an ANSI escape,
 * a newline that forges an output line, a right-to-left override). Every line the commands print in text form goes
 * through {@link #safe}, which shows those characters escaped ({@code \u001b}, {@code \n}, {@code \u202e}) and
 * leaves all other text as it is. JSON output needs none of this: Jackson escapes it.
 */
final class Terminal {

    private Terminal() {
    }

    /** {@code text} with C0 and C1 controls, DEL, line and paragraph separators and bidi controls escaped. */
    static String safe(Object text) {
        String s = String.valueOf(text);
        int i = 0;
        while (i < s.length() && !escaped(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!escaped(c)) {
                sb.append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.toString();
    }

    static boolean escaped(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || c == '\u061c' || c == '\u200e' || c == '\u200f'      // Arabic letter mark, LRM, RLM
                || (c >= '\u2028' && c <= '\u202e')                    // line/paragraph separator, LRE..RLO
                || (c >= '\u2066' && c <= '\u2069');                   // LRI, RLI, FSI, PDI
    }

    /** Prints {@code line} escaped, as one line. */
    static void println(PrintWriter out, String line) {
        out.println(safe(line));
    }

    /**
     * A file that did not load, as {@link AssessmentLoadException#getMessage()} words it (the file, then its one
     * problem or the number of problems and one indented line each), but built from its parts, so that a newline
     * in a file name or a problem cannot start a line of its own. Whatever the message adds after those lines is
     * printed too, line by line.
     */
    static void loadError(PrintWriter err, AssessmentLoadException e) {
        List<LoadProblem> problems = e.problems();
        StringBuilder printed = new StringBuilder(e.file()).append(": ");
        if (problems.size() == 1) {
            printed.append(problems.get(0));
            println(err, printed.toString());
        } else {
            printed.append(problems.size()).append(" problems");
            println(err, printed.toString());
            for (LoadProblem p : problems) {
                println(err, "  " + p);
                printed.append("\n  ").append(p);
            }
        }
        String message = e.getMessage();
        if (message != null && message.startsWith(printed.toString()) && message.length() > printed.length()) {
            message.substring(printed.length()).lines().filter(l -> !l.isEmpty()).forEach(l -> println(err, l));
        }
    }

    /** One line for an error nothing else handled: its kind and message, never a stack trace. */
    static String unexpected(Throwable t) {
        if (t instanceof OutOfMemoryError) {
            return "error: not enough memory (Java heap limit " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB); the command stopped (EAC_PLANNER_OPTS=\"-Xmx2g\" raises the limit)";
        }
        if (t instanceof StackOverflowError) {
            return "error: the input is nested too deeply (stack overflow); the command stopped";
        }
        String message = t.getMessage();
        return safe("error: unexpected " + t.getClass().getSimpleName()
                + (message == null || message.isBlank() ? "" : ": " + message));
    }
}
