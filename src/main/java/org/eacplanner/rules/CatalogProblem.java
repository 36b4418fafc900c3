package org.eacplanner.rules;

/** One problem of a catalog file: the JSON path of the offending value ({@code $.rules[3].condition}) and why. */
public record CatalogProblem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
