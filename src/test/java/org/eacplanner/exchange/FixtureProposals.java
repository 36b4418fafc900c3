package org.eacplanner.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each fixture of src/test/resources/exchange proposes, in order, as {@code path=value} with the value as JSON:
 * one list for the import's own test and for the command line's JSON.
 */
public final class FixtureProposals {

    /** Fixture paths (relative to src/test/resources/exchange, read together) → the proposals. */
    public static final Map<List<String>, List<String>> EXPECTED = expected();

    private FixtureProposals() {
    }

    private static Map<List<String>, List<String>> expected() {
        Map<List<String>, List<String>> m = new LinkedHashMap<>();
        m.put(List.of("collected-onpremises-2016"), List.of(
                "$.exchange.serverBuild=\"15.1.2507.44\"",
                "$.exchange.ewsUrl=\"https://ex16-a.corp.northwind.example/EWS/Exchange.asmx\"",
                "$.exchange.ewsOverSsl=true",
                "$.exchange.authMethods=[\"BASIC\",\"NTLM\",\"NEGOTIATE\"]",
                "$.exchange.certificateAuthority=\"EX16-A\"",
                "$.exchange.certificateExpiresOn=\"2024-12-03\"",
                "$.exchange.certificateRoot=\"EX16-A\"",
                "$.exchange.certificateApproved=false",
                "$.exchange.hybridConfigurationPresent=false",
                "$.exchange.mailboxesOnPremises=412",
                "$.lightningSync.serviceAccountEmail=\"svc-sfsync@northwind.example\"",
                "$.lightningSync.serviceAccountEwsEnabled=true",
                "$.lightningSync.impersonationGranted=true"));
        m.put(List.of("collected-hybrid-onpremises", "collected-exchange-online"), List.of(
                "$.exchange.serverBuild=\"15.2.1748.10\"",
                "$.exchange.ewsUrl=\"https://mail.northwind.example/EWS/Exchange.asmx\"",
                "$.exchange.ewsOverSsl=true",
                "$.exchange.authMethods=[\"NTLM\",\"NEGOTIATE\",\"OAUTH\"]",
                "$.exchange.certificateAuthority=\"Sectigo RSA Domain Validation Secure Server CA\"",
                "$.exchange.certificateExpiresOn=\"2027-09-30\"",
                "$.exchange.exoEwsEnabled=\"TRUE\"",
                "$.exchange.hybridConfigurationPresent=true",
                "$.exchange.deployment=\"HYBRID\"",
                "$.exchange.mailboxesOnPremises=118",
                "$.exchange.mailboxesOnline=192",
                "$.lightningSync.serviceAccountEmail=\"svc-sfsync@northwind.example\"",
                "$.lightningSync.serviceAccountEwsEnabled=false",
                "$.lightningSync.impersonationGranted=false",
                "$.exchange.hybridDedicatedApp=true"));
        m.put(List.of("exo-organization-config-unset.xml"), List.of("$.exchange.exoEwsEnabled=\"NOT_SET\""));
        m.put(List.of("exo-organization-config-true.xml"), List.of("$.exchange.exoEwsEnabled=\"TRUE\""));
        m.put(List.of("exo-organization-config-false.xml"), List.of("$.exchange.exoEwsEnabled=\"FALSE\""));
        m.put(List.of("certificate-issued-by-root.xml"), List.of(
                "$.exchange.certificateAuthority=\"USERTrust RSA Certification Authority\"",
                "$.exchange.certificateExpiresOn=\"2027-04-05\"",
                "$.exchange.certificateRoot=\"USERTrust RSA Certification Authority\"",
                "$.exchange.certificateApproved=true"));
        m.put(List.of("exchange-servers-two-builds.xml"), List.of("$.exchange.serverBuild=\"15.1.2507.6\""));
        m.put(List.of("ews-virtual-directory-2019.xml"), List.of(
                "$.exchange.ewsUrl=\"https://mail.northwind.example/EWS/Exchange.asmx\"",
                "$.exchange.ewsOverSsl=true",
                "$.exchange.authMethods=[\"BASIC\",\"NTLM\",\"NEGOTIATE\",\"OAUTH\"]"));
        m.put(List.of("hybrid-configuration.xml"), List.of(
                "$.exchange.hybridConfigurationPresent=true",
                "$.exchange.deployment=\"HYBRID\""));
        return m;
    }
}
