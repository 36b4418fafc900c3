package org.eacplanner.storage;

/**
 * One problem with a file: where (a JSON path such as {@code $.exchange.authMethods[1]}, or
 * {@code line L, column C} for a syntax error, or {@code $} for the whole file) and what is wrong.
 */
public record LoadProblem(String where, String message) {

    @Override
    public String toString() {
        return where + ": " + message;
    }
}
