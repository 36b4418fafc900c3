package org.eacplanner.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Collectors;
import org.eacplanner.rules.ChecklistItemDef;
import org.eacplanner.rules.Rule;
import org.eacplanner.rules.SeveritySpec;

/** How the {@code catalog} command describes a rule's severity, deadlines and an item's condition. */
final class CatalogDescription {

    private CatalogDescription() {
    }

    static String severity(Rule r) {
        SeveritySpec s = r.severity();
        if (s instanceof SeveritySpec.Fixed f) {
            return f.severity().name();
        }
        if (s instanceof SeveritySpec.BeforeAndFrom b) {
            return b.before() + " before the deadline, " + b.from() + " from it";
        }
        if (s instanceof SeveritySpec.Cases c) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < c.written().size(); i++) {
                out.append(c.severities().get(i)).append(" when ").append(c.written().get(i)).append("; ");
            }
            return out.append(c.otherwise()).append(" otherwise").toString();
        }
        return "DATED (INFO over " + SeveritySpec.Dated.WARNING_DAYS + " days before the deadline, WARNING within "
                + SeveritySpec.Dated.WARNING_DAYS + ", BLOCKER from the deadline)";
    }

    static String deadlines(Rule r) {
        return r.deadlineDates().entrySet().stream()
                .map(e -> e.getKey().isEmpty() ? e.getValue().toString() : e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    static ObjectNode deadlinesJson(Rule r) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        r.deadlineDates().forEach((k, v) -> n.put(k.isEmpty() ? "deadline" : k, v.toString()));
        return n;
    }

    static String condition(ChecklistItemDef i) {
        String when = i.when();
        if (!i.causedBy().isEmpty()) {
            String causes = "a finding of " + String.join(", ", i.causedBy());
            return "always".equals(when) ? causes : when + " and " + causes;
        }
        return when;
    }
}
