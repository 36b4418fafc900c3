package org.eacplanner.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.eacplanner.storage.AssessmentLoadException.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Huge, deep and long inputs are refused (or loaded) in bounded time and memory, with a message saying where. */
class HostileFilesTest {

    private static final Duration LIMIT = Duration.ofSeconds(5);
    private static final String HEAD = "{\"format\": \"eac-migration-assessment\", \"schemaVersion\": 1, ";

    private final AssessmentReader reader = new AssessmentReader();

    @TempDir
    Path dir;

    @BeforeEach
    void warmUp() throws Exception {
        reader.read((HEAD + "\"notes\": null}").getBytes(StandardCharsets.UTF_8), "warm-up");
    }

    @Test
    void aHundredMegabyteFileIsRefusedBySizeWithoutBeingRead() throws Exception {
        Path file = dir.resolve("huge.eacplan.json");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(100L * 1024 * 1024);
        }
        long start = System.nanoTime();
        assertThatThrownBy(() -> reader.load(file))
                .isInstanceOf(AssessmentLoadException.class)
                .hasMessage(file + ": $: the file is 100 MB; assessment files over 20 MB are refused")
                .satisfies(e -> assertThat(((AssessmentLoadException) e).kind()).isEqualTo(Kind.TOO_LARGE));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
    }

    @Test
    void tenThousandLevelsOfNestingAreRefusedWithoutAStackOverflow() {
        for (String[] brackets : new String[][] {{"[", "]"}, {"{\"a\": ", "}"}}) {
            String json = HEAD + "\"notes\": " + brackets[0].repeat(10_000) + "1" + brackets[1].repeat(10_000) + "}";
            AssessmentLoadException e = refuse(json);
            assertThat(e.kind()).isEqualTo(Kind.NOT_JSON);
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.where()).matches("line 1, column \\d+");
                assertThat(p.message()).isEqualTo("not valid JSON for an assessment: it is nested deeper than 200 "
                        + "levels (an assessment needs fewer than 10)");
            });
        }
    }

    @Test
    void aFifteenMegabyteTextLoads() {
        String notes = "0123456789abcdef. ".repeat(15 * 1024 * 1024 / 18);
        LoadedAssessment loaded = assertTimeoutPreemptively(LIMIT,
                () -> reader.read((HEAD + "\"notes\": \"" + notes + "\"}").getBytes(StandardCharsets.UTF_8), "long"));
        assertThat(loaded.assessment().notes()).hasSameSizeAs(notes);
    }

    @Test
    void aFifteenMegabyteAddressIsRefusedQuickly() {
        // An address that almost matches: one @, then a host of dots and letters, then a space at the very end.
        String address = "a@" + "b.".repeat(7 * 1024 * 1024) + " ";
        AssessmentLoadException e = refuse(HEAD + "\"preparedBy\": {\"email\": \"" + address + "\"}}");
        assertThat(e.kind()).isEqualTo(Kind.SCHEMA);
        assertThat(e.problems()).extracting(LoadProblem::where).containsOnly("$.preparedBy.email");
    }

    @Test
    void aNumberOfAHundredThousandDigitsIsRefusedWithItsPlace() {
        AssessmentLoadException e = refuse(HEAD + "\"org\": {\"userCount\": " + "9".repeat(100_000) + "}}");
        assertThat(e.kind()).isEqualTo(Kind.NOT_JSON);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).matches("line 1, column \\d+");
            assertThat(p.message()).startsWith("not valid JSON for an assessment: a number has more digits than");
        });
    }

    @Test
    void aNumberTooLargeForItsFieldIsLocatedByPath() {
        AssessmentLoadException e = refuse(HEAD
                + "\"lightningSync\": {\"configurations\": [{\"name\": \"x\", \"assignedUsers\": 123456789012345678901}]}}");
        assertThat(e.problems()).singleElement().satisfies(p ->
                assertThat(p.where()).isEqualTo("$.lightningSync.configurations[0].assignedUsers"));
    }

    @Test
    void textInAnotherEncodingIsRefusedWithAPlace() {
        byte[] utf32 = (HEAD + "\"notes\": \"\uD83D\uDE00\"}").getBytes(java.nio.charset.Charset.forName("UTF-32BE"));
        utf32[utf32.length - 12] = 0x7F;
        assertThatThrownBy(() -> reader.read(utf32, "utf32"))
                .isInstanceOf(AssessmentLoadException.class)
                .satisfies(t -> assertThat(((AssessmentLoadException) t).problems()).singleElement()
                        .satisfies(p -> assertThat(p.where()).matches("line \\d+, column \\d+")));
    }

    @Test
    void textAfterTheObjectIsRefusedWhereItStarts() {
        AssessmentLoadException e = refuse(HEAD + "\"notes\": null}\n{\"notes\": \"a second object\"}");
        assertThat(e.problems()).containsExactly(new LoadProblem("line 2, column 1",
                "not valid JSON: there is more after the end of the JSON object"));
    }

    private AssessmentLoadException refuse(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return assertTimeoutPreemptively(LIMIT, () -> {
            try {
                reader.read(bytes, "hostile");
            } catch (AssessmentLoadException e) {
                return e;
            }
            throw new AssertionError("a hostile file loaded");
        });
    }
}
