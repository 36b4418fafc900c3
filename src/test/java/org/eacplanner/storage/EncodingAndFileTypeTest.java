package org.eacplanner.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.eacplanner.cli.CliMain;
import org.eacplanner.storage.AssessmentLoadException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Only UTF-8 text is read, and only from regular files: a named pipe is refused without waiting on it. */
class EncodingAndFileTypeTest {

    private static final String JSON = "{\"format\": \"eac-migration-assessment\", \"schemaVersion\": 1, \"notes\": \"é\"}";

    private final AssessmentReader reader = new AssessmentReader();

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "UTF-16LE, false, UTF-16 (little-endian)",
        "UTF-16BE, false, UTF-16 (big-endian)",
        "UTF-32LE, false, UTF-32 (little-endian)",
        "UTF-32BE, false, UTF-32 (big-endian)",
        "UTF-16LE, true, UTF-16 (little-endian)",
        "UTF-16BE, true, UTF-16 (big-endian)",
        "UTF-32LE, true, UTF-32 (little-endian)",
        "UTF-32BE, true, UTF-32 (big-endian)"})
    void textInUtf16OrUtf32IsRefusedWithItsEncodingNamed(String charset, boolean bom, String named) {
        byte[] bytes = ((bom ? "\uFEFF" : "") + JSON).getBytes(Charset.forName(charset));

        assertThatThrownBy(() -> reader.read(bytes, "wide.eacplan.json"))
                .isInstanceOf(AssessmentLoadException.class)
                .hasMessage("wide.eacplan.json: line 1, column 1: the file is " + named
                        + " text; assessment files are UTF-8")
                .satisfies(e -> assertThat(((AssessmentLoadException) e).kind()).isEqualTo(Kind.NOT_JSON));
    }

    @Test
    void utf8WithOrWithoutAByteOrderMarkLoads() throws Exception {
        assertThat(reader.read(JSON.getBytes(StandardCharsets.UTF_8), "plain").assessment().notes()).isEqualTo("é");
        assertThat(reader.read(("\uFEFF" + JSON).getBytes(StandardCharsets.UTF_8), "bom").assessment().notes())
                .isEqualTo("é");
    }

    @Test
    void aNamedPipeIsRefusedWithoutBeingOpened() throws Exception {
        Path fifo = mkfifo(dir.resolve("pipe.eacplan.json"));

        AssessmentLoadException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                reader.load(fifo);
            } catch (AssessmentLoadException refused) {
                return refused;
            }
            throw new AssertionError("a named pipe loaded");
        });

        assertThat(e.kind()).isEqualTo(Kind.IO);
        assertThat(e).hasMessage(fifo + ": $: is not a regular file (a named pipe, device or socket); only regular "
                + "files are read");
    }

    @Test
    void validateOfAFolderWithANamedPipeInItReportsThePipeAndGoesOn() throws Exception {
        Files.writeString(dir.resolve("a.eacplan.json"), JSON);
        Path fifo = mkfifo(dir.resolve("b.eacplan.json"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> CliMain.run(new PrintWriter(out), new PrintWriter(err), "validate", dir.toString()));

        assertThat(out.toString()).contains(dir.resolve("a.eacplan.json") + ": valid")
                .contains(fifo + ": $: is not a regular file");
        assertThat(exit).isEqualTo(3);
    }

    private static Path mkfifo(Path path) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "mkfifo is not available here");
            throw e;
        }
        assumeTrue(p.waitFor() == 0, "mkfifo failed");
        return path;
    }
}
