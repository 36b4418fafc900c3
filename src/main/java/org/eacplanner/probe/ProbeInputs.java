package org.eacplanner.probe;

import java.util.Locale;
import org.eacplanner.model.ApprovedRoots;
import org.eacplanner.model.Deployment;

/**
 * What the probes are about (no secrets): the admin's e-mail, the tenant domain (default: the e-mail's domain),
 * the Salesforce My Domain host, the Lightning Sync service account (default: the e-mail) and a mailbox to
 * impersonate. {@code deployment} (from the assessment, may be null) decides whether Exchange Online answers
 * may fill the Exchange server fields ({@code HYBRID}: evidence only). {@code approvedRoots} is the
 * assessment's own approved-CA list, null to use the app's snapshot.
 */
public record ProbeInputs(String email, String tenant, String myDomain, String serviceAccount,
        String targetMailbox, Deployment deployment, ApprovedRoots approvedRoots) {

    public ProbeInputs {
        if (email == null || !email.contains("@") || email.endsWith("@") || email.startsWith("@")) {
            throw new IllegalArgumentException("an e-mail address like admin@acme.com is required");
        }
        email = email.trim();
        tenant = blankToNull(tenant);
        myDomain = blankToNull(myDomain);
        serviceAccount = blankToNull(serviceAccount);
        targetMailbox = blankToNull(targetMailbox);
    }

    public static ProbeInputs forEmail(String email) {
        return new ProbeInputs(email, null, null, null, null, null, null);
    }

    /** The e-mail's domain, lower case. */
    public String domain() {
        return email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    public String tenantOrDomain() {
        return tenant != null ? tenant : domain();
    }

    public String serviceAccountOrEmail() {
        return serviceAccount != null ? serviceAccount : email;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
