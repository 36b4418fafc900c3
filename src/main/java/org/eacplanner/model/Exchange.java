package org.eacplanner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The Microsoft side. With {@code HYBRID} the server fields describe the on-premises servers; with
 * {@code EXCHANGE_ONLINE} the rules ignore them. {@code authMethods} null is unknown, empty is "none".
 * {@code serverBuild} is kept as entered; nothing is ever written to {@code serverVersion} from it.
 */
public record Exchange(
        Deployment deployment,
        ServerVersion serverVersion,
        String serverBuild,
        MicrosoftCloud microsoftCloud,
        ExoEwsSetting exoEwsEnabled,
        String tenantDomain,
        String ewsUrl,
        Boolean ewsEnabled,
        Boolean ewsOverSsl,
        Boolean autodiscoverEnabled,
        TlsVersion tlsVersion,
        List<AuthMethod> authMethods,
        String certificateAuthority,
        String certificateRoot,
        Boolean certificateChainComplete,
        Boolean certificateApproved,
        LocalDate certificateExpiresOn,
        Boolean inbound443Open,
        Integer mailboxesOnline,
        Integer mailboxesOnPremises,
        Boolean hybridConfigurationPresent,
        Boolean hybridDedicatedApp,
        Boolean hybridGraphPermissions,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

    public static final Exchange EMPTY = new Exchange(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    public Exchange {
        authMethods = Unknown.list(authMethods);
        unknownFields = Unknown.fields(unknownFields);
    }

    /**
     * The version the rules use: the answer, else the product the build maps to, else null. Never saved
     * (the file keeps only what was answered).
     */
    @JsonIgnore
    public ServerVersion effectiveServerVersion() {
        return effectiveVersion(this);
    }

    /** The answered {@code serverVersion}, else the product of {@code serverBuild}, else null. */
    public static ServerVersion effectiveVersion(Exchange e) {
        if (e == null) {
            return null;
        }
        if (e.serverVersion() != null) {
            return e.serverVersion();
        }
        return ExchangeBuild.parse(e.serverBuild()).flatMap(ExchangeBuild::product).orElse(null);
    }
}
