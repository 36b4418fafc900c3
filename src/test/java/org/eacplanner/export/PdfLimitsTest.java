package org.eacplanner.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.eacplanner.model.Assessment;
import org.eacplanner.testing.Inventories;
import org.junit.jupiter.api.Test;

/** What the PDF bounds: long unbroken text (cut for the PDF only, whole in HTML and JSON) and the logo. */
class PdfLimitsTest {

    /** One unbroken word, longer than a PDF text may be, with a start and an end to look for. */
    static final String TOKEN = "TOKENSTART" + "0123456789abcdefghijklmnopqrstuvwxyz".repeat((PdfText.MAX_TEXT + 20_000) / 36)
            + "TOKENEND";

    static Assessment withItemNotes(String notes) {
        ObjectNode root = ExportFixtures.tree(ExportFixtures.scenarioFile("onprem-ntlm-2016"));
        root.putArray("checklist").addObject().put("itemId", "CL-CONFIRM-INVENTORY").put("status", "IN_PROGRESS")
                .put("notes", notes);
        return Inventories.load(root).assessment();
    }

    @Test
    void aLongWordIsCutInThePdfWithANoteAndKeptWholeInTheHtmlAndJson() {
        Assessment a = withItemNotes(TOKEN);
        byte[] pdf = ExportFixtures.export(a, ExportFormat.PDF, ExportFixtures.options());
        String text = PdfExportTest.flat(ExportFixtures.pdfText(pdf, false)).replace("\u200b", "");

        // The start of the token (a page break puts the running header into the rest of the extracted text).
        assertThat(text).contains("Notes:" + TOKEN.substring(0, 2_000))
                .contains(PdfExportTest.flat("(cut at 50,000 characters: the HTML and JSON exports have the full text)"))
                .doesNotContain("TOKENEND");
        String html = new String(ExportFixtures.export(a, ExportFormat.HTML, ExportFixtures.options()), StandardCharsets.UTF_8);
        String json = new String(ExportFixtures.export(a, ExportFormat.JSON, ExportFixtures.options()), StandardCharsets.UTF_8);
        assertThat(html).contains(TOKEN).doesNotContain("\u200b", "cut at");
        assertThat(json).contains("\"" + TOKEN + "\"").doesNotContain("\u200b", "cut at");
    }

    @Test
    void theCutNoteIsInTheReportsLanguage() {
        byte[] pdf = ExportFixtures.export(withItemNotes(TOKEN), ExportFormat.PDF,
                ExportFixtures.options().withLocale(java.util.Locale.GERMAN));
        assertThat(PdfExportTest.flat(ExportFixtures.pdfText(pdf, false)))
                .contains(PdfExportTest.flat("(nach 50.000 Zeichen gekürzt"));
    }

    @Test
    void aLogoAtTheMaximumSizeIsEmbeddedWhole() throws IOException {
        byte[] pdf = ExportFixtures.export(withItemNotes("short"), ExportFormat.PDF,
                ExportFixtures.options().withLogo(Logo.of(LogoTest.largestPng())));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources cover = doc.getPage(0).getResources();
            assertThat(images(cover)).anyMatch(i -> i.getWidth() == Logo.MAX_SIDE && i.getHeight() == Logo.MAX_SIDE);
        }
    }

    @Test
    void anImageThePdfCannotEmbedFailsTheRenderingInsteadOfVanishing() {
        // Logo.of refuses such a file; this is the renderer's own check, for whatever it cannot embed.
        String html = "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><p>cover</p>"
                + "<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(LogoTest.undecodablePng(false))
                + "\" alt=\"logo\" /></body></html>";
        assertThatThrownBy(() -> PdfReport.renderHtml(html, new ByteArrayOutputStream()))
                .isInstanceOf(IOException.class).hasMessageStartingWith("the logo cannot be embedded in the PDF");
    }

    static java.util.List<PDImageXObject> images(PDResources resources) throws IOException {
        java.util.List<PDImageXObject> images = new java.util.ArrayList<>();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) {
                images.add(image);
            }
        }
        return images;
    }
}
