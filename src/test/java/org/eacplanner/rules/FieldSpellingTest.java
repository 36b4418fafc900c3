package org.eacplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.eacplanner.ui.form.FieldSpec;
import org.eacplanner.ui.wizard.StepForms;
import org.junit.jupiter.api.Test;

/**
 * One spelling of a field: every {@code field.<path>} key of the UI and report bundles and every wizard question
 * names a path of the assessment model, resolved by the same {@link FieldPath} the catalog compiles against; a
 * renamed record field fails here.
 */
class FieldSpellingTest {

    /** Keys under {@code field.} that are words of the UI, not answers. */
    private static final Set<String> NOT_PATHS = Set.of("field.unknownPrompt", "field.roots.source",
            "field.roots.capturedOn", "field.roots.count");

    /** The paths named by {@code field.*} keys (a {@code .help} suffix removed) that the model does not have. */
    static List<String> missing(Properties bundle) {
        List<String> out = new ArrayList<>();
        for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
            if (!key.startsWith("field.") || NOT_PATHS.contains(key)) {
                continue;
            }
            String path = key.substring("field.".length()).replaceFirst("\\.help$", "");
            try {
                FieldPath.resolve(ConditionCompiler.SUBJECT, path);
            } catch (RuntimeException e) {
                out.add(key + " (" + e.getMessage() + ")");
            }
        }
        return out;
    }

    private static Properties bundle(String name) throws Exception {
        Properties p = new Properties();
        try (var in = FieldSpellingTest.class.getResourceAsStream("/org/eacplanner/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyFieldKeyAndQuestionNamesAPathOfTheModel() throws Exception {
        for (String name : List.of("messages", "messages_de", "report", "report_de")) {
            assertThat(missing(bundle(name))).as(name).isEmpty();
        }
        List<String> questions = new ArrayList<>();
        StepForms.FORMS.values().forEach(sections -> sections.forEach(s -> s.fields().stream().map(FieldSpec::path)
                .forEach(questions::add)));
        assertThat(questions).hasSizeGreaterThan(40).allSatisfy(p -> FieldPath.resolve(ConditionCompiler.SUBJECT, p));
    }

    @Test
    void aKeyThatNamesAFieldTheModelLacksIsReported() {
        Properties p = new Properties();
        p.setProperty("field.exchange.serverBuild", "Exchange Server build");
        p.setProperty("field.exchange.serverBiuld.help", "a misspelt key");
        p.setProperty("field.eac.usersWithoutConfiguration", "EAC users in no configuration");
        assertThat(missing(p)).singleElement().asString().startsWith("field.exchange.serverBiuld.help");
    }
}
