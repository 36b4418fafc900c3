package org.eacplanner.probe;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.eacplanner.model.Edition;
import org.eacplanner.model.Outcome;
import org.eacplanner.model.ProbeId;

/**
 * SALESFORCE_ORG: only with an access token and My Domain. {@code GET /services/data/}, then a REST query of
 * {@code Organization}; fills the org's ID, name, instance and edition (not its cloud, which this cannot tell).
 */
final class SalesforceOrgProbe implements Probe {

    static final String QUERY = "SELECT Id, Name, InstanceName, OrganizationType, IsSandbox FROM Organization";

    @Override
    public ProbeId id() {
        return ProbeId.SALESFORCE_ORG;
    }

    @Override
    public String target(ProbeRun run) {
        String my = run.inputs().myDomain();
        String base = run.settings().endpoints().salesforceUrl();
        if (my != null) {
            return my;
        }
        HttpUrl u = base == null ? null : HttpUrl.parse(base);
        return u == null ? null : u.host();
    }

    @Override
    public void run(ProbeRun run) {
        String base = run.settings().endpoints().salesforceUrl();
        if (base == null && run.inputs().myDomain() != null) {
            base = "https://" + run.inputs().myDomain();
        }
        if (run.credentials().token().isEmpty() || base == null) {
            HttpSteps.skip(run, ProbeText.of("probe.step.readOrg"), ProbeText.of(base == null ? "probe.input.noMyDomain"
                    : "probe.input.noToken"), ProbeText.of("probe.advice.myDomainAndToken"));
            return;
        }
        HttpUrl root = HttpSteps.url(ProbeEndpoints.stripSlash(base), ProbeText.of("probe.what.salesforceUrl"));
        StepTimer versions = run.begin(ProbeText.of("probe.step.apiVersions", root.host()));
        HttpReply r = send(run, versions, root.newBuilder().addPathSegments("services/data/").build(), root);
        String latest = latestVersionPath(HttpSteps.json(r));
        versions.put("latest", latest).pass();

        StepTimer query = run.begin(ProbeText.of("probe.step.queryOrg"));
        HttpUrl q = root.newBuilder().encodedPath(latest + "/query/").addQueryParameter("q", QUERY).build();
        JsonNode result = HttpSteps.json(send(run, query, q, root));
        JsonNode org = result.path("records").path(0);
        if (org.isMissingNode()) {
            query.fail(ProbeText.of("probe.salesforce.noOrgRecord"), ProbeText.of("probe.advice.apiAccess"));
            return;
        }
        String id = HttpSteps.text(org, "Id");
        String type = HttpSteps.text(org, "OrganizationType");
        query.put("Id", id).put("Name", HttpSteps.text(org, "Name")).put("InstanceName", HttpSteps.text(org, "InstanceName"))
                .put("OrganizationType", type).put("IsSandbox", org.path("IsSandbox").isBoolean()
                        ? org.path("IsSandbox").asBoolean() : null).pass();
        ProbeText basis = ProbeText.of("probe.basis.orgRecord", root.host());
        run.propose("$.org.orgId", id, basis);
        run.propose("$.org.name", HttpSteps.text(org, "Name"), basis);
        run.propose("$.org.instance", HttpSteps.text(org, "InstanceName"), basis);
        if (type != null) {
            run.propose("$.org.edition", edition(type).name(), ProbeText.of("probe.basis.orgType", basis, type));
        }
    }

    private static HttpReply send(ProbeRun run, StepTimer step, HttpUrl url, HttpUrl root) {
        if (!url.isHttps()) {
            throw new ProbeProblem(Outcome.FAIL, ProbeText.of("probe.salesforce.tokenHttpsOnly"),
                    ProbeText.of("probe.advice.httpsMyDomain"));
        }
        String bearer = run.credentials().token().use(t -> "Bearer " + new String(t));
        Request req = HttpSteps.get(url).newBuilder().header("Authorization", bearer).build();
        HttpReply r = HttpSteps.send(run, step, req, Origin.of(root));
        if (r.code() == 401) {
            throw new ProbeProblem(Outcome.FAIL, ProbeText.of("probe.salesforce.tokenRefused"),
                    ProbeText.of("probe.advice.freshToken"));
        }
        if (r.code() != 200) {
            throw new ProbeProblem(Outcome.FAIL, ProbeText.of("probe.salesforce.unexpectedStatus", r.code()),
                    ProbeText.of("probe.advice.myDomain"));
        }
        return r;
    }

    /** The path of the newest API version, e.g. {@code /services/data/v62.0}; must stay on this host. */
    static String latestVersionPath(JsonNode versions) {
        String best = null;
        double bestVersion = -1;
        for (JsonNode v : versions) {
            String url = HttpSteps.text(v, "url");
            double n;
            try {
                n = Double.parseDouble(HttpSteps.text(v, "version"));
            } catch (NumberFormatException | NullPointerException e) {
                continue;
            }
            if (url != null && url.matches("/services/data/v[0-9]+\\.[0-9]+") && n > bestVersion) {
                best = url;
                bestVersion = n;
            }
        }
        if (best == null) {
            throw new ProbeProblem(Outcome.FAIL, ProbeText.of("probe.salesforce.noApiVersion"),
                    ProbeText.of("probe.advice.myDomain"));
        }
        return best;
    }

    /** probes.md: the first word of OrganizationType; anything else is OTHER. */
    static Edition edition(String organizationType) {
        String first = organizationType.trim().split("\\s+")[0].toUpperCase(Locale.ROOT);
        return switch (first) {
            case "PROFESSIONAL" -> Edition.PROFESSIONAL;
            case "ENTERPRISE" -> Edition.ENTERPRISE;
            case "UNLIMITED" -> Edition.UNLIMITED;
            case "PERFORMANCE" -> Edition.PERFORMANCE;
            case "DEVELOPER" -> Edition.DEVELOPER;
            case "ESSENTIALS" -> Edition.ESSENTIALS;
            case "GROUP", "TEAM" -> Edition.GROUP;
            default -> Edition.OTHER;
        };
    }
}
