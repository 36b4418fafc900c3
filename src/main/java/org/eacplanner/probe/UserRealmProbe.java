package org.eacplanner.probe;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.HttpUrl;
import org.eacplanner.model.ProbeId;

/** USER_REALM: managed or federated namespace, and the federation's sign-in host (informational). */
final class UserRealmProbe implements Probe {

    @Override
    public ProbeId id() {
        return ProbeId.USER_REALM;
    }

    @Override
    public String target(ProbeRun run) {
        return run.inputs().email();
    }

    @Override
    public void run(ProbeRun run) {
        HttpUrl url = HttpSteps.url(run.settings().endpoints().authorityOrDefault() + "/getuserrealm.srf",
                ProbeText.of("probe.what.authority"))
                .newBuilder().addQueryParameter("login", run.inputs().email()).addQueryParameter("json", "1").build();
        StepTimer get = run.begin(ProbeText.of("probe.step.userRealm", run.inputs().email()));
        HttpReply r = HttpSteps.send(run, get, HttpSteps.get(url), null);
        if (r.code() != 200) {
            get.fail(ProbeText.of("probe.signIn.unexpectedStatus", r.code()), ProbeText.of("probe.advice.authority"));
            return;
        }
        JsonNode realm = HttpSteps.json(r);
        get.pass();

        StepTimer read = run.begin(ProbeText.of("probe.step.readNamespace"));
        String type = HttpSteps.text(realm, "NameSpaceType");
        read.put("NameSpaceType", type).put("DomainName", HttpSteps.text(realm, "DomainName"))
                .put("FederationBrandName", HttpSteps.text(realm, "FederationBrandName"))
                .put("CloudInstanceName", HttpSteps.text(realm, "CloudInstanceName"));
        String authUrl = HttpSteps.text(realm, "AuthURL");
        if (authUrl != null) {
            HttpUrl u = HttpUrl.parse(authUrl);
            read.put("AuthURL", authUrl).put("federationHost", u == null ? null : u.host());
        }
        if ("Managed".equalsIgnoreCase(type) || "Federated".equalsIgnoreCase(type)) {
            read.pass();
        } else if ("Unknown".equalsIgnoreCase(type)) {
            read.warn(ProbeText.of("probe.realm.noTenant", run.inputs().domain()),
                    ProbeText.of("probe.advice.emailAddress"));
        } else {
            read.warn(ProbeText.of("probe.realm.unexpectedType", String.valueOf(type)),
                    ProbeText.of("probe.advice.authorityOnly"));
        }
    }
}
