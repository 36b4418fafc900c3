package org.eacplanner.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.eacplanner.checklist.Planner;
import org.eacplanner.rules.Catalog;
import org.eacplanner.rules.CatalogTexts;
import picocli.CommandLine.Option;

/** The options of the commands that evaluate assessments ({@code evaluate}, {@code compare}): a picocli mixin. */
final class EvaluationOptions {

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Evaluation date (default: today).")
    LocalDate asOf;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--lang", paramLabel = "CODE", defaultValue = "en",
            description = "Language of the texts: en or de (default: ${DEFAULT-VALUE}).")
    String lang;

    /** The evaluation date: {@code --as-of}, or today. */
    LocalDate date() {
        return asOf != null ? asOf : LocalDate.now();
    }

    boolean json() {
        return format == OutputFormat.json;
    }

    /** The planner of {@code catalog} worded in {@code --lang}; null, after saying why on {@code err}, for a language we lack. */
    Planner planner(PrintWriter err, Catalog catalog) {
        try {
            return new Planner(catalog, new CatalogTexts(Inputs.locale(lang)));
        } catch (IllegalArgumentException e) {
            Terminal.println(err, "error: " + e.getMessage());
            return null;
        }
    }
}
