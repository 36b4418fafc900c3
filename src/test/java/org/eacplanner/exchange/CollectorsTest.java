package org.eacplanner.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The collector blocks only read, ask for no secret, and write exactly the files the import reads. */
class CollectorsTest {

    private static final Set<String> ALLOWED = Set.of("Measure-Object", "Export-Clixml", "New-Item",
            "Compress-Archive");
    private static final Pattern CMDLET = Pattern.compile("\\b([A-Z][a-z]+-[A-Z][A-Za-z]+)\\b");
    private static final Pattern WRITTEN = Pattern.compile("Export-Clixml -Path \"\\$Out\\\\([^\"]+)\\.xml\"");

    /** The script without its comments and the contents of its single-quoted strings. */
    private static String code(Collectors c) {
        StringBuilder out = new StringBuilder();
        for (String line : c.script().split("\r\n")) {
            if (!line.stripLeading().startsWith("#")) {
                out.append(line.replaceAll("'[^']*'", "''")).append('\n');
            }
        }
        return out.toString();
    }

    @ParameterizedTest
    @EnumSource(Collectors.class)
    void onlyReadingCmdletsAndNoCredentials(Collectors c) {
        String code = code(c);
        Matcher m = CMDLET.matcher(code);
        List<String> used = new ArrayList<>();
        while (m.find()) {
            used.add(m.group(1));
        }
        assertThat(used).isNotEmpty().allSatisfy(cmdlet ->
                assertThat(cmdlet.startsWith("Get-") || ALLOWED.contains(cmdlet)).as(cmdlet).isTrue());
        String commands = Stream.of(c.script().split("\r\n")).filter(l -> !l.stripLeading().startsWith("#"))
                .reduce("", (a, b) -> a + b + "\n").toLowerCase(Locale.ROOT);
        assertThat(commands).doesNotContain("credential").doesNotContain("password")
                .doesNotContain("securestring").doesNotContain("invoke-");
        assertThat(c.script()).doesNotContain("\n\n").contains("\r\n");
    }

    @ParameterizedTest
    @EnumSource(Collectors.class)
    void everyFileWrittenIsOneTheImportReadsAndTheFixturesAreThoseFiles(Collectors c) throws Exception {
        Set<String> written = new TreeSet<>();
        Matcher m = WRITTEN.matcher(c.script());
        while (m.find()) {
            written.add(m.group(1));
        }
        assertThat(written).contains(ExchangeImport.MANIFEST).allSatisfy(f ->
                assertThat(ExchangeImport.COLLECTED).contains(f));
        List<String> folders = c == Collectors.ON_PREMISES
                ? List.of("collected-onpremises-2016", "collected-hybrid-onpremises")
                : List.of("collected-exchange-online");
        for (String folder : folders) {
            Path dir = Path.of(CollectorsTest.class.getResource("/exchange/" + folder).toURI());
            Set<String> files = new TreeSet<>();
            try (Stream<Path> s = Files.list(dir)) {
                s.forEach(f -> files.add(f.getFileName().toString().replaceFirst("\\.xml$", "")));
            }
            assertThat(files).as(folder).isEqualTo(written);
            assertThat(ExchangeImport.read(List.of(dir)).ignored()).as(folder).isEmpty();
        }
        assertThat(c.script()).contains("Compress-Archive -Path \"$Out\\*\" -DestinationPath \"$Out.zip\"");
    }
}
