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
        StepTimer get = run.begin(ProbeText.of("probe.step.openIdConfiguration", tenant));
        HttpReply r = HttpSteps.send(run, get, HttpSteps.get(HttpSteps.url(url, ProbeText.of("probe.what.authority"))),
                null);
        if (r.code() == 400 || r.code() == 404) {
            JsonNode err = r.body().length == 0 ? null : HttpSteps.json(r);
            String code = HttpSteps.text(err, "error");
            String description = firstLine(HttpSteps.text(err, "error_description"));
            get.put("error", code).put("error_description", description);
            get.fail(ProbeText.of("probe.tenant.unknown", tenant,
                    description != null ? description : "HTTP " + r.code()), ProbeText.of("probe.advice.tenantDomain"));
            return;
        }
        if (r.code() != 200) {
            get.fail(ProbeText.of("probe.signIn.unexpectedStatus", r.code()), ProbeText.of("probe.advice.authority"));
            return;
        }
        JsonNode config = HttpSteps.json(r);
        get.pass();

        StepTimer read = run.begin(ProbeText.of("probe.step.readCloud"));
        String instance = HttpSteps.text(config, "cloud_instance_name");
        String scope = HttpSteps.text(config, "tenant_region_scope");
        String subScope = HttpSteps.text(config, "tenant_region_sub_scope");
        read.put("cloud_instance_name", instance).put("tenant_region_scope", scope)
                .put("tenant_region_sub_scope", subScope).put("msgraph_host", HttpSteps.text(config, "msgraph_host"))
                .put("issuer", HttpSteps.text(config, "issuer"));
        MicrosoftCloud cloud = cloud(instance, subScope);
        if (cloud == null) {
            boolean us = "microsoftonline.us".equalsIgnoreCase(instance);
            read.warn(us ? ProbeText.of("probe.tenant.usLevelUnknown", String.valueOf(subScope))
                    : ProbeText.of("probe.tenant.unknownCloud", String.valueOf(instance), String.valueOf(subScope)),
                    ProbeText.of("probe.advice.askCloud"));
            return;
        }
        read.put("microsoftCloud", cloud.name()).pass();
        run.propose(PATH, cloud.name(), subScope == null ? ProbeText.of("probe.basis.cloud", tenant, instance)
                : ProbeText.of("probe.basis.cloudSubScope", tenant, instance, subScope));
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
