package org.eacplanner.checklist;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eacplanner.model.Assessment;
import org.eacplanner.rules.Catalog;
import org.eacplanner.rules.CatalogTexts;
import org.eacplanner.rules.Finding;
import org.eacplanner.rules.RuleEngine;

/**
 * The one entry point to evaluation, shared by the GUI, the command line and the exports:
 * (assessment, as-of date, catalog) → {@link Plan}. Pure and thread-safe; the texts only word the result.
 */
public final class Planner {

    private final RuleEngine engine;
    private final ChecklistBuilder checklist;

    public Planner(Catalog catalog, CatalogTexts texts) {
        this.engine = new RuleEngine(catalog, texts);
        this.checklist = new ChecklistBuilder(catalog, texts);
    }

    /** The shipped catalog, worded in {@code locale}. */
    public static Planner forLocale(Locale locale) {
        return new Planner(Catalog.shipped(), new CatalogTexts(locale));
    }

    public Catalog catalog() {
        return engine.catalog();
    }

    public CatalogTexts texts() {
        return engine.texts();
    }

    public Plan evaluate(Assessment assessment, LocalDate asOf) {
        List<Finding> findings = engine.evaluate(assessment, asOf);
        List<List<ChecklistEntry>> items = checklist.build(assessment, findings, asOf);
        Catalog c = engine.catalog();
        return new Plan(asOf, c.version(), c.reviewedOn(), c.source(), findings, items.get(0), items.get(1));
    }
}
