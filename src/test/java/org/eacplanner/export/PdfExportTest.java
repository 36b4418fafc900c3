package org.eacplanner.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eacplanner.export.ExportFixtures.AS_OF;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.eacplanner.checklist.Plan;
import org.eacplanner.checklist.Planner;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.Severity;
import org.eacplanner.rules.Finding;
import org.eacplanner.storage.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The PDF export read back with PDFBox: text, fonts, bookmarks, page numbers, paper, and no network access. */
class PdfExportTest {

    static List<Path> scenarios() {
        return Scenarios.files();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void textHasEveryBlockerAndTheClientFontsAreEmbeddedAndBookmarksPresent(Path file) throws IOException {
        Assessment a = ExportFixtures.scenario(file);
        Plan plan = Planner.forLocale(Locale.ENGLISH).evaluate(a, AS_OF);
        byte[] pdf = ExportFixtures.export(a, ExportFormat.PDF, ExportFixtures.options());
        String text = flat(ExportFixtures.pdfText(pdf));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(text).contains(flat(a.client().name()), flat("Page 2 of " + pages), flat("Page " + pages + " of " + pages));
        }
        for (Finding f : plan.findings()) {
            assertThat(text).contains(f.ruleId());
            if (f.severity() == Severity.BLOCKER) {
                assertThat(text).contains(flat(f.title()));
            }
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            assertThat(fonts(doc)).isNotEmpty().allMatch(PDFont::isEmbedded);
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
                item.children().forEach(child -> bookmarks.add(child.getTitle()));
            }
            boolean evidence = !a.probes().isEmpty() || !a.imports().isEmpty();
            assertThat(bookmarks).contains(a.title(), "Contents", "Executive summary", "Findings", "Migration checklist",
                    "Appendix A: Inventory", evidence ? "Appendix C: Sources" : "Appendix B: Sources");
            if (!evidence) {
                // no page to say that nothing was checked: one line of the summary says it
                assertThat(bookmarks).noneMatch(b -> b.contains("Live-check evidence"));
                assertThat(text).contains(flat("No live checks were run and no Exchange export was imported"));
            }
            if (a.exchange().deployment() == org.eacplanner.model.Deployment.HYBRID) {
                assertThat(bookmarks).contains("Steps for every mailbox", "Mailboxes in Exchange Online",
                        "Mailboxes on your Exchange servers");
            } else {
                assertThat(bookmarks).contains("Phase 1: Prepare");
            }
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).as("tagged PDF").isNotNull();
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(a.title());
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
            float width = doc.getPage(0).getMediaBox().getWidth();
            assertThat(width).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void aLargePlanRunsOverManyNumberedPagesOnLetterPaper() throws IOException {
        byte[] pdf = ExportFixtures.export(LargePlan.assessment(), ExportFormat.PDF,
                ExportFixtures.options().withPaper(Paper.LETTER));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(20);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(612f, org.assertj.core.data.Offset.offset(1f));
            String text = flat(ExportFixtures.pdfText(pdf));
            assertThat(text).contains(flat("Page " + pages + " of " + pages), flat("Contoso Freight Group · November 24, 2026"));
            assertThat(fonts(doc)).allMatch(PDFont::isEmbedded);
        }
    }

    @Test
    void theRendererFetchesNothingButDataUris() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            server.setSoTimeout(300);
            AtomicInteger connections = new AtomicInteger();
            Thread listener = new Thread(() -> {
                while (!server.isClosed()) {
                    try (var s = server.accept()) {
                        connections.incrementAndGet();
                    } catch (SocketTimeoutException e) {
                        // keep listening until the test closes the socket
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            listener.start();
            String remote = "http://127.0.0.1:" + server.getLocalPort();
            String html = "<!DOCTYPE html><html lang=\"en\"><head><title>t</title>"
                    + "<link rel=\"stylesheet\" href=\"" + remote + "/style.css\" />"
                    + "<style>@import url('" + remote + "/import.css'); body { background: url('" + remote + "/bg.png'); }</style>"
                    + "</head><body><p>text</p><img src=\"" + remote + "/logo.png\" alt=\"remote\" />"
                    + "<img src=\"file:///etc/passwd\" alt=\"file\" />"
                    + "<img src=\"data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(LogoTest.PNG)
                    + "\" alt=\"inline\" /></body></html>";
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            List<String> refused = PdfReport.renderHtml(html, out);
            Thread.sleep(400);
            server.close();
            listener.join();

            assertThat(connections.get()).as("connections to the remote host").isZero();
            assertThat(refused).anyMatch(u -> u.contains("/logo.png")).anyMatch(u -> u.contains("/style.css"))
                    .anyMatch(u -> u.startsWith("file:"));
            try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
                assertThat(doc.getNumberOfPages()).isEqualTo(1);
                assertThat(doc.getPage(0).getResources().getXObjectNames()).as("the data: image is drawn").isNotEmpty();
            }
        }
    }

    static List<PDFont> fonts(PDDocument doc) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    /** Text without whitespace: PDF text extraction breaks lines wherever the layout did. */
    static String flat(String s) {
        return s.replaceAll("\\s+", "");
    }
}
