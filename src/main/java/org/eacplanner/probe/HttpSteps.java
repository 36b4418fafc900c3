package org.eacplanner.probe;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.eacplanner.model.Outcome;

/** Small helpers the HTTP probes share: building requests, reading JSON answers. */
final class HttpSteps {

    static final MediaType XML = MediaType.get("text/xml; charset=utf-8");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100).build());
    }

    private HttpSteps() {
    }

    /** {@code url} parsed; {@code what} names it in the reason when it is not a URL. */
    static HttpUrl url(String url, ProbeText what) {
        HttpUrl u = url == null ? null : HttpUrl.parse(url);
        if (u == null) {
            throw new ProbeProblem(Outcome.FAIL, ProbeText.of("probe.http.invalidUrl", what, url),
                    ProbeText.of("probe.advice.fullUrl"));
        }
        return u;
    }

    static Request get(HttpUrl url) {
        return new Request.Builder().url(url).header("User-Agent", userAgent()).build();
    }

    static Request postXml(HttpUrl url, String xml) {
        return new Request.Builder().url(url).header("User-Agent", userAgent())
                .post(RequestBody.create(xml, XML)).build();
    }

    static String userAgent() {
        return "eac-planner-live-checks";
    }

    /** Sends and adds the reply's evidence to the step; {@code scope} as in {@link ProbeHttp#send}. */
    static HttpReply send(ProbeRun run, StepTimer step, Request request, Origin scope) {
        step.put("request", request.method() + " " + request.url());
        HttpReply reply = run.http().send(run, request, scope);
        step.putAll(reply.evidence());
        return reply;
    }

    static JsonNode json(HttpReply reply) {
        try {
            JsonNode n = JSON.readTree(reply.body());
            if (n == null || n.isMissingNode()) {
                throw new IOException("empty body");
            }
            return n;
        } catch (IOException e) {
            throw new ProbeProblem(Outcome.FAIL, ProbeText.of("probe.json.invalid", Errors.describe(e)),
                    ProbeText.of("probe.advice.rightService"));
        }
    }

    /** A JSON field as text, or null. */
    static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Escapes text for an XML element. */
    static String xmlText(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Rethrows a stop (cancel, timeout); other problems are the caller's. */
    static void rethrowStop(ProbeProblem p) {
        if (p instanceof ProbeProblem.Stopped) {
            throw p;
        }
    }

    /** Adds a skipped step that says why the probe did not run. */
    static void skip(ProbeRun run, ProbeText name, ProbeText reason, ProbeText advice) {
        run.begin(name).skip(reason, advice);
    }
}
