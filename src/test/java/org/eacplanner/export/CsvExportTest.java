package org.eacplanner.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eacplanner.export.ExportFixtures.AS_OF;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eacplanner.checklist.ChecklistEntry;
import org.eacplanner.checklist.Plan;
import org.eacplanner.checklist.Planner;
import org.eacplanner.model.Assessment;
import org.eacplanner.storage.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The checklist CSV parsed back (RFC 4180) gives the plan's rows. */
class CsvExportTest {

    static List<Path> scenarios() {
        return Scenarios.files();
    }

    private static List<List<String>> expectedRows(Plan plan) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("phase", "order", "side", "suggestedBy", "id", "title", "status", "owner", "due", "notes"));
        for (ChecklistEntry e : plan.checklist()) {
            rows.add(List.of(String.valueOf(e.phase()), String.valueOf(e.order()), e.side().name(),
                    e.suggestedBy() == null ? "" : e.suggestedBy().toString(), e.itemId(), e.title(),
                    e.status().name(), e.owner() == null ? "" : e.owner(),
                    e.dueDate() == null ? "" : e.dueDate().toString(), e.notes() == null ? "" : e.notes()));
        }
        return rows;
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void parsesBackToTheChecklistRows(Path file) {
        Assessment a = ExportFixtures.scenario(file);
        String csv = new String(ExportFixtures.export(a, ExportFormat.CSV, ExportFixtures.options()), StandardCharsets.UTF_8);
        assertThat(Rfc4180.parse(csv)).isEqualTo(expectedRows(Planner.forLocale(Locale.ENGLISH).evaluate(a, AS_OF)));
    }

    @Test
    void ownerAndNotesWithCommasQuotesLineBreaksAndNonLatinTextAreQuoted() {
        Assessment a = ExportFixtures.hostile();
        byte[] bytes = ExportFixtures.export(a, ExportFormat.CSV, ExportFixtures.options());
        assertThat(bytes[0]).as("no byte-order mark").isEqualTo((byte) 'p');
        String csv = new String(bytes, StandardCharsets.UTF_8);
        List<List<String>> rows = Rfc4180.parse(csv);
        assertThat(rows).isEqualTo(expectedRows(Planner.forLocale(Locale.ENGLISH).evaluate(a, AS_OF)));
        List<String> first = rows.get(1);
        assertThat(first.get(7)).isEqualTo("Owner, " + ExportFixtures.HOSTILE);
        assertThat(first.get(8)).isEqualTo("2026-12-15");
        assertThat(first.get(9)).contains("日本語", "Ελληνικά", "\"a quote\"", "\n");
        assertThat(csv).contains("\"Owner, <script>alert(1)</script> \"\"quotes\"\" &amp; 日本語 Ελληνικά\"");
        assertThat(csv).startsWith("phase,order,side,suggestedBy,id,title,status,owner,due,notes\r\n1,1,BOTH,");
        assertThat(first.get(4)).isEqualTo("CL-CONFIRM-INVENTORY");
        assertThat(csv).contains(",IN_PROGRESS,");
    }

    @Test
    void fieldsASpreadsheetWouldRunAsFormulasAreDefused() {
        assertThat(CsvExport.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvExport.field("+1")).isEqualTo("'+1");
        assertThat(CsvExport.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.field("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvExport.field("- a bullet")).isEqualTo("- a bullet");
        assertThat(CsvExport.field("plain")).isEqualTo("plain");
        assertThat(CsvExport.field(null)).isEmpty();
    }
}
