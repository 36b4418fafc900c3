package org.eacplanner.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.eacplanner.export.EvaluationJson;
import org.eacplanner.rules.Catalog;
import org.eacplanner.rules.CatalogTexts;
import org.eacplanner.rules.ChecklistItemDef;
import org.eacplanner.rules.Rule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "Lists the rule catalog: every rule with its area, condition, severity, dates and sources, "
                + "and the checklist items.")
final class CatalogCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** {@code --format text|json|markdown}. */
    enum Format {
        text,
        json,
        markdown
    }

    @Option(names = "--format", paramLabel = "text|json|markdown", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); markdown writes the "
                    + "catalog page (docs/catalog.md).")
    Format format;

    @Option(names = "--lang", paramLabel = "CODE", defaultValue = "en", description = "Language: en or de.")
    String lang;

    @picocli.CommandLine.Mixin
    CatalogOption catalogOption;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CatalogTexts texts;
        try {
            texts = new CatalogTexts(Inputs.locale(lang));
        } catch (IllegalArgumentException e) {
            Terminal.println(spec.commandLine().getErr(), "error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        CatalogOption.Result loaded = catalogOption.load(spec.commandLine().getErr());
        if (loaded.failed()) {
            return loaded.exitCode();
        }
        Catalog catalog = loaded.catalog();
        if (format == Format.json) {
            out.print(EvaluationJson.write(json(catalog, texts)));
        } else if (format == Format.markdown) {
            out.print(CatalogPage.render(catalog, texts));
        } else {
            out.println("Rule catalog " + catalog.version() + ": " + catalog.rules().size() + " rules, "
                    + catalog.checklist().size() + " checklist items");
            out.println();
            for (Rule r : catalog.rules()) {
                out.println(r.id() + "  [" + r.area() + "]  " + CatalogDescription.severity(r));
                out.println("    " + texts.listingText(r, "title", catalog));
                out.println("    when:     " + r.when());
                String dates = CatalogDescription.deadlines(r);
                if (!dates.isEmpty()) {
                    out.println("    deadline: " + dates);
                }
                r.sources().forEach(s -> out.println("    source:   " + s));
                out.println();
            }
            out.println("Checklist");
            for (ChecklistItemDef i : catalog.checklist()) {
                out.println("  " + i.phase() + " " + texts.phase(i.phase()) + "  " + i.id() + "  " + texts.itemText(i, "title", catalog));
                out.println("      when: " + CatalogDescription.condition(i));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static ObjectNode json(Catalog catalog, CatalogTexts texts) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("catalogVersion", catalog.version());
        root.put("catalogReviewedOn", catalog.reviewedOn() == null ? null : catalog.reviewedOn().toString());
        root.put("catalogSource", catalog.source() == null ? null : catalog.source().name());
        ArrayNode rules = root.putArray("rules");
        for (Rule r : catalog.rules()) {
            ObjectNode n = rules.addObject();
            n.put("ruleId", r.id());
            n.put("area", r.area().name());
            n.put("severity", CatalogDescription.severity(r));
            n.put("when", r.when());
            n.set("deadlines", CatalogDescription.deadlinesJson(r));
            n.put("title", texts.listingText(r, "title", catalog));
            ArrayNode sources = n.putArray("sources");
            r.sources().forEach(sources::add);
        }
        ArrayNode items = root.putArray("checklist");
        for (ChecklistItemDef i : catalog.checklist()) {
            ObjectNode n = items.addObject();
            n.put("itemId", i.id());
            n.put("phase", i.phase());
            n.put("when", CatalogDescription.condition(i));
            n.put("title", texts.itemText(i, "title", catalog));
        }
        return root;
    }
}
