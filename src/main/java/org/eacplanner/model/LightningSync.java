package org.eacplanner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.List;
import java.util.Map;

/** How Lightning Sync is set up today. */
public record LightningSync(
        Boolean inUse,
        ConnectionMethod connectionMethod,
        String serviceAccountEmail,
        Boolean impersonationGranted,
        ServiceAccountAuth serviceAccountAuth,
        Boolean serviceAccountEwsEnabled,
        Boolean classicRecurringEventsInUse,
        List<SyncConfiguration> configurations,
        Integer usersSyncing,
        Integer usersWithErrors,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

    public static final LightningSync EMPTY = new LightningSync(null, null, null, null, null, null, null, null, null,
            null, null);

    public LightningSync {
        configurations = Unknown.list(configurations);
        unknownFields = Unknown.fields(unknownFields);
    }

    /** These answers with {@code configurations} as the configurations; every other field as is. */
    public LightningSync withConfigurations(List<SyncConfiguration> configurations) {
        return new LightningSync(inUse, connectionMethod, serviceAccountEmail, impersonationGranted, serviceAccountAuth,
                serviceAccountEwsEnabled, classicRecurringEventsInUse, configurations, usersSyncing, usersWithErrors,
                unknownFields);
    }
}
