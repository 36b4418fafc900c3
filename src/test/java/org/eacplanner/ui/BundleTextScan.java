package org.eacplanner.ui;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;

/**
 * Scans a scene graph for visible text that does not come from the English resource bundles. Each text, split at
 * the separators the views join texts with, must match a bundle pattern, or be
 * an ID, a number or a link. What the user typed (text fields, table cells) is data, not scanned, and so is what a
 * server answered or a live check reported (nodes marked with {@link org.eacplanner.ui.common.DataText}). A text
 * with an unfilled {@code {n}} placeholder is always reported.
 */
final class BundleTextScan {

    private static final Pattern SEPARATORS = Pattern.compile(": |\\n| \\u00b7 |, ");
    private static final Pattern DATA = Pattern.compile("^([A-Z][A-Z0-9]*(-[A-Z0-9]+)+|\\d+\\.?|https://\\S+|\\s*|[\\d/.]+"
            + "|(January|February|March|April|May|June|July|August|September|October|November|December)( \\d{1,2})?( \\d{4})?)$");

    private final List<Pattern> patterns = new ArrayList<>();
    /** The shipped catalog's English rule and item texts, each found anywhere within a line. */
    private final List<Pattern> catalogTexts = new ArrayList<>();
    private final List<String> offenders = new ArrayList<>();

    /** A scan against the app's English UI and catalog bundles. */
    static BundleTextScan english() throws IOException {
        BundleTextScan scan = new BundleTextScan();
        for (String bundle : new String[] {"messages", "catalog"}) {
            Properties p = new Properties();
            try (var in = BundleTextScan.class.getResourceAsStream("/org/eacplanner/i18n/" + bundle + ".properties")) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            p.values().forEach(v -> scan.patterns.add(toRegex((String) v)));
        }
        List<String> texts = new ArrayList<>();
        org.eacplanner.rules.Catalog catalog = org.eacplanner.rules.Catalog.shipped();
        for (var r : catalog.rules()) {
            addTexts(texts, r.texts());
        }
        for (var i : catalog.checklist()) {
            addTexts(texts, i.texts());
        }
        texts.sort(java.util.Comparator.comparingInt(String::length).reversed());
        texts.forEach(t -> scan.catalogTexts.add(Pattern.compile(catalogRegex(t))));
        return scan;
    }

    private static void addTexts(List<String> out, org.eacplanner.rules.CatalogTextSet set) {
        out.addAll(set.texts().getOrDefault("en", java.util.Map.of()).values());
        set.variants().forEach(v -> out.addAll(v.texts().getOrDefault("en", java.util.Map.of()).values()));
    }

    /** A catalog text (plain, with {placeholders}) as a regex within one line. */
    static String catalogRegex(String text) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            int close = open < 0 ? -1 : text.indexOf('}', open);
            if (close < 0) {
                regex.append(Pattern.quote(text.substring(i)));
                break;
            }
            regex.append(Pattern.quote(text.substring(i, open)));
            regex.append(close == text.length() - 1 ? "[^\\n]*" : "[^\\n]*?");
            i = close + 1;
        }
        return regex.toString();
    }

    /** What was found so far, each with where it was. */
    List<String> offenders() {
        return offenders;
    }

    /**
     * Scans the visible nodes under {@code root} on the FX thread (lists and tables change their cells there);
     * {@code where} names the place in the offenders' list.
     */
    void scan(Parent root, String where) {
        if (javafx.application.Platform.isFxApplicationThread()) {
            scan(root, where, offenders);
            return;
        }
        try {
            org.testfx.util.WaitForAsyncUtils.asyncFx(() -> scan(root, where, offenders)).get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("scan of " + where + " failed", e);
        }
    }

    private void scan(Parent root, String where, List<String> offenders) {
        for (Node n : root.lookupAll("*")) {
            if (n.isVisible() && n instanceof Labeled l && l.getText() != null && l.getText().matches("(?s).*\\{\\d.*")) {
                offenders.add(where + " " + n + ": a placeholder was not filled in: " + l.getText());
            }
            if (!n.isVisible() || isData(n)) {
                continue;
            }
            if (n instanceof Labeled l) {
                check(l.getText(), where + " " + n, offenders);
            }
            if (n instanceof TextInputControl t) {
                check(t.getPromptText(), where + " prompt of " + n.getId(), offenders);
            }
            if (n instanceof TableView<?> t) {
                t.getColumns().forEach(c -> check(c.getText(), where + " column " + c.getId(), offenders));
            }
            if (n instanceof MenuBar bar) {
                for (Menu m : bar.getMenus()) {
                    check(m.getText(), where + " menu", offenders);
                    for (MenuItem i : m.getItems()) {
                        check(i.getText(), where + " menu item " + i.getId(), offenders);
                    }
                }
            }
        }
    }

    private static boolean isData(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof TableCell<?, ?> || p instanceof TextInputControl || org.eacplanner.ui.common.DataText.isData(p)) {
                return true;
            }
        }
        return false;
    }

    private void check(String text, String where, List<String> offenders) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (matches(text)) {
            return;
        }
        String rest = text;
        for (Pattern p : catalogTexts) {
            rest = p.matcher(rest).replaceAll("");
        }
        for (String line : rest.split("\n")) {
            if (line.isBlank() || matches(line.trim())) {
                continue;
            }
            for (String part : SEPARATORS.split(line)) {
                if (!matches(part.trim()) && !DATA.matcher(part.trim()).matches()) {
                    offenders.add("'" + part + "' in '" + text + "' (" + where + ")");
                    return;
                }
            }
        }
    }

    private boolean matches(String text) {
        return patterns.stream().anyMatch(p -> p.matcher(text).matches());
    }

    /**
     * A MessageFormat pattern as a regex: literal text quoted, an argument a wildcard, a choice argument the
     * alternation of its choices (each converted the same way), so "{0,choice,0#No blockers|1<{0} blockers}"
     * matches only those texts.
     */
    static Pattern toRegex(String pattern) {
        return Pattern.compile(regexOf(pattern), Pattern.DOTALL);
    }

    private static String regexOf(String pattern) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\'' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                literal.append('\'');
                i += 2;
            } else if (c == '{') {
                int end = matching(pattern, i);
                regex.append(Pattern.quote(literal.toString())).append(argument(pattern.substring(i + 1, end)));
                literal.setLength(0);
                i = end + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        return regex.append(Pattern.quote(literal.toString())).toString();
    }

    private static String argument(String inside) {
        int choice = inside.indexOf(",choice,");
        if (choice < 0) {
            return ".*?";
        }
        List<String> alternatives = new ArrayList<>();
        String body = inside.substring(choice + 8);
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= body.length(); i++) {
            if (i == body.length() || body.charAt(i) == '|' && depth == 0) {
                String alt = body.substring(start, i);
                int sep = alt.replaceAll("[#<\u2264].*", "").length();
                alternatives.add(regexOf(alt.substring(Math.min(sep + 1, alt.length()))));
                start = i + 1;
            } else if (body.charAt(i) == '{') {
                depth++;
            } else if (body.charAt(i) == '}') {
                depth--;
            }
        }
        return "(?:" + String.join("|", alternatives) + ")";
    }

    private static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '{') {
                depth++;
            } else if (s.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return s.length() - 1;
    }
}
