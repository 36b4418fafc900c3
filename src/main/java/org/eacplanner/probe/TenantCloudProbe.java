package org.eacplanner.probe;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.eacplanner.model.MicrosoftCloud;
import org.eacplanner.model.ProbeId;

/** TENANT_CLOUD: the tenant's OpenID configuration says which Microsoft cloud it lives in, and whether it exists. */
final class TenantCloudProbe implements Probe {

    static final String PATH = "$.exchange.microsoftCloud";

    @Override
    public ProbeId id() {
        return ProbeId.TENANT_CLOUD;
    }

    @Override
    public String target(ProbeRun run) {
        return run.inputs().tenantOrDomain();
    }

    @Override
    public void run(ProbeRun run) {
        String tenant = target(run);
        String url = run.settings().endpoints().authorityOrDefault() + "/" + tenant
                + "/v2.0/.well-known/openid-configuration";
        StepTimer get = run.begin("GET the OpenID configuration of " + tenant);
        HttpReply r = HttpSteps.send(run, get, HttpSteps.get(HttpSteps.url(url, "the authority")), null);
        if (r.code() == 400 || r.code() == 404) {
            JsonNode err = r.body().length == 0 ? null : HttpSteps.json(r);
            String code = HttpSteps.text(err, "error");
            String description = firstLine(HttpSteps.text(err, "error_description"));
            get.put("error", code).put("error_description", description);
            get.fail("unknown tenant " + tenant + ": " + (description != null ? description : "HTTP " + r.code()),
                    "Check the tenant domain (a verified domain of the Microsoft 365 tenant, e.g. acme.com or acme.onmicrosoft.com).");
            return;
        }
        if (r.code() != 200) {
            get.fail("unexpected HTTP " + r.code() + " from the sign-in service", "Check --authority and the network path.");
            return;
        }
        JsonNode config = HttpSteps.json(r);
        get.pass();

        StepTimer read = run.begin("Read the tenant's cloud");
        String instance = HttpSteps.text(config, "cloud_instance_name");
        String scope = HttpSteps.text(config, "tenant_region_scope");
        String subScope = HttpSteps.text(config, "tenant_region_sub_scope");
        read.put("cloud_instance_name", instance).put("tenant_region_scope", scope)
                .put("tenant_region_sub_scope", subScope).put("msgraph_host", HttpSteps.text(config, "msgraph_host"))
                .put("issuer", HttpSteps.text(config, "issuer"));
        MicrosoftCloud cloud = cloud(instance, subScope);
        if (cloud == null) {
            boolean us = "microsoftonline.us".equalsIgnoreCase(instance);
            read.warn(us ? "US government cloud, level unknown (tenant_region_sub_scope " + subScope + ")"
                    : "unknown cloud: cloud_instance_name " + instance + ", tenant_region_sub_scope " + subScope,
                    "Ask the Microsoft 365 admin which cloud the tenant is in, and answer it by hand.");
            return;
        }
        read.put("microsoftCloud", cloud.name()).pass();
        run.propose(PATH, cloud.name(), "OpenID configuration of " + tenant + ": cloud_instance_name=" + instance
                + (subScope == null ? ", no tenant_region_sub_scope" : ", tenant_region_sub_scope=" + subScope));
    }

    /** probes.md, "Reading the answers": null when the answer does not say. */
    static MicrosoftCloud cloud(String cloudInstanceName, String subScope) {
        String instance = cloudInstanceName == null ? "" : cloudInstanceName.toLowerCase(Locale.ROOT);
        if (instance.equals("partner.microsoftonline.cn")) {
            return MicrosoftCloud.CHINA_21VIANET;
        }
        if (!instance.equals("microsoftonline.us") && !instance.equals("microsoftonline.com")) {
            return null;
        }
        if (subScope == null || subScope.isBlank()) {
            return instance.equals("microsoftonline.com") ? MicrosoftCloud.WORLDWIDE : null;
        }
        return switch (subScope.toUpperCase(Locale.ROOT)) {
            case "DOD" -> MicrosoftCloud.DOD;
            case "DODCON" -> MicrosoftCloud.GCC_HIGH;
            case "GCC" -> MicrosoftCloud.GCC;
            default -> null;
        };
    }

    private static String firstLine(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return (nl < 0 ? t : t.substring(0, nl)).strip();
    }
}
