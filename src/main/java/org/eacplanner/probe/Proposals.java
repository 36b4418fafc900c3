package org.eacplanner.probe;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.ProbeResult;
import org.eacplanner.rules.CatalogException;
import org.eacplanner.rules.FieldPath;

/**
 * "Apply to inventory": shows each proposal beside the inventory's current answer, and applies the ones the admin
 * accepted, returning a new assessment (the inventory is never changed silently, and nothing else changes).
 */
public final class Proposals {

    private static final Set<String> SECTIONS = Set.of("org", "exchange", "lightningSync", "eac");

    /** A proposal with the answer it would replace ({@code null}: unknown today). */
    public record Preview(ProbeResult.Proposal proposal, Object currentValue, boolean changesAnswer) { }

    private Proposals() {
    }

    /**
     * Each proposal with the current value of its field, in order. A proposal that names no inventory field or whose
     * value does not fit it (a hand-edited file) changes nothing, so it is never offered.
     */
    public static List<Preview> preview(Assessment assessment, List<ProbeResult.Proposal> proposals) {
        return proposals.stream().map(p -> {
            try {
                FieldPath field = field(p.path());
                Object current = field.read(assessment);
                return new Preview(p, current, !Objects.equals(current, field.convert(p.value())));
            } catch (IllegalArgumentException doesNotFit) {
                return new Preview(p, null, false);
            }
        }).toList();
    }

    /**
     * Applies the accepted proposals in order (a later one for the same field wins).
     *
     * @throws IllegalArgumentException for a path that is not an inventory field, or a value the field does not take
     */
    public static Assessment apply(Assessment assessment, List<ProbeResult.Proposal> accepted) {
        Assessment out = assessment;
        for (ProbeResult.Proposal p : accepted) {
            FieldPath field = field(p.path());
            try {
                out = field.with(out, field.convert(p.value()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("a proposal does not fit the inventory: " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** The inventory field a proposal names ({@code $.exchange.authMethods}). */
    static FieldPath field(String path) {
        String[] seg = path == null || !path.startsWith("$.") ? new String[0] : path.substring(2).split("\\.");
        if (seg.length != 2 || !SECTIONS.contains(seg[0])) {
            throw new IllegalArgumentException("not an inventory field: " + path);
        }
        try {
            return FieldPath.ofJsonPath(path);
        } catch (CatalogException e) {
            throw new IllegalArgumentException("not an inventory field: " + path, e);
        }
    }
}
