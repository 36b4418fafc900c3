package org.eacplanner.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eacplanner.exchange.ExchangeAnswers.Evidence;
import org.eacplanner.exchange.ExchangeAnswers.Proposal;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.ProbeResult;
import org.eacplanner.probe.Proposals;

/**
 * An import's proposals as answers of an assessment: applied the way live checks' proposals are
 * ({@link Proposals}), so a value the field does not take (an {@code http} EWS URL) is refused with the reason and
 * never half-applied.
 */
public final class ImportProposals {

    /** A proposal not applied, and why. */
    public record Skipped(Proposal proposal, String reason) {
    }

    /** The assessment with the answers applied, the proposals that changed an answer, and those refused. */
    public record Applied(Assessment assessment, List<Proposal> changed, List<Skipped> skipped) {
        public Applied {
            changed = List.copyOf(changed);
            skipped = List.copyOf(skipped);
        }
    }

    private ImportProposals() {
    }

    /** A proposal in the form the live checks' review takes: its basis ends with where it was read. */
    public static ProbeResult.Proposal asReviewed(Proposal p) {
        return new ProbeResult.Proposal(p.path(), p.value(), p.basis() + " — " + where(p.evidence()), null);
    }

    /** Where a proposal was read, short: {@code Get-ExchangeServer.xml: EX19-A, AdminDisplayVersion (+1)}. */
    public static String where(List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            return "";
        }
        Evidence e = evidence.get(0);
        String file = e.file();
        int bang = file.lastIndexOf("!/");
        String name = bang >= 0 ? file.substring(bang + 2) : String.valueOf(Path.of(file).getFileName());
        return name + ": " + e.object() + ", " + e.property() + (evidence.size() > 1 ? " (+" + (evidence.size() - 1)
                + ")" : "");
    }

    /** Applies every proposal that changes an answer, in order; one the field refuses is skipped with the reason. */
    public static Applied apply(Assessment a, List<Proposal> proposals) {
        Assessment out = a;
        List<Proposal> changed = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Proposal p : proposals) {
            ProbeResult.Proposal reviewed = asReviewed(p);
            try {
                Assessment next = Proposals.apply(out, List.of(reviewed));
                if (Proposals.preview(out, List.of(reviewed)).get(0).changesAnswer()) {
                    out = next;
                    changed.add(p);
                }
            } catch (IllegalArgumentException e) {
                skipped.add(new Skipped(p, e.getMessage()));
            }
        }
        return new Applied(out, changed, skipped);
    }
}
