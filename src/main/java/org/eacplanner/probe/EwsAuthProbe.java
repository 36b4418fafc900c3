package org.eacplanner.probe;

import java.util.List;
import okhttp3.HttpUrl;
import org.eacplanner.model.ProbeId;

/** EWS_AUTH: an unauthenticated request to the EWS URL; every {@code WWW-Authenticate} scheme it offers. */
final class EwsAuthProbe implements Probe {

    @Override
    public ProbeId id() {
        return ProbeId.EWS_AUTH;
    }

    @Override
    public String target(ProbeRun run) {
        return run.settings().endpoints().ewsUrl();
    }

    @Override
    public void run(ProbeRun run) {
        String ews = run.settings().endpoints().ewsUrl();
        if (ews == null) {
            HttpSteps.skip(run, ProbeText.of("probe.step.ewsUnauthenticated", "EWS"),
                    ProbeText.of("probe.input.noEwsUrl"), ProbeText.of("probe.advice.giveEwsUrlFromAutodiscover"));
            return;
        }
        HttpUrl url = HttpSteps.url(ews, ProbeText.of("probe.what.ewsUrl"));
        StepTimer get = run.begin(ProbeText.of("probe.step.ewsUnauthenticated", url.toString()));
        HttpReply r = HttpSteps.send(run, get, HttpSteps.get(url), null);
        String host = url.host();
        if (r.code() == 404) {
            get.fail(ProbeText.of("probe.ews.notFound"), ProbeText.of("probe.advice.ewsUrlFromAutodiscover"));
            return;
        }
        if (r.code() == 403) {
            get.fail(ProbeText.of("probe.ews.forbidden"), ProbeText.of("probe.advice.ewsAccessPolicy"));
            return;
        }
        if (r.code() != 401 && r.code() != 200) {
            get.fail(ProbeText.of("probe.ews.unexpectedStatus", r.code()),
                    ProbeText.of("probe.advice.ewsUrlAndServer"));
            return;
        }
        get.pass();

        StepTimer read = run.begin(ProbeText.of("probe.step.readAuthMethods"));
        List<String> methods = AuthChallenges.read(r, read);
        run.proposeServerField(host, "$.exchange.ewsEnabled", true,
                ProbeText.of("probe.basis.ewsAnswered", url.toString()));
        run.proposeServerField(host, "$.exchange.ewsOverSsl", url.isHttps(),
                ProbeText.of("probe.basis.ewsScheme", url.scheme()));
        if (r.code() == 200) {
            read.warn(ProbeText.of("probe.ews.noChallenge"), ProbeText.of("probe.advice.proxyAnswers"));
            return;
        }
        if (methods.isEmpty()) {
            read.warn(ProbeText.of("probe.ews.noKnownScheme"), ProbeText.of("probe.advice.ewsVdirAuth"));
            return;
        }
        run.proposeServerField(host, "$.exchange.authMethods", methods,
                ProbeText.of("probe.basis.ewsChallenge", url.toString()));
        if (!url.isHttps()) {
            read.warn(ProbeText.of("probe.ews.plainHttp"), ProbeText.of("probe.advice.ewsOverHttps"));
            return;
        }
        read.pass();
    }
}
