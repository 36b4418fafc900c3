package org.eacplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.eacplanner.cli.CliMain;
import org.eacplanner.storage.AssessmentJson;
import org.eacplanner.storage.Scenarios;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON export is exactly what {@code evaluate --format json} prints for the same file, date and language. */
class JsonExportTest {

    static List<Path> scenarios() {
        return Scenarios.files();
    }

    private static String evaluate(Path file, String lang) {
        StringWriter out = new StringWriter();
        CliMain.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "evaluate", file.toString(),
                "--as-of", ExportFixtures.AS_OF.toString(), "--format", "json", "--lang", lang);
        return out.toString();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void matchesEvaluateByteForByteInBothLanguages(Path file) {
        for (String lang : List.of("en", "de")) {
            byte[] json = ExportFixtures.export(ExportFixtures.scenario(file), ExportFormat.JSON,
                    ExportFixtures.options().withLocale(Locale.forLanguageTag(lang)));
            assertThat(new String(json, StandardCharsets.UTF_8)).as(lang).isEqualTo(evaluate(file, lang));
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void aRedactedExportSaysSoAndKeepsTheShape(Path file) throws Exception {
        JsonNode plain = AssessmentJson.mapper().readTree(evaluate(file, "en"));
        JsonNode redacted = AssessmentJson.mapper().readTree(ExportFixtures.export(ExportFixtures.scenario(file),
                ExportFormat.JSON, ExportFixtures.options().withRedaction(true)));
        assertThat(redacted.get("redacted").asBoolean()).isTrue();
        assertThat(redacted.get("findings").findValuesAsText("ruleId")).isEqualTo(plain.get("findings").findValuesAsText("ruleId"));
        assertThat(redacted.get("checklist").findValuesAsText("itemId")).isEqualTo(plain.get("checklist").findValuesAsText("itemId"));
        assertThat(plain.has("redacted")).isFalse();
    }
}
