package org.eacplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eacplanner.model.Outcome;
import org.eacplanner.model.ProbeId;
import org.eacplanner.model.ProbeResult;
import org.junit.jupiter.api.Test;

/** Control characters from files and servers reach the terminal only escaped. */
class TerminalTest {

    @Test
    void controlAndBidiCharactersAreEscapedAndOtherTextIsKept() {
        assertThat(Terminal.safe("\u001b[31mred\u001b[0m")).isEqualTo("\\u001b[31mred\\u001b[0m");
        assertThat(Terminal.safe("a\nb\rc\td")).isEqualTo("a\\nb\\rc\\td");
        assertThat(Terminal.safe("evil\u202etxt.exe")).isEqualTo("evil\\u202etxt.exe");
        assertThat(Terminal.safe("\u0000\u0007\u007f\u0085\u009b\u061c\u200e\u200f\u2028\u2029\u202a\u2066\u2069"))
                .isEqualTo("\\u0000\\u0007\\u007f\\u0085\\u009b\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a"
                        + "\\u2066\\u2069");
        String plain = "Müller & Söhne — C:\\Users\\jl\\acme.eacplan.json 東京 \u00a0 😀";
        assertThat(Terminal.safe(plain)).isSameAs(plain);
        assertThat(Terminal.safe(null)).isEqualTo("null");
    }

    @Test
    void aLoadErrorKeepsItsLinesAndEscapesWhatIsInThem() {
        var e = new org.eacplanner.storage.AssessmentLoadException("in/a\nb.eacplan.json",
                org.eacplanner.storage.AssessmentLoadException.Kind.SCHEMA, List.of(
                        new org.eacplanner.storage.LoadProblem("$.k", "key \u001b[1mx\ny.eacplan.json: valid"),
                        new org.eacplanner.storage.LoadProblem("$.org.userCount", "string found")));
        StringWriter err = new StringWriter();
        Terminal.loadError(new PrintWriter(err, true), e);

        assertThat(err.toString().lines()).containsExactly("in/a\\nb.eacplan.json: 2 problems",
                "  $.k: key \\u001b[1mx\\ny.eacplan.json: valid", "  $.org.userCount: string found");
    }

    @Test
    void probeTextEscapesServerTextInEveryField() {
        String hostile = "\u001b[2J\u001b]0;owned\u0007 \u202eexe.txt\nPASS    FAKE";
        ProbeResult.Step step = new ProbeResult.Step("GET " + hostile, Outcome.FAIL, 12L, Map.of(), "reason " + hostile,
                "advice " + hostile, Map.of());
        ProbeResult.Proposal proposal = new ProbeResult.Proposal("$.org.instance", hostile, "basis " + hostile, Map.of());
        ProbeResult r = new ProbeResult(ProbeId.TENANT_CLOUD, "https://" + hostile, Instant.EPOCH, Instant.EPOCH,
                Outcome.FAIL, "top " + hostile, false, false, List.of(step), List.of(proposal), Map.of());
        StringWriter out = new StringWriter();
        ProbeReport.text(new PrintWriter(out, true), List.of(r));

        String text = out.toString();
        assertThat(text).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202e")
                .contains("\\u001b[2J\\u001b]0;owned\\u0007 \\u202eexe.txt\\nPASS    FAKE");
        assertThat(text.lines()).hasSize(5).noneMatch(l -> l.startsWith("PASS"));
    }
}
