package org.eacplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PdfTextTest {

    private static final String NOTE = "(cut)";

    static String word(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append((char) ('a' + i % 26));
        }
        return sb.toString();
    }

    @Test
    void shortTextIsReturnedAsItIs() {
        String html = "<p class=\"x\">Short words, " + word(PdfText.LONG_WORD) + " and &amp; more.</p>";
        assertThat(PdfText.bounded(html, NOTE)).isSameAs(html);
    }

    @Test
    void aLongWordGetsABreakOpportunityEveryHundredCharacters() {
        String w = word(250);
        String out = PdfText.bounded("<p>see " + w + " there</p>", NOTE);
        assertThat(out).isEqualTo("<p>see " + w.substring(0, 100) + "\u200b" + w.substring(100, 200) + "\u200b"
                + w.substring(200) + " there</p>");
        assertThat(out.replace("\u200b", "")).isEqualTo("<p>see " + w + " there</p>");
    }

    @Test
    void attributesAndTheStyleSheetAreLeftAlone() {
        String uri = "data:image/png;base64," + "A".repeat(PdfText.MAX_TEXT + 10);
        String style = "<style>/* " + "b".repeat(500) + " */</style>";
        String html = "<html><head>" + style + "</head><body><img src=\"" + uri + "\" alt=\"\" /></body></html>";
        assertThat(PdfText.bounded(html, NOTE)).isSameAs(html);
    }

    @Test
    void anEntityCountsAsOneCharacterAndIsNeverSplit() {
        String w = "x".repeat(99) + "&amp;" + "y".repeat(150);
        String out = PdfText.bounded("<p>" + w + "</p>", NOTE);
        assertThat(out).isEqualTo("<p>" + "x".repeat(99) + "&amp;\u200b" + "y".repeat(100) + "\u200b" + "y".repeat(50) + "</p>");
        assertThat(PdfText.bounded("<p>" + "x".repeat(150) + "&#10;" + "y".repeat(150) + "</p>", NOTE))
                .as("an escaped line break ends a word").doesNotContain("\u200b");
    }

    @Test
    void surrogatePairsAndCombiningMarksStayWhole() {
        String emoji = "\ud83d\ude00";
        String w = "a".repeat(99) + emoji + "b".repeat(150);
        assertThat(PdfText.bounded("<p>" + w + "</p>", NOTE))
                .isEqualTo("<p>" + "a".repeat(99) + emoji + "\u200b" + "b".repeat(100) + "\u200b" + "b".repeat(50) + "</p>");
        String marked = "a".repeat(100) + "\u0301" + "b".repeat(150);
        assertThat(PdfText.bounded("<p>" + marked + "</p>", NOTE)).doesNotContain("a\u200b\u0301")
                .contains("a\u0301");
    }

    @Test
    void aTextLongerThanTheMaximumIsCutWithTheNote() {
        String words = "word ".repeat(PdfText.MAX_TEXT / 5 + 100);
        String out = PdfText.bounded("<div>" + words + "</div><p>next</p>", "(cut at <N> characters)");
        assertThat(out).startsWith("<div>" + words.substring(0, PdfText.MAX_TEXT))
                .endsWith(" \u2026 (cut at &lt;N&gt; characters)</div><p>next</p>");
        assertThat(out.length()).isLessThan(PdfText.MAX_TEXT + 100);
    }

    @Test
    void aHugeWordIsCutAndBroken() {
        String w = word(5_000_000);
        String out = PdfText.bounded("<p>" + w + "</p>", NOTE);
        String shown = out.substring(3, out.indexOf(" \u2026 "));
        assertThat(shown.replace("\u200b", "")).isEqualTo(w.substring(0, PdfText.MAX_TEXT));
        assertThat(shown.chars().filter(c -> c == 0x200b).count()).isEqualTo(PdfText.MAX_TEXT / PdfText.BREAK_EVERY - 1);
        assertThat(out).endsWith(" \u2026 (cut)</p>");
    }
}
