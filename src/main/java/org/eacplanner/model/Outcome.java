package org.eacplanner.model;

/** A probe step's outcome; a probe's outcome is its worst step ({@code SKIPPED} steps do not count). */
public enum Outcome {
    PASS,
    WARN,
    FAIL,
    SKIPPED,
    ERROR
}
