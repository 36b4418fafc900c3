package org.eacplanner.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A catalog file that is invalid or older than the shipped catalog; lists every problem found. */
public class CatalogRefusedException extends Exception {

    private final List<CatalogProblem> problems;

    public CatalogRefusedException(List<CatalogProblem> problems) {
        super(problems.stream().map(CatalogProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<CatalogProblem> problems() {
        return problems;
    }
}
