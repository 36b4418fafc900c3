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
            HttpUrl url = HttpSteps.url(bases.get(i), ProbeText.of("probe.what.autodiscoverBase")).newBuilder()
                    .addPathSegments("autodiscover/autodiscover.json/v1.0").addPathSegment(run.inputs().email())
                    .addQueryParameter("Protocol", "EWS").build();
            StepTimer step = run.begin(ProbeText.of("probe.step.autodiscoverJson", url.host()));
            try {
                HttpReply r = HttpSteps.send(run, step, HttpSteps.get(url), null);
                String ewsUrl = ewsUrl(r);
                step.put("ewsUrl", ewsUrl).pass();
                String host = r.host();
                run.proposeServerField(host, "$.exchange.autodiscoverEnabled", true,
                        ProbeText.of("probe.basis.autodiscoverJsonAnswered", r.url().toString()));
                run.proposeServerField(host, "$.exchange.ewsUrl", ewsUrl,
                        ProbeText.of("probe.basis.autodiscoverJson", r.url().toString()));
                return;
            } catch (ProbeProblem p) {
                Autodiscover.candidateFailed(step, p, last);
            }
        }
    }

    /** The EWS URL of a {@code {"Protocol":"EWS","Url":…}} answer; any other answer is a problem. */
    private static String ewsUrl(HttpReply r) {
        if (r.code() != 200) {
            throw new ProbeProblem(Outcome.FAIL, ProbeText.of("probe.autodiscover.status", r.code()),
                    ProbeText.of("probe.advice.autodiscoverPublished"));
        }
        JsonNode json = HttpSteps.json(r);
        String protocol = HttpSteps.text(json, "Protocol");
        String url = HttpSteps.text(json, "Url");
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url);
        if (!"EWS".equalsIgnoreCase(protocol) || parsed == null) {
            throw new ProbeProblem(Outcome.FAIL, ProbeText.of("probe.autodiscover.noEwsUrl",
                    "{\"Protocol\":\"EWS\",\"Url\":…}"), ProbeText.of("probe.advice.autodiscoverPublished"));
        }
        return parsed.toString();
    }
}
