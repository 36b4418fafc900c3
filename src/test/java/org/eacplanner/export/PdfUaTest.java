package org.eacplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eacplanner.common.BuildInfo;
import org.eacplanner.model.Assessment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The PDF export is accessible: veraPDF's PDF/UA-1 validation passes (every failed check is listed by rule when it
 * does not), links say where they go, the text reads without ligature characters, and every font is embedded.
 */
class PdfUaTest {

    /** Each report rendered once for the checks of this class. */
    private static final Map<String, byte[]> PDFS = new ConcurrentHashMap<>();

    private static byte[] pdf(String name, Assessment a) {
        return PDFS.computeIfAbsent(name, n -> ExportFixtures.export(a, ExportFormat.PDF, ExportFixtures.options()));
    }

    @BeforeAll
    static void validator() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static Stream<Arguments> reports() {
        Map<String, Assessment> all = new LinkedHashMap<>();
        for (String name : List.of("exo-service-account", "gov-cloud-gcc-high", "hybrid-se-eac-pilot",
                "onprem-ntlm-2016")) {
            all.put(name, ExportFixtures.scenario(ExportFixtures.scenarioFile(name)));
        }
        all.put("large plan", LargePlan.assessment());
        return all.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    /** The failed checks of {@code pdf} by rule ({@code 7.18.5-2}), with one message each. */
    static Map<String, List<String>> failures(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFUA_1); PDFAValidator validator = Foundries.defaultInstance()
                .createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, List<String>> failed = new TreeMap<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    failed.computeIfAbsent(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber(),
                            k -> new ArrayList<>()).add(a.getMessage());
                }
            }
            return failed;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void noCheckFails(String name, Assessment a) throws Exception {
        Map<String, List<String>> failed = failures(pdf(name, a));
        Map<String, String> summary = new TreeMap<>();
        failed.forEach((rule, messages) -> summary.put(rule, messages.size() + "× " + messages.get(0)));
        assertThat(summary).as(name).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void everyLinkSaysWhereItGoes(String name, Assessment a) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf(name, a))) {
            List<String> descriptions = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        descriptions.add(link.getContents());
                    }
                }
            }
            assertThat(descriptions).as(name).isNotEmpty().allSatisfy(d -> {
                assertThat(d).isNotBlank().isNotEqualTo("Link").doesNotContain("....");
                assertThat(d.codePoints().anyMatch(Character::isLetter)).as(d).isTrue();
            });
            assertThat(descriptions).contains("Executive summary").anyMatch(d -> d.startsWith("https://"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void theTextReadsWithoutLigaturesOrABuildQualifierAndEveryFontIsEmbedded(String name, Assessment a) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf(name, a))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).as(name).contains("fi").doesNotContainPattern("[\\uFB00-\\uFB06]")
                    .contains("EAC Migration Planner " + BuildInfo.get().releaseVersion()).doesNotContain("SNAPSHOT");
            for (PDPage page : doc.getPages()) {
                for (COSName font : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(font).isEmbedded()).as(name + " " + font.getName()).isTrue();
                }
            }
        }
    }
}
