package org.eacplanner.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.eacplanner.model.Severity;

/**
 * Findings grouped as the app and every report show them: by severity (BLOCKER, WARNING, GAP, INFO), then by area
 * in the order of {@link Area}, each group in plan order; empty groups are left out.
 */
public final class FindingGroups {

    private FindingGroups() {
    }

    /** The findings of one area within a severity. */
    public record AreaGroup(Area area, List<Finding> findings) {
        public AreaGroup {
            findings = List.copyOf(findings);
        }
    }

    /** The findings of one severity, by area. */
    public record SeverityGroup(Severity severity, List<AreaGroup> areas) {
        public SeverityGroup {
            areas = List.copyOf(areas);
        }

        public int count() {
            return areas.stream().mapToInt(a -> a.findings().size()).sum();
        }
    }

    /** The groups of the findings that pass {@code keep} (a severity filter, a search). */
    public static List<SeverityGroup> of(List<Finding> findings, Predicate<Finding> keep) {
        List<SeverityGroup> groups = new ArrayList<>();
        for (Severity s : Severity.values()) {
            List<AreaGroup> areas = new ArrayList<>();
            for (Area area : Area.values()) {
                List<Finding> group = findings.stream()
                        .filter(f -> f.severity() == s && f.area() == area && keep.test(f)).toList();
                if (!group.isEmpty()) {
                    areas.add(new AreaGroup(area, group));
                }
            }
            if (!areas.isEmpty()) {
                groups.add(new SeverityGroup(s, areas));
            }
        }
        return groups;
    }
}
