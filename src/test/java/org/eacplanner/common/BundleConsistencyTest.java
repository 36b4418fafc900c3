package org.eacplanner.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundle has a German twin with the same keys and placeholders, and every value is a valid MessageFormat. */
class BundleConsistencyTest {

    static Stream<Arguments> bundles() {
        return Stream.of(Arguments.of("messages"), Arguments.of("catalog"), Arguments.of("report"), Arguments.of("probes"));
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleConsistencyTest.class.getResourceAsStream("/org/eacplanner/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void germanHasExactlyTheEnglishKeysAndPlaceholders(String bundle) throws IOException {
        Properties en = load(bundle);
        Properties de = load(bundle + "_de");
        assertThat(de.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(placeholders(de.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
        }
    }

    /** Also the arguments with a format ({@code {0,number,0.#}}, {@code {0,choice,…}}), which the test above skips. */
    @ParameterizedTest
    @MethodSource("bundles")
    void germanUsesTheSameArgumentIndexes(String bundle) throws IOException {
        Properties en = load(bundle);
        Properties de = load(bundle + "_de");
        for (String key : en.stringPropertyNames()) {
            assertThat(argumentIndexes(de.getProperty(key))).as(key).isEqualTo(argumentIndexes(en.getProperty(key)));
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyApostropheIsDoubledSoMessageFormatKeepsIt(String bundle) throws IOException {
        for (String name : new String[] {bundle, bundle + "_de"}) {
            Properties p = load(name);
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                assertThat(value.replace("''", "")).as(name + " " + key).doesNotContain("'");
                // every argument a text names is filled: none is left as {n} (the bundles use at most six)
                assertThat(new java.text.MessageFormat(value).format(new Object[] {2, 3, 4, 5, 6, 7}))
                        .as(name + " " + key).doesNotContainPattern("\\{\\d");
            }
        }
    }

    private static Set<String> argumentIndexes(String value) {
        Matcher m = Pattern.compile("\\{(\\d+)[,}]").matcher(value);
        Set<String> out = new TreeSet<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String placeholders(String value) {
        Matcher m = Pattern.compile("\\{\\d+}").matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            sb.append(m.group());
        }
        return sb.chars().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
