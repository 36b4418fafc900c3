package org.eacplanner.probe;

import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.eacplanner.model.Outcome;
import org.eacplanner.model.ProbeId;
import org.w3c.dom.Document;

/**
 * AUTODISCOVER_XML: an unauthenticated POX request to each candidate; reads the {@code WWW-Authenticate}
 * challenge and, when the admin typed the service account's password, the EWS URL of an authenticated answer.
 */
final class AutodiscoverXmlProbe implements Probe {

    @Override
    public ProbeId id() {
        return ProbeId.AUTODISCOVER_XML;
    }

    @Override
    public String target(ProbeRun run) {
        return run.inputs().domain();
    }

    @Override
    public void run(ProbeRun run) {
        List<String> bases = Autodiscover.xmlBases(run);
        for (int i = 0; i < bases.size(); i++) {
            HttpUrl url = HttpSteps.url(bases.get(i), ProbeText.of("probe.what.autodiscoverBase")).newBuilder()
                    .addPathSegments("autodiscover/autodiscover.xml").build();
            StepTimer step = run.begin(ProbeText.of("probe.step.autodiscoverXml", url.host()));
            // with a password, this candidate's origin is the only one the probe talks to (see ProbeHttp.send)
            boolean withPassword = !run.credentials().password().isEmpty();
            Origin scope = withPassword ? Origin.of(url) : null;
            HttpReply r;
            try {
                r = HttpSteps.send(run, step, request(url, run.inputs().email()), scope);
                answered(run, step, r);
            } catch (ProbeProblem p) {
                Autodiscover.candidateFailed(step, p, i == bases.size() - 1);
                continue;
            }
            if (r.code() == 401 && withPassword && !ExchangeHosts.isExchangeOnline(r.host())
                    && AuthChallenges.offersBasic(AuthChallenges.schemes(r.headers("WWW-Authenticate")))) {
                authenticated(run, r.url(), scope);
            }
            return;
        }
    }

    private void answered(ProbeRun run, StepTimer step, HttpReply r) {
        String host = r.host();
        if (r.code() == 200) {
            Document doc = SafeXml.parse(r.body());
            readAnswer(step, doc);
            run.proposeServerField(host, "$.exchange.autodiscoverEnabled", true,
                    ProbeText.of("probe.basis.autodiscoverXmlAnswered", r.url().toString()));
            return;
        }
        if (r.code() != 401) {
            throw new ProbeProblem(Outcome.FAIL, ProbeText.of("probe.autodiscover.xmlStatus", r.code()),
                    ProbeText.of("probe.advice.autodiscoverPublished"));
        }
        List<String> methods = AuthChallenges.read(r, step);
        step.pass();
        run.proposeServerField(host, "$.exchange.autodiscoverEnabled", true,
                ProbeText.of("probe.basis.autodiscoverXmlChallenged", r.url().toString()));
        if (!methods.isEmpty()) {
            run.proposeServerField(host, "$.exchange.authMethods", methods,
                    ProbeText.of("probe.basis.autodiscoverChallenge", r.url().toString()));
        }
    }

    private void authenticated(ProbeRun run, HttpUrl url, Origin scope) {
        String account = run.inputs().serviceAccountOrEmail();
        StepTimer step = run.begin(ProbeText.of("probe.step.autodiscoverXmlAs", url.host(), account));
        if (!url.isHttps()) {
            step.fail(ProbeText.of("probe.credentials.httpsOnly"), ProbeText.of("probe.advice.httpsAutodiscover"));
            return;
        }
        Request req = request(url, run.inputs().email()).newBuilder()
                .header("Authorization", ProxyLogin.basic(account, run.credentials().password())).build();
        HttpReply r = HttpSteps.send(run, step, req, scope);
        if (r.code() == 401) {
            step.fail(ProbeText.of("probe.autodiscover.credentialsRefused"), ProbeText.of("probe.advice.upn"));
            return;
        }
        if (r.code() != 200) {
            step.fail(ProbeText.of("probe.autodiscover.authenticatedStatus", r.code()),
                    ProbeText.of("probe.advice.serverLogs"));
            return;
        }
        readAnswer(step, SafeXml.parse(r.body()));
    }

    private static void readAnswer(StepTimer step, Document doc) {
        String errorCode = SafeXml.text(doc, "ErrorCode");
        String ewsUrl = SafeXml.text(doc, "EwsUrl");
        String redirect = SafeXml.text(doc, "RedirectAddr");
        step.put("ewsUrl", ewsUrl).put("redirectAddr", redirect).put("errorCode", errorCode);
        if (errorCode != null) {
            step.warn(ProbeText.of("probe.autodiscover.errorAnswer", errorCode + " " + SafeXml.text(doc, "Message")),
                    ProbeText.of("probe.advice.mailboxAddress"));
        } else if (ewsUrl == null && redirect == null) {
            step.warn(ProbeText.of("probe.autodiscover.answerNoEwsUrl"), ProbeText.of("probe.advice.autodiscoverVdir"));
        } else {
            step.pass();
        }
    }

    static Request request(HttpUrl url, String email) {
        String xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006\">"
                + "<Request><EMailAddress>" + HttpSteps.xmlText(email) + "</EMailAddress>"
                + "<AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"
                + "</AcceptableResponseSchema></Request></Autodiscover>";
        return HttpSteps.postXml(url, xml);
    }
}
