package org.eacplanner.export;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.util.HtmlEscaper;
import java.io.StringWriter;
import java.io.Writer;

/**
 * The one report template ({@code export/report.mustache} and its partials), compiled once. Every value is
 * HTML-escaped (there is no unescaped {@code {{{…}}}} in the templates), after dropping the characters that
 * XML cannot carry, so the output is both HTML5 and well-formed XHTML for the PDF renderer.
 */
final class ReportTemplate {

    private static final Mustache TEMPLATE = new EscapingFactory().compile("report.mustache");

    private ReportTemplate() {
    }

    static String render(ReportModel model) {
        StringWriter out = new StringWriter(64 * 1024);
        TEMPLATE.execute(out, model);
        return out.toString();
    }

    /** Characters allowed in XML 1.0 documents; the rest (most C0 controls, U+FFFE/FFFF, lone surrogates) are dropped. */
    static String xmlSafe(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd)
                    || (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
                    || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
            if (!ok && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            } else if (ok && out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    private static final class EscapingFactory extends DefaultMustacheFactory {
        EscapingFactory() {
            super("org/eacplanner/export");
        }

        @Override
        public void encode(String value, Writer writer) {
            HtmlEscaper.escape(xmlSafe(value), writer);
        }
    }
}
