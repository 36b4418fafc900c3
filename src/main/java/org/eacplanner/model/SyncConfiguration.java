package org.eacplanner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.List;
import java.util.Map;

/** One Lightning Sync configuration. */
public record SyncConfiguration(
        String name,
        List<String> assignedProfiles,
        Integer assignedUsers,
        Boolean syncContacts,
        SyncDirection contactsDirection,
        Boolean syncEvents,
        SyncDirection eventsDirection,
        Boolean syncDeletedEvents,
        Boolean syncPrivateEvents,
        EventsScope eventsScope,
        String contactFilter,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

    public static final SyncConfiguration EMPTY = new SyncConfiguration(null, null, null, null, null, null, null, null,
            null, null, null, null);

    public SyncConfiguration {
        assignedProfiles = Unknown.list(assignedProfiles);
        unknownFields = Unknown.fields(unknownFields);
    }
}
