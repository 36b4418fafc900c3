package org.eacplanner.probe;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import okhttp3.HttpUrl;
import org.eacplanner.model.Outcome;
import org.eacplanner.model.ProbeId;

/** AUTODISCOVER_JSON: {@code GET …/autodiscover/autodiscover.json/v1.0/{email}?Protocol=EWS} on each candidate. */
final class AutodiscoverJsonProbe implements Probe {

    @Override
    public ProbeId id() {
        return ProbeId.AUTODISCOVER_JSON;
    }

    @Override
    public String target(ProbeRun run) {
        return run.inputs().domain();
    }

    @Override
    public void run(ProbeRun run) {
        List<String> bases = Autodiscover.jsonBases(run);
        for (int i = 0; i < bases.size(); i++) {
            boolean last = i == bases.size() - 1;
            HttpUrl url = HttpSteps.url(bases.get(i), "the Autodiscover base").newBuilder()
                    .addPathSegments("autodiscover/autodiscover.json/v1.0").addPathSegment(run.inputs().email())
                    .addQueryParameter("Protocol", "EWS").build();
            StepTimer step = run.begin("GET autodiscover.json from " + url.host());
            try {
                HttpReply r = HttpSteps.send(run, step, HttpSteps.get(url), null);
                String ewsUrl = ewsUrl(r);
                step.put("ewsUrl", ewsUrl).pass();
                String host = r.host();
                run.proposeServerField(host, "$.exchange.autodiscoverEnabled", true, "autodiscover.json answered at " + r.url());
                run.proposeServerField(host, "$.exchange.ewsUrl", ewsUrl, "autodiscover.json at " + r.url());
                return;
            } catch (ProbeProblem p) {
                Autodiscover.candidateFailed(step, p, last);
            }
        }
    }

    /** The EWS URL of a {@code {"Protocol":"EWS","Url":…}} answer; any other answer is a problem. */
    private static String ewsUrl(HttpReply r) {
        if (r.code() != 200) {
            throw new ProbeProblem(Outcome.FAIL, "HTTP " + r.code() + " instead of an Autodiscover answer",
                    "Check that Autodiscover is published for this domain.");
        }
        JsonNode json = HttpSteps.json(r);
        String protocol = HttpSteps.text(json, "Protocol");
        String url = HttpSteps.text(json, "Url");
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url);
        if (!"EWS".equalsIgnoreCase(protocol) || parsed == null) {
            throw new ProbeProblem(Outcome.FAIL, "the answer has no EWS URL (expected {\"Protocol\":\"EWS\",\"Url\":…})",
                    "Check that Autodiscover is published for this domain.");
        }
        return parsed.toString();
    }
}
