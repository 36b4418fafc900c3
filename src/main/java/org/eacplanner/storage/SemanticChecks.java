package org.eacplanner.storage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eacplanner.model.AcceptedRisk;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.Deployment;
import org.eacplanner.model.Exchange;
import org.eacplanner.model.ExchangeBuild;
import org.eacplanner.model.LightningSync;
import org.eacplanner.model.OrgIds;
import org.eacplanner.model.ServerVersion;

/**
 * The checks the schema cannot express (the format's Loading step 5), and nothing else: the 18-character org ID
 * checksum, users with errors ≤ users syncing, one accepted risk per rule, and (version 2) a server build of the
 * product {@code serverVersion} names.
 */
public final class SemanticChecks {

    /** Where the build check reports; a save moves both {@code serverVersion} and {@code serverBuild} to drafts. */
    public static final String SERVER_BUILD = "$.exchange.serverBuild";

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
        LoadProblem build = buildMismatch(a.exchange());
        if (build != null) {
            problems.add(build);
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

    /**
     * With both {@code serverVersion} and {@code serverBuild} known and a deployment other than Exchange Online,
     * the build's product must be that version; a build of no known product is not an error.
     */
    private static LoadProblem buildMismatch(Exchange e) {
        ServerVersion answered = e.serverVersion();
        if (answered == null || e.serverBuild() == null || e.deployment() == Deployment.EXCHANGE_ONLINE) {
            return null;
        }
        ExchangeBuild build = ExchangeBuild.parse(e.serverBuild()).orElse(null);
        ServerVersion product = build == null ? null : build.product().orElse(null);
        if (product == null || product == answered) {
            return null;
        }
        return new LoadProblem(SERVER_BUILD, "build " + build + " is " + product + "; serverVersion says " + answered);
    }
}
