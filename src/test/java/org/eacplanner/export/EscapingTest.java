package org.eacplanner.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eacplanner.export.ExportFixtures.HOSTILE;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.eacplanner.model.Assessment;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Hostile and non-Latin text in names, notes, owners and rationales comes out escaped and readable: in the HTML as
 * text, never as markup; in the PDF as text, drawn with the embedded fonts (the CJK
 * fallback included).
 */
class EscapingTest {

    @Test
    void htmlShowsTheTextAndRunsNothing() {
        String raw = new String(ExportFixtures.export(ExportFixtures.hostile(), ExportFormat.HTML, ExportFixtures.options()),
                StandardCharsets.UTF_8);
        assertThat(raw).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&amp;amp;");
        Document doc = Jsoup.parse(raw);
        assertThat(doc.select("script")).isEmpty();
        String cover = doc.getElementById("cover").text();
        assertThat(cover).contains("Client " + HOSTILE);
        String inventory = doc.getElementById("inventory").text();
        assertThat(inventory).contains("Org " + HOSTILE, "Client " + HOSTILE, "Notes " + HOSTILE);
        assertThat(doc.getElementById("item-CL-CONFIRM-INVENTORY").text()).contains("Owner, " + HOSTILE);
        assertThat(doc.getElementById("item-CL-CONFIRM-INVENTORY-notes").text()).contains("Item notes " + HOSTILE);
        assertThat(doc.getElementById("f-LS-SVC-ACCOUNT-EXO").text()).contains("Rationale " + HOSTILE, "Mia Tanaka",
                "No expiry", "Accepted as a known risk");
        assertThat(doc.selectFirst("title").text()).isEqualTo(doc.selectFirst("h1").text());
    }

    @Test
    void pdfShowsTheTextWithEmbeddedFontsIncludingTheCjkFallback() throws Exception {
        byte[] pdf = ExportFixtures.export(ExportFixtures.hostile(), ExportFormat.PDF, ExportFixtures.options());
        String text = PdfExportTest.flat(ExportFixtures.pdfText(pdf, false));
        for (String expected : new String[] {"Client " + HOSTILE, "Org " + HOSTILE, "Notes " + HOSTILE,
            "Owner, " + HOSTILE, "Rationale " + HOSTILE}) {
            assertThat(text).contains(PdfExportTest.flat(expected));
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var fonts = PdfExportTest.fonts(doc);
            assertThat(fonts).allMatch(PDFont::isEmbedded);
            assertThat(fonts).extracting(PDFont::getName).anyMatch(n -> n.contains("DroidSansFallback"));
        }
    }

    @Test
    void theCjkFallbackIsLoadedOnlyWhenTheTextNeedsIt() throws Exception {
        assertThat(PdfFonts.needsFallback("Acme Ελληνικά Кириллица ✖ ▲ ℹ ✔ ◐ ○ – → …")).isFalse();
        assertThat(PdfFonts.needsFallback("日本語")).isTrue();
        byte[] pdf = ExportFixtures.export(ExportFixtures.scenario(ExportFixtures.scenarioFile("onprem-ntlm-2016")),
                ExportFormat.PDF, ExportFixtures.options());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(PdfExportTest.fonts(doc)).extracting(PDFont::getName).noneMatch(n -> n.contains("Droid"));
        }
    }

    @Property(tries = 60)
    void anyNotesGiveWellFormedMarkupThatShowsThem(@ForAll String notes) throws Exception {
        Assessment base = ExportFixtures.scenario(ExportFixtures.scenarioFile("gov-cloud-gcc-high"));
        Assessment a = new Assessment(base.format(), base.schemaVersion(), base.id(), base.title(), base.createdAt(),
                base.updatedAt(), base.preparedBy(), base.client(), base.org(), base.exchange(), base.lightningSync(),
                base.eac(), base.probes(), base.checklist(), base.acceptedRisks(), "N:" + notes, base.drafts(),
                base.approvedRoots(), base.lastEvaluation(), base.imports(), null);
        ReportText t = new ReportText(new org.eacplanner.rules.CatalogTexts(java.util.Locale.ENGLISH), java.util.Locale.ENGLISH);
        Exporter exporter = new Exporter();
        String html = HtmlReport.render(exporter.prepare(a, ExportFixtures.AS_OF, ExportFixtures.options()), t);
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        String shown = Jsoup.parse(html).getElementById("inv-notes").selectFirst(".notes-block").wholeText();
        assertThat(shown).isEqualTo(ReportTemplate.xmlSafe("N:" + notes));
    }
}
