package org.eacplanner.probe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eacplanner.common.Messages;

/**
 * Bounds what a server can put into a result: a step's name, reason and advice, a proposal's basis and every
 * evidence string keep at most {@link #MAX_CHARS} characters, followed by "… (cut at 1,000 characters)"; an
 * evidence list keeps at most {@link #MAX_ITEMS} entries, followed by "… and N more".
 */
final class TextCap {

    static final int MAX_CHARS = 1000;
    static final int MAX_ITEMS = 50;

    private TextCap() {
    }

    /** {@code text} as it is when short enough, else its first {@link #MAX_CHARS} characters and the note. */
    static String cut(String text, Messages texts) {
        if (text == null || text.length() <= MAX_CHARS) {
            return text;
        }
        int end = MAX_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never split a character in two
        }
        return texts.get("probe.text.cut", text.substring(0, end), MAX_CHARS);
    }

    /** Evidence with every string cut and every list shortened, recursively; the note in English (evidence is data). */
    static Object evidence(Object value) {
        if (value instanceof String s) {
            return cut(s, ProbeText.english());
        }
        if (value instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k instanceof String s ? cut(s, ProbeText.english()) : k, evidence(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < l.size() && i < MAX_ITEMS; i++) {
                out.add(evidence(l.get(i)));
            }
            if (l.size() > MAX_ITEMS) {
                out.add(ProbeText.english().get("probe.text.more", l.size() - MAX_ITEMS));
            }
            return out;
        }
        return value;
    }
}
