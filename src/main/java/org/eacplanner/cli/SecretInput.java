package org.eacplanner.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.eacplanner.probe.Secret;

/**
 * Reads secrets for {@code probe}: one line each from standard input ({@code --password-stdin}, …, in that order),
 * or, with a terminal, a prompt without echo. Never from arguments; read into {@code char[]}, never a String.
 */
final class SecretInput {

    private final Reader stdin;
    private final Console console;

    SecretInput(InputStream in, Console console) {
        this.stdin = new InputStreamReader(in, StandardCharsets.UTF_8);
        this.console = console;
    }

    /** The next line of standard input, without its line end; empty at end of input. */
    Secret line() throws IOException {
        char[] buf = new char[64];
        int n = 0;
        for (int c = stdin.read(); c >= 0 && c != '\n'; c = stdin.read()) {
            if (n == buf.length) {
                char[] bigger = Arrays.copyOf(buf, n * 2);
                Arrays.fill(buf, '\0');
                buf = bigger;
            }
            buf[n++] = (char) c;
        }
        if (n > 0 && buf[n - 1] == '\r') {
            n--;
        }
        char[] out = Arrays.copyOf(buf, n);
        Arrays.fill(buf, '\0');
        return Secret.of(out);
    }

    /** A prompt without echo when there is a terminal; else nothing (the probe that needs it is skipped). */
    Secret prompt(String label) {
        if (console == null) {
            return Secret.of(null);
        }
        return Secret.of(console.readPassword("%s: ", label));
    }
}
