package org.eacplanner.ui.help;

import java.util.ArrayList;
import java.util.List;
import org.eacplanner.common.Messages;
import org.eacplanner.ui.form.FieldSpec;
import org.eacplanner.ui.form.Section;
import org.eacplanner.ui.wizard.Step;
import org.eacplanner.ui.wizard.StepForms;

/**
 * The help page of a wizard step in the user's language, made from the same bundle texts the step shows: its intro,
 * each question with its help (where to find the answer), or for the steps without questions their own help
 * entries ({@code help.<step>.<n>.term} and {@code .text}), and the keys that move through the wizard. Shown in the
 * app ({@link HelpWindow}); {@link #html()} gives the same page as a standalone HTML document.
 */
public record HelpPage(String language, String title, String intro, List<Part> parts) {

    public HelpPage {
        parts = List.copyOf(parts);
    }

    /** A heading and its entries. */
    public record Part(String heading, List<Entry> entries) {
        public Part {
            entries = List.copyOf(entries);
        }
    }

    /** A term (a question, a control) and what to know about it. */
    public record Entry(String term, String text) {
    }

    public static HelpPage of(Step step, Messages m) {
        List<Part> parts = new ArrayList<>();
        for (Section section : StepForms.sections(step)) {
            List<Entry> entries = new ArrayList<>();
            for (FieldSpec f : section.fields()) {
                entries.add(new Entry(m.get(f.labelKey()), m.get(f.helpKey())));
            }
            String intro = "section." + section.key() + ".intro";
            if (m.has(intro)) {
                entries.add(0, new Entry("", m.get(intro)));
            }
            parts.add(new Part(m.get("section." + section.key()), entries));
        }
        if (step == Step.LIGHTNING_SYNC) { // the configurations editor is not a form of questions
            parts.add(new Part(m.get("section.configurations"), List.of(new Entry("", m.get("section.configurations.intro")))));
        }
        List<Entry> own = new ArrayList<>();
        for (int n = 1; m.has("help." + step.key() + "." + n + ".term"); n++) {
            own.add(new Entry(m.get("help." + step.key() + "." + n + ".term"), m.get("help." + step.key() + "." + n + ".text")));
        }
        if (!own.isEmpty()) {
            parts.add(new Part(m.get("help.onThisStep"), own));
        }
        List<Entry> keys = new ArrayList<>();
        for (String k : List.of("next", "back", "save", "undo", "help")) {
            keys.add(new Entry(m.get("help.key." + k), m.get("help.key." + k + ".text")));
        }
        parts.add(new Part(m.get("help.keys"), keys));
        return new HelpPage(m.locale().getLanguage(), m.get("help.title", step.number(),
                m.get("step." + step.key() + ".title")), m.get("step." + step.key() + ".intro"), parts);
    }

    /** The page as a standalone HTML document (UTF-8, no scripts, nothing fetched). */
    public String html() {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(esc(language)).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(esc(title)).append("</title>\n")
                .append("<style>body{font-family:sans-serif;max-width:46em;margin:2em auto;line-height:1.45}"
                        + "dt{font-weight:bold;margin-top:.8em}dd{margin-left:0}</style>\n</head>\n<body>\n")
                .append("<h1>").append(esc(title)).append("</h1>\n<p>").append(esc(intro)).append("</p>\n");
        for (Part p : parts) {
            b.append("<h2>").append(esc(p.heading())).append("</h2>\n<dl>\n");
            for (Entry e : p.entries()) {
                if (e.term().isEmpty()) {
                    b.append("<dd>").append(esc(e.text())).append("</dd>\n");
                } else {
                    b.append("<dt>").append(esc(e.term())).append("</dt>\n<dd>").append(esc(e.text())).append("</dd>\n");
                }
            }
            b.append("</dl>\n");
        }
        return b.append("</body>\n</html>\n").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
