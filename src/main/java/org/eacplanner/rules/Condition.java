package org.eacplanner.rules;

/**
 * A compiled condition of the catalog, tested against an assessment (or, inside {@code any}, a list
 * element). Unknown answers follow rules.md: a comparison on an unknown answer is false, {@code not}
 * is the plain negation.
 */
@FunctionalInterface
public interface Condition {

    Condition ALWAYS = subject -> true;

    boolean test(Object subject);
}
