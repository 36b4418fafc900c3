package org.eacplanner.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eacplanner.model.Assessment;
import org.eacplanner.storage.AssessmentJson;
import org.eacplanner.storage.Scenarios;
import org.eacplanner.testing.Inventories;

/** Assessments and helpers shared by the export tests. */
final class ExportFixtures {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    static final String HOSTILE = "<script>alert(1)</script> \"quotes\" &amp; 日本語 Ελληνικά";

    private ExportFixtures() {
    }

    static ObjectNode tree(Path scenario) {
        try {
            return (ObjectNode) AssessmentJson.mapper().readTree(Files.readAllBytes(scenario));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Assessment scenario(Path file) {
        return Inventories.load(tree(file)).assessment();
    }

    static Path scenarioFile(String name) {
        return Scenarios.folder().resolve(name + ".eacplan.json");
    }

    /**
     * The Exchange Online scenario with hostile and non-Latin text in the org and client names, the notes, and
     * a checklist owner and notes, plus an accepted risk.
     */
    static Assessment hostile() {
        ObjectNode root = tree(scenarioFile("exo-service-account"));
        ((ObjectNode) root.get("org")).put("name", "Org " + HOSTILE);
        ((ObjectNode) root.get("client")).put("name", "Client " + HOSTILE);
        root.put("notes", "Notes " + HOSTILE + "\nSecond line, with a comma.");
        ArrayNode checklist = root.putArray("checklist");
        checklist.addObject().put("itemId", "CL-CONFIRM-INVENTORY").put("status", "IN_PROGRESS")
                .put("owner", "Owner, " + HOSTILE).put("dueDate", "2026-12-15")
                .put("notes", "Item notes " + HOSTILE + "\nwith \"a quote\", a comma and a second line");
        root.putArray("acceptedRisks").addObject().put("ruleId", "LS-SVC-ACCOUNT-EXO")
                .put("rationale", "Rationale " + HOSTILE).put("acceptedBy", "Mia Tanaka")
                .put("acceptedOn", "2026-11-01").put("expires", (String) null);
        return Inventories.load(root).assessment();
    }

    static ExportOptions options() {
        return ExportOptions.defaults(Locale.ENGLISH).withConsultant("Jordan Lee", "Northwind Consulting");
    }

    static byte[] export(Assessment a, ExportFormat format, ExportOptions options) {
        try {
            return new Exporter().export(a, AS_OF, format, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF's text, lines in reading order (page labels, where counters are drawn after the words). */
    static String pdfText(byte[] pdf) {
        return pdfText(pdf, true);
    }

    /** The PDF's text; unsorted keeps each table cell's lines together, in the order they were drawn. */
    static String pdfText(byte[] pdf, boolean sortByPosition) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(sortByPosition);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
