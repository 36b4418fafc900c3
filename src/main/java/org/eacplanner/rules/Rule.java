package org.eacplanner.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
        Set<String> fields,
        CatalogTextSet texts) {

    public Rule {
        sources = List.copyOf(sources);
        fields = Collections.unmodifiableSet(new TreeSet<>(fields));
    }

    /**
     * The rule's deadline dates for listings: one entry keyed {@code ""} for a fixed date, one per value
     * (e.g. {@code EXCHANGE_2016}) for a deadline that depends on a field; empty for rules without one.
     */
    public Map<String, LocalDate> deadlineDates() {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
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
