package org.eacplanner.compare;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.eacplanner.model.Assessment;
import org.eacplanner.storage.AssessmentJson;
import org.eacplanner.storage.Scenarios;
import org.eacplanner.testing.Inventories;

/** Hand-made variants of a scenario: its JSON tree, edited, loaded through the real reader. */
final class Variants {

    private Variants() {
    }

    static ObjectNode tree(String scenario) {
        try {
            return (ObjectNode) AssessmentJson.mapper().readTree(
                    Scenarios.folder().resolve(scenario + ".eacplan.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Assessment of(String scenario, Consumer<ObjectNode> edit) {
        ObjectNode tree = tree(scenario);
        edit.accept(tree);
        return Inventories.load(tree).assessment();
    }

    static Assessment of(String scenario) {
        return of(scenario, t -> { });
    }

    static ObjectNode section(ObjectNode tree, String name) {
        return (ObjectNode) tree.get(name);
    }

    /** A probe result as JSON, with the given outcome and timings. */
    static ObjectNode probe(ObjectNode tree, String probeId, String target, String outcome, String startedAt,
            long elapsedMs) {
        ObjectNode p = tree.withArray("probes").addObject();
        p.put("probeId", probeId).put("target", target).put("startedAt", startedAt).put("finishedAt", startedAt)
                .put("outcome", outcome).putNull("reason").put("credentialsUsed", false).put("cancelled", false);
        p.putArray("steps").addObject().put("name", "GET " + target).put("outcome", outcome).put("elapsedMs", elapsedMs)
                .putObject("evidence").put("status", 401);
        p.putArray("proposals");
        return p;
    }
}
