package org.eacplanner.ui.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
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
import org.eacplanner.model.OrgIds;
import org.eacplanner.rules.Finding;
import org.eacplanner.storage.AssessmentFile;
import org.eacplanner.storage.AssessmentJson;
import org.eacplanner.storage.AssessmentStore;
import org.eacplanner.storage.Scenarios;
import org.eacplanner.ui.document.AssessmentDocument;
import org.eacplanner.ui.form.FieldKind;
import org.eacplanner.ui.form.FieldSpec;
import org.eacplanner.ui.form.FieldViewModel;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

    @Test
    void anOrgIdWithABadChecksumIsMarkedAtTheFieldSavedAsADraftAndExportedNowhere() throws Exception {
        String id15 = "00D5g000004XyZa";
        String good = id15 + OrgIds.checksum(id15);
        String bad = id15 + (good.endsWith("A") ? "B" : "A");
        AssessmentDocument document = new AssessmentDocument(scenario("exo-service-account"));
        FieldViewModel field = new FieldViewModel(FieldSpec.of("org.orgId", FieldKind.ORG_ID), document);
        field.textProperty().set(bad);
        assertThat(field.problemProperty().get()).as("the field says why").isNotNull();
        assertThat(document.assessment().org().orgId()).as("the panel evaluates no org ID").isNull();

        AssessmentStore store = new AssessmentStore(planner);
        Path path = store.saveAs(null, document.assessment(), dir.resolve("org-id.eacplan.json"), AS_OF).path();
        Assessment saved = store.open(path).saved();
        assertThat(saved.org().orgId()).isNull();
        assertThat(saved.drafts()).containsEntry("$.org.orgId", bad);
        Document report = Jsoup.parse(html(saved));
        assertThat(report.select("#inv-org tr:contains(Org ID) td").text()).as("not taken as the org ID")
                .isEqualTo("unknown");
        assertThat(report.select("#inv-drafts tr:contains(Org ID) td").text()).as("kept as typed").isEqualTo(bad);

        // reopened, the field shows what was typed and why it is refused; corrected, it is everywhere
        AssessmentDocument reopened = new AssessmentDocument(saved);
        FieldViewModel again = new FieldViewModel(FieldSpec.of("org.orgId", FieldKind.ORG_ID), reopened);
        assertThat(again.textProperty().get()).isEqualTo(bad);
        assertThat(again.problemProperty().get()).isNotNull();
        again.textProperty().set(good);
        Assessment corrected = store.open(store.saveAs(null, reopened.assessment(), dir.resolve("org-id-2.eacplan.json"), AS_OF).path()).saved();
        assertThat(corrected.org().orgId()).isEqualTo(good);
        assertThat(corrected.drafts()).doesNotContainKey("$.org.orgId");
        Document fixed = Jsoup.parse(html(corrected));
        assertThat(fixed.select("#inv-org tr:contains(Org ID) td").text()).isEqualTo(good);
        assertThat(fixed.select("#inv-drafts")).isEmpty();
    }

    private String html(Assessment a) throws Exception {
        return new String(new Exporter(planner.catalog()).export(a, AS_OF, ExportFormat.HTML,
                ExportOptions.defaults(Locale.ENGLISH)), StandardCharsets.UTF_8);
    }
}
