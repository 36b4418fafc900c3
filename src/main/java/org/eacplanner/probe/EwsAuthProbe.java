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
            HttpSteps.skip(run, "Unauthenticated request to EWS", "no EWS URL given",
                    "Give the EWS URL (--ews-url), e.g. from the Autodiscover check.");
            return;
        }
        HttpUrl url = HttpSteps.url(ews, "the EWS URL");
        StepTimer get = run.begin("Unauthenticated request to " + url);
        HttpReply r = HttpSteps.send(run, get, HttpSteps.get(url), null);
        String host = url.host();
        if (r.code() == 404) {
            get.fail("no EWS at this URL (HTTP 404)", "Check the EWS URL; Autodiscover gives the right one.");
            return;
        }
        if (r.code() == 403) {
            get.fail("EWS refused the request (HTTP 403): EWS may be blocked for this client or turned off",
                    "Check the EWS access policy of the organization (Get-OrganizationConfig EwsEnabled).");
            return;
        }
        if (r.code() != 401 && r.code() != 200) {
            get.fail("unexpected HTTP " + r.code() + " from EWS", "Check the EWS URL and the server.");
            return;
        }
        get.pass();

        StepTimer read = run.begin("Read the authentication methods");
        List<String> methods = AuthChallenges.read(r, read);
        String basis = "WWW-Authenticate of an unauthenticated request to " + url;
        run.proposeServerField(host, "$.exchange.ewsEnabled", true, "EWS answered at " + url);
        run.proposeServerField(host, "$.exchange.ewsOverSsl", url.isHttps(), "the EWS URL's scheme is " + url.scheme());
        if (r.code() == 200) {
            read.warn("EWS answered without asking for credentials", "Check whether a proxy answers instead of Exchange.");
            return;
        }
        if (methods.isEmpty()) {
            read.warn("EWS asked for credentials but offered none of Basic, NTLM, Negotiate or Bearer",
                    "Check the EWS virtual directory's authentication settings.");
            return;
        }
        run.proposeServerField(host, "$.exchange.authMethods", methods, basis);
        if (!url.isHttps()) {
            read.warn("EWS is reached over plain http", "Salesforce needs EWS over https (port 443).");
            return;
        }
        read.pass();
    }
}
