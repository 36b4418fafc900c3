package org.eacplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.eacplanner.common.BuildInfo;
import org.junit.jupiter.api.Test;

class RootCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CliMain.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void versionPrintsTheBuildVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("eac-planner " + BuildInfo.get().version());
        assertThat(BuildInfo.get().version()).isNotEqualTo("dev");
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: eac-planner", "Commands:", "help");
    }

    @Test
    void unknownOptionIsBadInput() {
        assertThat(run("--no-such-option")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--no-such-option");
    }
}
