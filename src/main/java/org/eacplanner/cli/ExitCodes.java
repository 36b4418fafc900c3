package org.eacplanner.cli;

/** Exit codes shared by every command (product.md, "Command line"). */
public final class ExitCodes {

    /** Done; no unaccepted blockers (or nothing differs, for compare). */
    public static final int OK = 0;
    /** Done; blockers found (evaluate), something differs (compare), a probe failed (probe). */
    public static final int FINDINGS = 1;
    /** Bad input: the message on stderr says what and where. */
    public static final int BAD_INPUT = 2;
    /** I/O or network failure. */
    public static final int IO = 3;

    private ExitCodes() {
    }

    /** The worse of two exit codes: 3 over 2 over 1 over 0. */
    public static int worst(int a, int b) {
        return Math.max(a, b);
    }
}
