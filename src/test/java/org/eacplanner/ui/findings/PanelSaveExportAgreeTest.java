package org.eacplanner.ui.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.eacplanner.checklist.Planner;
import org.eacplanner.export.ExportFormat;
import org.eacplanner.export.ExportOptions;
import org.eacplanner.export.Exporter;
import org.eacplanner.model.Assessment;
import org.eacplanner.rules.Finding;
import org.eacplanner.storage.AssessmentFile;
import org.eacplanner.storage.AssessmentJson;
import org.eacplanner.storage.AssessmentStore;
import org.eacplanner.storage.Scenarios;
import org.eacplanner.ui.document.AssessmentDocument;
import org.eacplanner.ui.form.FieldKind;
import org.eacplanner.ui.form.FieldSpec;
import org.eacplanner.ui.form.FieldViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the findings panel shows, what Save writes and what an export of the saved file says agree when an answer
 * fails a cross-field check of the format, through the app's own view models and the real store (no window).
 */
class PanelSaveExportAgreeTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 7);
    private final Planner planner = Planner.forLocale(Locale.ENGLISH);

    @TempDir
    Path dir;

    private static Assessment scenario(String name) throws Exception {
        return AssessmentJson.mapper().readValue(Scenarios.folder().resolve(name + ".eacplan.json").toFile(),
                Assessment.class);
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).toList();
    }

    private List<String> exportedIds(Assessment a) throws Exception {
        JsonNode json = AssessmentJson.mapper().readTree(new Exporter(planner.catalog()).export(a, AS_OF,
                ExportFormat.JSON, ExportOptions.defaults(Locale.ENGLISH)));
        return json.get("findings").findValuesAsText("ruleId");
    }

    /** The panel's findings after typing, the saved file read back, and the findings of that file's export. */
    private record Outcome(List<String> panel, Assessment saved, List<String> savedExport) {
    }

    private Outcome typeAndSave(Assessment start, String[][] answers, String name) throws Exception {
        AssessmentDocument document = new AssessmentDocument(start);
        EvaluationViewModel panel = new EvaluationViewModel(document, planner,
                Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        panel.asOfProperty().set(AS_OF);
        for (String[] a : answers) {
            FieldViewModel field = new FieldViewModel(FieldSpec.of(a[0], FieldKind.valueOf(a[1])), document);
            field.textProperty().set(a[2]);
        }
        AssessmentStore store = new AssessmentStore(planner);
        AssessmentFile file = store.saveAs(null, document.assessment(), dir.resolve(name + ".eacplan.json"), AS_OF);
        Assessment saved = store.open(file.path()).saved();
        return new Outcome(ids(panel.plan().findings()), saved, exportedIds(saved));
    }

    @Test
    void moreUsersWithErrorsThanSyncingIsNoFindingAnywhereAndKeptAsADraft() throws Exception {
        Outcome o = typeAndSave(scenario("exo-service-account"), new String[][] {
            {"lightningSync.usersSyncing", "WHOLE_NUMBER", "10"},
            {"lightningSync.usersWithErrors", "WHOLE_NUMBER", "50"}}, "inconsistent");
        assertThat(o.panel()).doesNotContain("LS-SYNC-ERRORS");
        assertThat(o.savedExport()).containsExactlyInAnyOrderElementsOf(o.panel());
        assertThat(o.saved().lightningSync().usersWithErrors()).isNull();
        assertThat(o.saved().drafts()).containsEntry("$.lightningSync.usersWithErrors", "50");

        // with consistent answers the warning is everywhere
        Outcome ok = typeAndSave(scenario("exo-service-account"), new String[][] {
            {"lightningSync.usersSyncing", "WHOLE_NUMBER", "60"},
            {"lightningSync.usersWithErrors", "WHOLE_NUMBER", "50"}}, "consistent");
        assertThat(ok.panel()).contains("LS-SYNC-ERRORS");
        assertThat(ok.savedExport()).containsExactlyInAnyOrderElementsOf(ok.panel());
    }

    @Test
    void aBuildOfAnotherVersionCountsAsUnknownInThePanelTheFileAndTheExport() throws Exception {
        // EXCHANGE_2016 answered, a 2019 build typed: both count as unknown, so the end-of-support warning of 2016
        // goes and the version gap comes, in the panel as in the saved file and its export
        Outcome o = typeAndSave(scenario("onprem-ntlm-2016"), new String[][] {
            {"exchange.serverBuild", "EXCHANGE_BUILD", "15.2.1118.7"}}, "build");
        assertThat(o.panel()).doesNotContain("EXCHANGE-EOL").contains("GAP-SERVER-VERSION");
        assertThat(o.savedExport()).containsExactlyInAnyOrderElementsOf(o.panel());
        assertThat(o.saved().exchange().serverVersion()).isNull();
        assertThat(o.saved().drafts()).containsEntry("$.exchange.serverBuild", "15.2.1118.7")
                .containsEntry("$.exchange.serverVersion", "EXCHANGE_2016");
    }
}
