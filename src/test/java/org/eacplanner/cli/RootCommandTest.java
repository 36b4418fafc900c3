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

    /** Standard input that fails with {@code error} when {@code probe --password-stdin} reads it. */
    private int runProbeReadingStdinThatThrows(Throwable error) {
        java.io.InputStream in = new java.io.InputStream() {
            @Override
            public int read() {
                throw sneaky(error);
            }

            @Override
            public int read(byte[] b, int off, int len) {
                throw sneaky(error);
            }
        };
        return CliMain.run(in, new PrintWriter(out, true), new PrintWriter(err, true), "probe", "--email",
                "a@acme.test", "--no-proxy", "--only", "EWS_LOGIN", "--ews-url", "https://127.0.0.1:1/EWS/Exchange.asmx",
                "--password-stdin");
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }

    @Test
    void outOfMemoryEndsWithExit3AndOneLineNeverExit1OrAStackTrace() {
        assertThat(runProbeReadingStdinThatThrows(new OutOfMemoryError("Java heap space"))).isEqualTo(ExitCodes.IO);
        assertThat(err.toString()).matches("error: not enough memory \\(Java heap limit \\d+ MB\\); the command "
                + "stopped \\(EAC_PLANNER_OPTS=\"-Xmx2g\" raises the limit\\)" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anyUnexpectedErrorEndsWithExit3AndOneLine() {
        assertThat(runProbeReadingStdinThatThrows(new StackOverflowError())).isEqualTo(ExitCodes.IO);
        assertThat(err.toString().lines()).singleElement().asString().startsWith("error: ").contains("stack overflow");
        err.getBuffer().setLength(0);
        assertThat(runProbeReadingStdinThatThrows(new IllegalStateException())).isEqualTo(ExitCodes.IO);
        assertThat(err.toString()).isEqualTo("error: unexpected IllegalStateException" + System.lineSeparator());
        err.getBuffer().setLength(0);
        assertThat(runProbeReadingStdinThatThrows(new NullPointerException("x\n\tat Fake.frame(Fake.java:1)")))
                .isEqualTo(ExitCodes.IO);
        assertThat(err.toString().lines()).singleElement().asString()
                .isEqualTo("error: unexpected NullPointerException: x\\n\\tat Fake.frame(Fake.java:1)");
    }

    @Test
    void anArgumentWithControlCharactersIsEchoedEscaped() {
        assertThat(run("evaluate", "--lang", "\u001b[31mxx", "a.eacplan.json")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).doesNotContain("\u001b").contains("--lang \\u001b[31mxx");
        err.getBuffer().setLength(0);
        assertThat(run("evaluate", "--as-of", "\u202e2026", "a.eacplan.json")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).doesNotContain("\u202e").contains("\\u202e2026");
    }

    @Test
    void unknownOptionIsBadInput() {
        assertThat(run("--no-such-option")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--no-such-option");
    }
}
