package org.eacplanner.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eacplanner.rules.Catalog;
import org.eacplanner.rules.CatalogTexts;
import org.eacplanner.rules.ChecklistItemDef;
import org.eacplanner.rules.Rule;

/**
 * The catalog as a Markdown page ({@code catalog --format markdown}, kept as {@code docs/catalog.md}): every rule
 * with its severity, condition, deadline phrase without status ({@code <when> · <evidence>}, so the page does not
 * change from day to day) and source links, then every checklist item. Texts in the chosen language.
 */
final class CatalogPage {

    private final Catalog catalog;
    private final CatalogTexts texts;
    private final StringBuilder out = new StringBuilder();

    private CatalogPage(Catalog catalog, CatalogTexts texts) {
        this.catalog = catalog;
        this.texts = texts;
    }

    static String render(Catalog catalog, CatalogTexts texts) {
        return new CatalogPage(catalog, texts).page();
    }

    private String page() {
        line("# Rule catalog " + catalog.version());
        line();
        line(texts.stamp(catalog.stamp()) + ". " + catalog.rules().size() + " rules, " + catalog.checklist().size()
                + " checklist items. Written by `eac-planner catalog --format markdown`; edit the catalog"
                + " (`src/main/resources/org/eacplanner/rules/catalog.json`), not this page.");
        line();
        line("Conditions are written in the catalog's notation. Shorthands: `o365` = some or all mailboxes in Exchange"
                + " Online; `onprem` = some or all on Exchange Server; `gov` = Government Cloud (Plus); `ls` ="
                + " Lightning Sync in use; `svc` = Lightning Sync with a service account; `eacEws` = EAC reaches"
                + " Office 365 through EWS (not Government Cloud); `standardOnly` = EAC Standard without a licence"
                + " that gives longer retention. An unknown answer makes a comparison false.");
        line();
        line("## Rules");
        for (Rule r : catalog.rules()) {
            line();
            line("### " + r.id() + ": " + md(texts.listingText(r, "title", catalog)));
            line();
            line("- Severity: " + CatalogDescription.severity(r));
            line("- Area: " + texts.area(r.area()) + " · side: " + texts.side(r.side()));
            line("- Condition: `" + r.when() + "`");
            if (r.hasDeadline()) {
                line("- Deadline: " + md(texts.catalogDeadlinePhrase(r)));
            }
            if (!r.texts().variants().isEmpty()) {
                line("- Text variants (the first that holds): " + String.join("; ", r.texts().variants().stream()
                        .map(v -> v.name()).toList()));
            }
            List<String> links = links(r);
            line("- Sources: " + (links.isEmpty() ? "none (the catalog's own review date)" : String.join(", ", links)));
            line();
            line(md(texts.listingText(r, "detail", catalog)));
            line();
            line("What to do: " + md(texts.listingText(r, "advice", catalog)));
        }
        line();
        line("## Checklist");
        line();
        line("| Phase | Item | Side | Applies when | Title |");
        line("|---|---|---|---|---|");
        for (ChecklistItemDef i : catalog.checklist()) {
            line("| " + i.phase() + " " + texts.phase(i.phase()) + " | `" + i.id() + "` | " + texts.side(i.side())
                    + " | " + cell(CatalogDescription.condition(i)) + " | " + cell(texts.itemText(i, "title", catalog))
                    + " |");
        }
        return out.toString();
    }

    /** The rule's sources as Markdown links named by their catalog keys, in catalog order. */
    private List<String> links(Rule r) {
        Map<String, String> keyOf = new LinkedHashMap<>();
        catalog.sources().forEach((key, urls) -> urls.forEach(u -> keyOf.putIfAbsent(u, key)));
        List<String> links = new ArrayList<>();
        for (String url : r.sources()) {
            links.add("[" + keyOf.getOrDefault(url, url) + "](" + url + ")");
        }
        return links;
    }

    private static String md(String text) {
        return text.replace("<", "&lt;").replace(">", "&gt;").replace("*", "\\*").replace("_", "\\_");
    }

    private static String cell(String text) {
        return md(text).replace("|", "\\|");
    }

    private void line(String s) {
        out.append(s).append('\n');
    }

    private void line() {
        out.append('\n');
    }
}
