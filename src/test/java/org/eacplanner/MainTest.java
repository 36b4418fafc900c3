package org.eacplanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    @Test
    void aSingleExistingAssessmentFileOpensInTheApp() throws Exception {
        Path file = Files.writeString(dir.resolve("acme.eacplan.json"), "{}");
        assertThat(Main.opensInApp(new String[] {file.toString()})).isTrue();
    }

    @Test
    void everythingElseGoesToTheCommandLine() throws Exception {
        Path file = Files.writeString(dir.resolve("acme.eacplan.json"), "{}");
        assertThat(Main.opensInApp(new String[] {dir.resolve("missing.eacplan.json").toString()})).isFalse();
        assertThat(Main.opensInApp(new String[] {"evaluate", file.toString()})).isFalse();
        assertThat(Main.opensInApp(new String[] {Files.writeString(dir.resolve("notes.json"), "{}").toString()}))
                .isFalse();
        assertThat(Main.opensInApp(new String[] {dir.toString()})).isFalse();
    }
}
