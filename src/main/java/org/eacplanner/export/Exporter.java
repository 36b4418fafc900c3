package org.eacplanner.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eacplanner.checklist.Plan;
import org.eacplanner.checklist.Planner;
import org.eacplanner.model.Assessment;
import org.eacplanner.rules.Catalog;
import org.eacplanner.rules.CatalogTexts;

/**
 * Exports an assessment, evaluated as of a date, as HTML, PDF, CSV (the checklist) or JSON (the evaluation
 * result): the one entry point for the GUI's Export step and the {@code export} command. With
 * {@link ExportOptions#redact()} every format is redacted (see {@link Redactor}). Pure apart from the output;
 * thread-safe; slow enough (a PDF takes up to a second or two) that a GUI must call it off the FX thread.
 */
public final class Exporter {

    private final Catalog catalog;
    private final Map<Locale, Planner> planners = new ConcurrentHashMap<>();

    /** An exporter using the shipped rule catalog. */
    public Exporter() {
        this(Catalog.shipped());
    }

    public Exporter(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Writes the export to {@code out} (which stays open). */
    public void export(Assessment assessment, LocalDate asOf, ExportFormat format, ExportOptions options,
            OutputStream out) throws IOException {
        PreparedExport p = prepare(assessment, asOf, options);
        ReportText texts = new ReportText(planner(options.locale()).texts(), options.locale());
        switch (format) {
            case HTML -> out.write(HtmlReport.render(p, texts).getBytes(StandardCharsets.UTF_8));
            case PDF -> PdfReport.render(p, texts, out);
            case CSV -> out.write(CsvExport.write(p.plan().checklist()).getBytes(StandardCharsets.UTF_8));
            case JSON -> out.write(JsonExport.write(p.plan(), p.redacted()).getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
    }

    /** The export as bytes. */
    public byte[] export(Assessment assessment, LocalDate asOf, ExportFormat format, ExportOptions options)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        export(assessment, asOf, format, options, out);
        return out.toByteArray();
    }

    /**
     * Writes the export to {@code target} atomically: rendered in memory first, then written into a temporary
     * file beside the target and renamed, so a failed export never leaves half a file behind nor destroys an
     * earlier one, and the temporary file exists only for the write (not for a PDF's seconds of layout, during
     * which the process may be stopped).
     */
    public void exportTo(Assessment assessment, LocalDate asOf, ExportFormat format, ExportOptions options, Path target)
            throws IOException {
        byte[] bytes = export(assessment, asOf, format, options);
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                out.write(bytes);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The evaluation the export shows: of the redacted assessment when redaction is on. */
    public Plan plan(Assessment assessment, LocalDate asOf, ExportOptions options) {
        return prepare(assessment, asOf, options).plan();
    }

    PreparedExport prepare(Assessment assessment, LocalDate asOf, ExportOptions options) {
        Assessment shown = assessment;
        String client = options.client() != null ? options.client() : assessment.client().name();
        if (options.redact()) {
            AssessmentRedactor redactor = AssessmentRedactor.of(assessment, options);
            shown = redactor.redact(assessment);
            client = redactor.redactor().text(client);
        }
        return new PreparedExport(shown, planner(options.locale()).evaluate(shown, asOf), client, options, catalog);
    }

    private Planner planner(Locale locale) {
        return planners.computeIfAbsent(locale, l -> new Planner(catalog, new CatalogTexts(l)));
    }
}
