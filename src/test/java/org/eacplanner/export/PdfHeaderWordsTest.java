package org.eacplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.eacplanner.model.Assessment;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No table header word is broken in the PDF except where the report's language allows it (a soft hyphen in the
 * label, shown as a hyphen): every header of the HTML (the same template) is found whole in the PDF's text.
 */
class PdfHeaderWordsTest {

    static Stream<Arguments> reports() {
        List<Arguments> out = new ArrayList<>();
        for (Locale l : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            for (String name : List.of("exo-service-account", "gov-cloud-gcc-high", "hybrid-se-eac-pilot",
                    "onprem-ntlm-2016")) {
                out.add(Arguments.of(name + " " + l, ExportFixtures.scenario(ExportFixtures.scenarioFile(name)), l));
            }
            out.add(Arguments.of("large plan " + l, LargePlan.assessment(), l));
        }
        return out.stream();
    }

    /**
     * The header words broken in {@code text} (as PDFBox reads it, by position): a capitalised token that is not a
     * header word but the start or the end of one (headers print in capitals, so "VERANT" of "VERANTWORTLICH").
     * A break at a soft hyphen of the label ("VERANT-") is allowed.
     */
    static List<String> broken(Set<String> headers, String text) {
        Set<String> words = new LinkedHashSet<>();
        Set<String> allowed = new LinkedHashSet<>();
        for (String h : headers) {
            for (String w : h.toUpperCase(Locale.ROOT).split("\\s+")) {
                String plain = w.replace("\u00ad", "").replaceAll("[^\\p{L}]", "");
                if (plain.length() > 2) {
                    words.add(plain);
                }
                int at = w.indexOf('\u00ad');
                while (at > 0) {
                    allowed.add(w.substring(0, at).replace("\u00ad", "") + "-");
                    allowed.add(w.substring(at + 1).replace("\u00ad", ""));
                    at = w.indexOf('\u00ad', at + 1);
                }
            }
        }
        Set<String> tokens = new LinkedHashSet<>();
        for (String token : text.split("\\s+")) {
            String t = token.replaceAll("[^\\p{L}-]", "");
            if (!t.isEmpty() && t.equals(t.toUpperCase(Locale.ROOT))
                    && t.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
                tokens.add(t);
            }
        }
        // a break leaves the start of a word on one line and the start of its rest on the next
        List<String> out = new ArrayList<>();
        for (String t : tokens) {
            if (t.length() < 3 || words.contains(t) || allowed.contains(t)) {
                continue;
            }
            for (String w : words) {
                if (w.length() > t.length() && w.startsWith(t)) {
                    String rest = w.substring(t.length());
                    boolean restShown = tokens.stream().anyMatch(r -> !r.isEmpty() && rest.startsWith(r)
                            && r.length() >= Math.min(2, rest.length()));
                    if (restShown) {
                        out.add(t + " | " + rest + " (of " + w + ")");
                    }
                }
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void everyHeaderWordIsWhole(String name, Assessment a, Locale locale) {
        ExportOptions o = ExportFixtures.options().withLocale(locale);
        Set<String> headers = new LinkedHashSet<>();
        for (Element th : Jsoup.parse(new String(ExportFixtures.export(a, ExportFormat.HTML, o), StandardCharsets.UTF_8))
                .select("thead th")) {
            headers.add(th.wholeText());
        }
        String text = ExportFixtures.pdfText(ExportFixtures.export(a, ExportFormat.PDF, o));
        assertThat(headers).as(name).isNotEmpty();
        assertThat(broken(headers, text)).as(name).isEmpty();
    }
}
