package org.eacplanner.probe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.Eac;
import org.eacplanner.model.Exchange;
import org.eacplanner.model.LightningSync;
import org.eacplanner.model.Org;
import org.eacplanner.model.ProbeResult;
import org.eacplanner.storage.AssessmentJson;

/**
 * "Apply to inventory": shows each proposal beside the inventory's current answer, and applies the ones the admin
 * accepted, returning a new assessment (the inventory is never changed silently, and nothing else changes).
 */
public final class Proposals {

    private static final Map<String, Class<? extends Record>> SECTIONS = Map.of("org", Org.class, "exchange",
            Exchange.class, "lightningSync", LightningSync.class, "eac", Eac.class);

    /** A proposal with the answer it would replace ({@code null}: unknown today). */
    public record Preview(ProbeResult.Proposal proposal, Object currentValue, boolean changesAnswer) { }

    private Proposals() {
    }

    /** Each proposal with the current value of its field, in order. */
    public static List<Preview> preview(Assessment assessment, List<ProbeResult.Proposal> proposals) {
        ObjectMapper m = AssessmentJson.mapper();
        JsonNode tree = m.valueToTree(assessment);
        return proposals.stream().map(p -> {
            JsonNode current = tree.at(pointer(p.path()));
            JsonNode proposed = m.valueToTree(p.value());
            Object currentValue = current.isMissingNode() || current.isNull() ? null : m.convertValue(current, Object.class);
            return new Preview(p, currentValue, !proposed.equals(current.isMissingNode() ? NullNode.instance : current));
        }).toList();
    }

    /**
     * Applies the accepted proposals in order (a later one for the same field wins).
     *
     * @throws IllegalArgumentException for a path that is not an inventory field, or a value the field does not take
     */
    public static Assessment apply(Assessment assessment, List<ProbeResult.Proposal> accepted) {
        ObjectMapper m = AssessmentJson.mapper();
        ObjectNode tree = m.valueToTree(assessment);
        for (ProbeResult.Proposal p : accepted) {
            String[] seg = segments(p.path());
            ObjectNode section = tree.get(seg[0]) instanceof ObjectNode o ? o : tree.putObject(seg[0]);
            section.set(seg[1], m.valueToTree(p.value()));
        }
        try {
            return m.treeToValue(tree, Assessment.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("a proposal does not fit the inventory: " + Errors.describe(e));
        }
    }

    /** {@code $.exchange.authMethods} → {@code [exchange, authMethods]}, for inventory fields only. */
    static String[] segments(String path) {
        String[] seg = path == null || !path.startsWith("$.") ? new String[0] : path.substring(2).split("\\.");
        Class<? extends Record> type = seg.length == 2 ? SECTIONS.get(seg[0]) : null;
        if (type == null || Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .noneMatch(n -> n.equals(seg[1]) && !n.equals("unknownFields"))) {
            throw new IllegalArgumentException("not an inventory field: " + path);
        }
        return seg;
    }

    private static String pointer(String path) {
        String[] seg = segments(path);
        return "/" + seg[0] + "/" + seg[1];
    }
}
