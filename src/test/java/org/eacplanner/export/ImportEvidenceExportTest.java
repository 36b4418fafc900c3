package org.eacplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.eacplanner.exchange.ExchangeImport;
import org.eacplanner.exchange.ImportProposals;
import org.eacplanner.model.Assessment;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** An applied import of Exchange exports is in the evidence appendix: its files, its answers and where each was read. */
class ImportEvidenceExportTest {

    private static Assessment imported() throws Exception {
        Path folder = Path.of(ImportEvidenceExportTest.class.getResource("/exchange/collected-onpremises-2016").toURI());
        ExchangeImport.Result r = ExchangeImport.read(List.of(folder));
        Assessment a = ExportFixtures.scenario(ExportFixtures.scenarioFile("onprem-ntlm-2016"));
        ImportProposals.Applied applied = ImportProposals.apply(a, r.proposals());
        return ImportProposals.withRecord(applied.assessment(),
                ImportProposals.record(r, applied.changed(), Instant.parse("2026-12-07T15:00:00Z")));
    }

    private static Document html(Assessment a, ExportOptions options) {
        return Jsoup.parse(new String(ExportFixtures.export(a, ExportFormat.HTML, options), StandardCharsets.UTF_8));
    }

    @Test
    void theImportIsShownWithItsFilesAnswersAndEvidence() throws Exception {
        Document doc = html(imported(), ExportFixtures.options());
        String section = doc.getElementById("import-1").text();
        assertThat(section).contains("Import from Exchange", "Files read 11", "Get-ExchangeServer.xml",
                "ExchangeServer (1)", "manifest.xml", "$.exchange.serverBuild", "15.1.2507.44",
                "AdminDisplayVersion of EX16-A 15.1.2507.44 — Get-ExchangeServer.xml: EX16-A, AdminDisplayVersion");
        assertThat(doc.select("#import-1 table.proposals tbody tr")).hasSize(11);
        assertThat(doc.select("#import-1 table.steps tbody tr")).hasSize(11);
        assertThat(section).doesNotContain("/exchange/collected-onpremises-2016"); // files by name, not the admin's folders
    }

    @Test
    void aRedactedExportKeepsTheImportButNotTheClientsNames() throws Exception {
        Document doc = html(imported(), ExportFixtures.options().withRedaction(true));
        String section = doc.getElementById("import-1").text();
        assertThat(section).contains("Import from Exchange", "$.exchange.serverBuild", "15.1.2507.44")
                .doesNotContain("northwind.example", "svc-sfsync@");
    }
}
