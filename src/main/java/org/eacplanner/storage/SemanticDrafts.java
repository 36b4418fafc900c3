package org.eacplanner.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.InputRules;
import org.eacplanner.rules.FieldPath;

/**
 * What a save does with values that fail the semantic checks (the format's Loading step 5): each value
 * becomes unknown ({@code null}) and its JSON text goes to {@code drafts} under its path, so nothing typed is lost
 * and the app never writes a file that fails the checks. A repeated accepted risk leaves the list: the first entry
 * for a rule stays, each later one goes to {@code drafts} under its own path, e.g. {@code $.acceptedRisks[2]}.
 * A build that contradicts {@code serverVersion} takes the version with it: both go to {@code drafts}.
 */
public final class SemanticDrafts {

    private static final Pattern REPEATED_RISK = Pattern.compile("^\\$\\.acceptedRisks\\[(\\d+)]\\.ruleId$");
    private static final Pattern FIELD = Pattern.compile("^\\$\\.(\\w+)\\.(\\w+)$");

    /**
     * The answers a check across fields moves to drafts when it fails, each with the field's own check its draft must
     * pass to count as what the user answered.
     */
    private static final Map<String, Predicate<String>> CROSS_FIELD = Map.of(
            "$.lightningSync.usersWithErrors", t -> InputRules.wholeNumber(t) == null,
            "$.exchange.serverBuild", t -> InputRules.exchangeBuild(t) == null,
            "$.exchange.serverVersion", t -> t.matches("[A-Z0-9_]+"));

    private SemanticDrafts() {
    }

    /** {@code assessment} unchanged when it passes the semantic checks, else with the failing values moved. */
    public static Assessment apply(Assessment assessment) {
        List<LoadProblem> problems = SemanticChecks.check(assessment);
        if (problems.isEmpty()) {
            return assessment;
        }
        ObjectMapper mapper = AssessmentJson.mapper();
        ObjectNode root = mapper.valueToTree(assessment);
        ObjectNode drafts = root.get("drafts") instanceof ObjectNode d ? d : root.putObject("drafts");
        List<Integer> risksToDrop = new ArrayList<>();
        for (LoadProblem p : problems) {
            Matcher risk = REPEATED_RISK.matcher(p.where());
            Matcher field = FIELD.matcher(p.where());
            if (risk.matches()) {
                int index = Integer.parseInt(risk.group(1));
                drafts.put("$.acceptedRisks[" + index + "]", text(root.path("acceptedRisks").get(index)));
                risksToDrop.add(index);
            } else if (field.matches() && root.get(field.group(1)) instanceof ObjectNode section) {
                if (p.where().equals(SemanticChecks.SERVER_BUILD)) {
                    drafts.put("$.exchange.serverVersion", text(section.get("serverVersion")));
                    section.putNull("serverVersion");
                }
                drafts.put(p.where(), text(section.get(field.group(2))));
                section.putNull(field.group(2));
            } else {
                throw new IllegalStateException("a semantic check reported " + p.where()
                        + ", which SemanticDrafts does not know how to move to drafts");
            }
        }
        ArrayNode risks = (ArrayNode) root.get("acceptedRisks");
        risksToDrop.stream().sorted((a, b) -> b - a).forEach(i -> risks.remove((int) i));
        try {
            return mapper.treeToValue(root, Assessment.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an assessment could not be rebuilt after moving values to drafts", e);
        }
    }

    /**
     * {@code assessment} with the drafts of cross-field answers put back where the field is unknown and the draft
     * passes the field's own check: what the user answered. The app's panel, a save and an export start from it (a
     * failing check then moves them to drafts again, {@link #apply}), so correcting the other answer of a pair
     * brings the drafted one back.
     */
    public static Assessment restore(Assessment assessment) {
        Assessment out = assessment;
        for (Map.Entry<String, String> e : assessment.drafts().entrySet()) {
            String text = e.getValue().trim();
            Predicate<String> check = CROSS_FIELD.get(e.getKey());
            FieldPath field = check == null ? null : FieldPath.ofJsonPath(e.getKey());
            if (field == null || !check.test(text) || field.read(out) != null) {
                continue;
            }
            try {
                Map<String, String> drafts = new LinkedHashMap<>(out.drafts());
                drafts.remove(e.getKey());
                out = field.with(out, field.convert(text)).withDrafts(drafts);
            } catch (IllegalArgumentException notThisType) {
                // the draft does not fit its field (a version this app does not know): left as a draft
            }
        }
        return out;
    }

    /** What the user answered, checked: {@link #apply} of {@link #restore}. */
    public static Assessment asAnswered(Assessment assessment) {
        return apply(restore(assessment));
    }

    /** A string value as typed; anything else (a number, an accepted-risk entry) as compact JSON text. */
    private static String text(JsonNode value) {
        return value.isTextual() ? value.textValue() : value.toString();
    }
}
