package org.eacplanner.rules;

import java.util.List;

/**
 * One rule of the catalog: stable ID, area, side, condition, how its severity and deadline are decided, its
 * source links, the inventory fields its condition reads (shorthands expanded, so the wizard can tell which step
 * a finding belongs to), and its own texts with their named parameters and variants.
 */
public record Rule(
        String id,
        Area area,
        Side side,
        String when,
        Condition condition,
        SeveritySpec severity,
        DeadlineSpec deadline,
        DeadlinePrecision deadlinePrecision,
        Evidence deadlineEvidence,
        List<String> sources,
        java.util.Set<String> fields,
        CatalogTextSet texts) {

    public Rule {
        sources = List.copyOf(sources);
        fields = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(fields));
    }

    /**
     * The rule's deadline dates for listings: one entry keyed {@code ""} for a fixed date, one per value
     * (e.g. {@code EXCHANGE_2016}) for a deadline that depends on a field; empty for rules without one.
     */
    public java.util.Map<String, java.time.LocalDate> deadlineDates() {
        java.util.Map<String, java.time.LocalDate> dates = new java.util.LinkedHashMap<>();
        if (deadline instanceof DeadlineSpec.Fixed f) {
            dates.put("", f.date());
        } else if (deadline instanceof DeadlineSpec.ByField b) {
            b.dates().forEach((k, v) -> dates.put(String.valueOf(k), v));
        }
        return dates;
    }

    /** Whether findings of this rule carry a deadline and days left. */
    public boolean hasDeadline() {
        return !(deadline instanceof DeadlineSpec.None);
    }
}
