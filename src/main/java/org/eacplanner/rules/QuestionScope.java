package org.eacplanner.rules;

import java.util.Set;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.Deployment;

/**
 * Which questions apply to an assessment's deployment: the on-premises server questions unless every mailbox is in
 * Exchange Online; Exchange Online's EWS switch unless every mailbox is on premises; the hybrid link and the mailbox
 * counts for a hybrid (or not yet known) deployment. The wizard asks only these, and the report says "does not
 * apply" rather than "unknown" for the others. Answers kept for a question that does not apply stay in the file.
 */
public final class QuestionScope {

    private static final Set<String> SERVERS = Set.of("exchange.serverVersion", "exchange.serverBuild",
            "exchange.ewsUrl", "exchange.ewsEnabled", "exchange.ewsOverSsl", "exchange.tlsVersion",
            "exchange.autodiscoverEnabled", "exchange.authMethods", "exchange.certificateAuthority",
            "exchange.certificateRoot", "exchange.certificateChainComplete", "exchange.certificateApproved",
            "exchange.certificateExpiresOn", "exchange.inbound443Open");
    private static final Set<String> ONLINE = Set.of("exchange.exoEwsEnabled");
    private static final Set<String> HYBRID = Set.of("exchange.hybridConfigurationPresent",
            "exchange.hybridDedicatedApp", "exchange.hybridGraphPermissions", "exchange.mailboxesOnline",
            "exchange.mailboxesOnPremises");

    private QuestionScope() {
    }

    /** Whether the question of {@code field} ({@code exchange.tlsVersion}, without {@code $.}) applies to {@code a}. */
    public static boolean applies(String field, Assessment a) {
        Deployment d = a.exchange().deployment();
        if (SERVERS.contains(field)) {
            return d != Deployment.EXCHANGE_ONLINE;
        }
        if (ONLINE.contains(field)) {
            return d != Deployment.ON_PREMISES;
        }
        if (HYBRID.contains(field)) {
            return d == null || d == Deployment.HYBRID;
        }
        return true;
    }

    /** Whether the question of {@code field} ever depends on the deployment. */
    public static boolean scoped(String field) {
        return SERVERS.contains(field) || ONLINE.contains(field) || HYBRID.contains(field);
    }
}
