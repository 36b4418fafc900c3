package org.eacplanner.storage;

import java.util.Locale;

/**
 * One problem with a file: where (a JSON path such as {@code $.exchange.authMethods[1]}, or
 * {@code line L, column C} for a syntax error, or {@code $} for the whole file) and what is wrong.
 */
public record LoadProblem(String where, String message) {

    /** The line that ends a list cut short: {@code $: ... and 4,999,900 more problems}. */
    static LoadProblem more(long count) {
        return new LoadProblem("$", "... and " + String.format(Locale.ROOT, "%,d", count)
                + (count == 1 ? " more problem" : " more problems"));
    }

    @Override
    public String toString() {
        return where + ": " + message;
    }
}
