package org.eacplanner.probe;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where the probes go (probes.md, "Endpoints are settings with defaults"): every probe can be pointed at a
 * local server. Null means the default.
 *
 * @param autodiscoverBases replaces the candidate Autodiscover bases of both Autodiscover probes
 * @param ewsUrl            the EWS URL for EWS_AUTH, TLS_CERT and EWS_LOGIN
 * @param authority         Microsoft's sign-in authority for TENANT_CLOUD and USER_REALM
 * @param dnsServer         the DNS server the checks ask, for AUTODISCOVER_SRV and every host name (default: the
 *                          system's resolver)
 * @param salesforceUrl     the org's base URL (default {@code https://{myDomain}})
 * @param resolve           host name → IP address, used instead of DNS (like curl's {@code --resolve}):
 *                          reaches one node behind a load balancer, or a test server, under the real name
 */
public record ProbeEndpoints(List<String> autodiscoverBases, String ewsUrl, String authority, HostPort dnsServer,
        String salesforceUrl, Map<String, String> resolve) {

    public static final String DEFAULT_AUTHORITY = "https://login.microsoftonline.com";
    public static final ProbeEndpoints DEFAULTS = new ProbeEndpoints(null, null, null, null, null, null);

    public ProbeEndpoints {
        autodiscoverBases = autodiscoverBases == null || autodiscoverBases.isEmpty() ? null
                : List.copyOf(autodiscoverBases);
        // host names are compared in lower case (as OkHttp passes them)
        resolve = resolve == null ? Map.of() : resolve.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                en -> en.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> b));
    }

    public String authorityOrDefault() {
        return authority == null ? DEFAULT_AUTHORITY : stripSlash(authority);
    }

    static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
