package org.eacplanner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.List;
import java.util.Map;

/**
 * The Microsoft side. With {@code HYBRID} the server fields describe the on-premises servers; with
 * {@code EXCHANGE_ONLINE} the rules ignore them. {@code authMethods} null is unknown, empty is "none".
 */
public record Exchange(
        Deployment deployment,
        ServerVersion serverVersion,
        MicrosoftCloud microsoftCloud,
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
        Boolean inbound443Open,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

    public static final Exchange EMPTY = new Exchange(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null);

    public Exchange {
        authMethods = Unknown.list(authMethods);
        unknownFields = Unknown.fields(unknownFields);
    }
}
