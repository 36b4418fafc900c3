package org.eacplanner.export;

/** The parts of the report a consultant can leave out; the cover and the contents are always there. */
public enum Section {
    /** Counts by severity, the top blockers, the nearest deadline and the deadline timeline. */
    SUMMARY,
    /** Every finding by severity and area. */
    FINDINGS,
    /** The checklist by phase, with progress. */
    CHECKLIST,
    /** The inventory answers (appendix). */
    INVENTORY,
    /** The live checks' results and evidence (appendix). */
    EVIDENCE,
    /** Every source the findings cite (appendix). */
    SOURCES
}
