package org.eacplanner.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eacplanner.export.ExportFixtures.AS_OF;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.eacplanner.model.Assessment;
import org.eacplanner.testing.Inventories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the PDF bounds: long unbroken text (cut for the PDF only, whole in HTML and JSON) and the logo. */
class PdfLimitsTest {

    @TempDir
    Path dir;

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
        BufferedImage img = new BufferedImage(Logo.MAX_SIDE, Logo.MAX_SIDE, BufferedImage.TYPE_INT_RGB);
        byte[] png = LogoTest.encode(img, "png");
        byte[] pdf = ExportFixtures.export(withItemNotes("short"), ExportFormat.PDF,
                ExportFixtures.options().withLogo(Logo.of(png)));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources cover = doc.getPage(0).getResources();
            assertThat(images(cover)).anyMatch(i -> i.getWidth() == Logo.MAX_SIDE && i.getHeight() == Logo.MAX_SIDE);
        }
    }

    @Test
    void aLogoThePdfCannotEmbedFailsTheExportInsteadOfVanishing() throws IOException {
        Logo broken = Logo.of(undecodablePng());
        Assessment a = withItemNotes("short");
        Path target = Files.writeString(dir.resolve("acme.plan.pdf"), "the earlier export");

        assertThatThrownBy(() -> new Exporter().exportTo(a, AS_OF, ExportFormat.PDF,
                ExportFixtures.options().withLogo(broken), target))
                .isInstanceOf(IOException.class).hasMessageStartingWith("the logo cannot be embedded in the PDF");
        assertThat(Files.readString(target)).isEqualTo("the earlier export");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").containsExactly(target);
        }
        // The HTML carries the bytes as they are; the browser shows what it can.
        assertThat(new String(ExportFixtures.export(a, ExportFormat.HTML, ExportFixtures.options().withLogo(broken)),
                StandardCharsets.UTF_8)).contains(broken.dataUri());
    }

    /** A PNG whose header (120 × 40) is fine and whose image data is not. */
    static byte[] undecodablePng() {
        byte[] header = Arrays.copyOf(LogoTest.PNG, 33);
        byte[] garbage = "this is not zlib data at all!!".getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(header.length + 12 + garbage.length + 12).put(header)
                .putInt(garbage.length).put("IDAT".getBytes(StandardCharsets.US_ASCII)).put(garbage).putInt(0)
                .putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt(0xae426082).array();
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
