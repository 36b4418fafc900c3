package org.eacplanner.storage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eacplanner.model.AcceptedRisk;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.LightningSync;
import org.eacplanner.model.OrgIds;

/**
 * The checks the schema cannot express (assessment-format.md, Loading step 5), and nothing else:
 * the 18-character org ID checksum, users with errors ≤ users syncing, one accepted risk per rule.
 */
public final class SemanticChecks {

    private SemanticChecks() {
    }

    public static List<LoadProblem> check(Assessment a) {
        List<LoadProblem> problems = new ArrayList<>();
        String orgId = a.org().orgId();
        if (orgId != null && orgId.length() == 18) {
            String why = OrgIds.problem(orgId);
            if (why != null) {
                problems.add(new LoadProblem("$.org.orgId", why));
            }
        }
        LightningSync ls = a.lightningSync();
        if (ls.usersWithErrors() != null && ls.usersSyncing() != null && ls.usersWithErrors() > ls.usersSyncing()) {
            problems.add(new LoadProblem("$.lightningSync.usersWithErrors", "users with errors (" + ls.usersWithErrors()
                    + ") cannot exceed users syncing (" + ls.usersSyncing() + ")"));
        }
        Map<String, Integer> firstIndex = new HashMap<>();
        List<AcceptedRisk> risks = a.acceptedRisks();
        for (int i = 0; i < risks.size(); i++) {
            String ruleId = risks.get(i).ruleId();
            Integer first = firstIndex.putIfAbsent(ruleId, i);
            if (first != null) {
                problems.add(new LoadProblem("$.acceptedRisks[" + i + "].ruleId", "rule " + ruleId
                        + " is already accepted at $.acceptedRisks[" + first + "]; a rule can be accepted once"));
            }
        }
        return problems;
    }
}
