package org.eacplanner.export;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which host names belong to Salesforce and Microsoft themselves (kept by redaction), and which public suffixes
 * carry an org's own name in front of them (a My Domain such as {@code acme.my.salesforce.com}, a tenant such as
 * {@code acme.onmicrosoft.com}): there the org's part is redacted and the suffix kept (product.md, step 8).
 */
final class PublicHosts {

    /** Suffixes whose left-hand labels name an org or tenant; longest first so the most specific one wins. */
    private static final List<String> ORG_SUFFIXES = List.of(
            "my.salesforce-setup.com", "my.salesforce-sites.com", "my.salesforce.com", "my.salesforce.mil",
            "lightning.force.com", "my.site.com", "file.force.com", "mail.onmicrosoft.com", "onmicrosoft.com",
            "onmicrosoft.us", "partner.onmschina.cn", "sharepoint.com", "sharepoint.us", "crm.dynamics.com");

    /** Domains run by Salesforce and Microsoft: the hosts under them are public services. */
    private static final List<String> SERVICE_DOMAINS = List.of(
            "salesforce.com", "force.com", "salesforce.mil", "sfdcopens.com", "salesforce-setup.com",
            "microsoft.com", "microsoftonline.com", "microsoftonline.us", "microsoftonline.cn", "microsoft.us",
            "office365.com", "office365.us", "office.com", "office.net", "outlook.com", "outlook.cn",
            "windows.net", "azure.com", "live.com", "apps.mil", "chinacloudapi.cn", "partner.outlook.cn");

    private PublicHosts() {
    }

    /** The org-named suffix that {@code host} ends with (with at least one label before it), if any. */
    static Optional<String> orgSuffix(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return ORG_SUFFIXES.stream().filter(s -> h.endsWith("." + s)).findFirst();
    }

    /** Whether {@code host} is one of Salesforce's or Microsoft's own hosts (and names no org). */
    static boolean isService(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return orgSuffix(h).isEmpty() && SERVICE_DOMAINS.stream().anyMatch(d -> h.equals(d) || h.endsWith("." + d));
    }
}
