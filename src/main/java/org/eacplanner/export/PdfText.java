package org.eacplanner.export;

/**
 * Bounds the text of the PDF's XHTML, whose layout time grows faster than the length of an unbroken word: a text
 * longer than {@link #MAX_TEXT} characters is cut with a note, and a word longer than {@link #LONG_WORD}
 * characters gets a zero-width space (a line-break opportunity) after every {@link #BREAK_EVERY} characters.
 * Only the text between tags changes (not attributes such as the logo's data URI, nor the style sheet); the
 * HTML, CSV and JSON exports keep the full text.
 */
final class PdfText {

    /** Characters of one text (a value with the template's words around it) that the PDF shows. */
    static final int MAX_TEXT = 50_000;
    static final int LONG_WORD = 200;
    static final int BREAK_EVERY = 100;

    private static final char ZERO_WIDTH_SPACE = '\u200b';

    private PdfText() {
    }

    /**
     * {@code xhtml} (as {@link ReportTemplate} writes it: values escaped, no comments) with its long texts cut and
     * its long words broken; {@code cutNote} (plain text, escaped here) follows a cut text.
     */
    static String bounded(String xhtml, String cutNote) {
        StringBuilder out = null;
        int i = 0;
        int copied = 0;
        int n = xhtml.length();
        while (i < n) {
            int tagEnd = tagEnd(xhtml, i);
            if (tagEnd > i) {
                i = tagEnd;
                continue;
            }
            int end = xhtml.indexOf('<', i);
            end = end < 0 ? n : end;
            if (needsWork(xhtml, i, end)) {
                out = out == null ? new StringBuilder(n + 1024) : out;
                out.append(xhtml, copied, i);
                text(xhtml, i, end, cutNote, out);
                copied = end;
            }
            i = end;
        }
        return out == null ? xhtml : out.append(xhtml, copied, n).toString();
    }

    /** Where the tag starting at {@code i} ends ({@code i} when none starts there); a style element counts whole. */
    private static int tagEnd(String s, int i) {
        if (s.charAt(i) != '<') {
            return i;
        }
        if (s.startsWith("<style", i)) {
            int close = s.indexOf("</style>", i);
            return close < 0 ? s.length() : close + "</style>".length();
        }
        int close = s.indexOf('>', i);
        return close < 0 ? s.length() : close + 1;
    }

    private static boolean needsWork(String s, int from, int to) {
        if (to - from > MAX_TEXT) {
            return true;
        }
        int word = 0;
        for (int i = from; i < to; i++) {
            word = Character.isWhitespace(s.charAt(i)) ? 0 : word + 1;
            if (word > LONG_WORD) {
                return true;
            }
        }
        return false;
    }

    /** Appends the text {@code s[from, to)} bounded; an entity ({@code &amp;}, {@code &#10;}) counts as one character. */
    private static void text(String s, int from, int to, String cutNote, StringBuilder out) {
        int chars = 0;
        int i = from;
        while (i < to && chars < MAX_TEXT) {
            int unit = unitEnd(s, i, to);
            if (isSpace(s, i, unit)) {
                out.append(s, i, unit);
                chars++;
                i = unit;
                continue;
            }
            int wordEnd = unit;
            int length = 1;
            while (wordEnd < to && length <= LONG_WORD) {
                int next = unitEnd(s, wordEnd, to);
                if (isSpace(s, wordEnd, next)) {
                    break;
                }
                wordEnd = next;
                length++;
            }
            boolean breakUp = length > LONG_WORD;
            int inWord = 0;
            while (i < to && chars < MAX_TEXT) {
                unit = unitEnd(s, i, to);
                if (isSpace(s, i, unit)) {
                    break;
                }
                if (breakUp && inWord > 0 && inWord % BREAK_EVERY == 0 && !joins(s, i)) {
                    out.append(ZERO_WIDTH_SPACE);
                }
                out.append(s, i, unit);
                chars++;
                inWord++;
                i = unit;
            }
        }
        if (i < to) {
            out.append(" \u2026 ");
            out.append(ReportTemplate.xmlSafe(cutNote).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
        }
    }

    /** The end of the character (a surrogate pair counts as one) or entity starting at {@code i}. */
    private static int unitEnd(String s, int i, int to) {
        char c = s.charAt(i);
        if (c == '&') {
            int semi = s.indexOf(';', i);
            if (semi > i && semi < to && semi - i <= 10) {
                return semi + 1;
            }
        }
        if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
            return i + 2;
        }
        return i + 1;
    }

    private static boolean isSpace(String s, int from, int to) {
        if (to - from == 1) {
            return Character.isWhitespace(s.charAt(from));
        }
        if (s.charAt(from) == '&' && s.charAt(from + 1) == '#') {
            try {
                int cp = s.charAt(from + 2) == 'x' || s.charAt(from + 2) == 'X'
                        ? Integer.parseInt(s.substring(from + 3, to - 1), 16)
                        : Integer.parseInt(s.substring(from + 2, to - 1));
                return Character.isWhitespace(cp);
            } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                return false;
            }
        }
        return false;
    }

    /** Whether the character at {@code i} attaches to the one before it (a combining mark, a joiner). */
    private static boolean joins(String s, int i) {
        int type = Character.getType(s.codePointAt(i));
        char c = s.charAt(i);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || c == '\u200d' || c >= '\ufe00' && c <= '\ufe0f';
    }
}
