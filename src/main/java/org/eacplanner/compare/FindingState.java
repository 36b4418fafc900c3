package org.eacplanner.compare;

import java.time.LocalDate;
import org.eacplanner.model.Severity;
import org.eacplanner.rules.Finding;

/** What a comparison looks at in a finding: its severity, its deadline and whether it is accepted as a risk. */
public record FindingState(Severity severity, LocalDate deadline, boolean accepted) {

    public static FindingState of(Finding f) {
        return new FindingState(f.severity(), f.deadline(), f.accepted());
    }
}
