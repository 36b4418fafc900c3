package org.eacplanner.exchange;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eacplanner.exchange.ExchangeAnswers.Evidence;
import org.eacplanner.exchange.ExchangeAnswers.Proposal;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.ImportRecord;
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
        return fileName(e.file()) + ": " + e.object() + ", " + e.property() + (evidence.size() > 1 ? " (+" + (evidence.size() - 1)
                + ")" : "");
    }

    /**
     * The record of an import kept with the assessment: the files (by name, without their folders, which name the
     * admin's own), the answers {@code applied} with where each was read, and the files not used.
     */
    public static ImportRecord record(ExchangeImport.Result r, List<Proposal> applied, Instant importedAt) {
        return new ImportRecord(ImportRecord.EXCHANGE, importedAt,
                r.sources().stream().map(s -> new ImportRecord.Source(fileName(s.file()), s.kind(), s.objects(),
                        s.exportedAt(), null)).toList(),
                applied.stream().map(p -> new ImportRecord.Answer(p.path(), p.value(), p.basis(),
                        p.evidence().stream().map(e -> new ImportRecord.Evidence(fileName(e.file()), e.object(),
                                e.property(), e.exportedAt(), null)).toList(), null)).toList(),
                r.ignored().stream().map(i -> new ImportRecord.Ignored(fileName(i.file()), i.reason(), null)).toList(),
                null);
    }

    /** {@code a} with {@code record} after its earlier imports. */
    public static Assessment withRecord(Assessment a, ImportRecord record) {
        List<ImportRecord> all = new ArrayList<>(a.imports());
        all.add(record);
        return a.withImports(all);
    }

    /** A file as read, without its folders: {@code Get-ExchangeServer.xml}, {@code export.zip!/Get-ExchangeServer.xml}. */
    public static String fileName(String file) {
        int bang = file.lastIndexOf("!/");
        return bang >= 0 ? Path.of(file.substring(0, bang)).getFileName() + "!/" + file.substring(bang + 2)
                : String.valueOf(Path.of(file).getFileName());
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
