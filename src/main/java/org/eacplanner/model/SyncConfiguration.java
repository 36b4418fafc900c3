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

    /** A field of a configuration, named as in the file format, with its type; reads and sets it on a value. */
    public enum Field {
        NAME("name", String.class),
        ASSIGNED_PROFILES("assignedProfiles", List.class),
        ASSIGNED_USERS("assignedUsers", Integer.class),
        SYNC_CONTACTS("syncContacts", Boolean.class),
        CONTACTS_DIRECTION("contactsDirection", SyncDirection.class),
        SYNC_EVENTS("syncEvents", Boolean.class),
        EVENTS_DIRECTION("eventsDirection", SyncDirection.class),
        SYNC_DELETED_EVENTS("syncDeletedEvents", Boolean.class),
        SYNC_PRIVATE_EVENTS("syncPrivateEvents", Boolean.class),
        EVENTS_SCOPE("eventsScope", EventsScope.class),
        CONTACT_FILTER("contactFilter", String.class);

        private final String key;
        private final Class<?> type;

        Field(String key, Class<?> type) {
            this.key = key;
            this.type = type;
        }

        /** The field's name in the file format ({@code contactsDirection}). */
        public String key() {
            return key;
        }

        public Class<?> type() {
            return type;
        }

        public Object read(SyncConfiguration c) {
            return switch (this) {
                case NAME -> c.name();
                case ASSIGNED_PROFILES -> c.assignedProfiles();
                case ASSIGNED_USERS -> c.assignedUsers();
                case SYNC_CONTACTS -> c.syncContacts();
                case CONTACTS_DIRECTION -> c.contactsDirection();
                case SYNC_EVENTS -> c.syncEvents();
                case EVENTS_DIRECTION -> c.eventsDirection();
                case SYNC_DELETED_EVENTS -> c.syncDeletedEvents();
                case SYNC_PRIVATE_EVENTS -> c.syncPrivateEvents();
                case EVENTS_SCOPE -> c.eventsScope();
                case CONTACT_FILTER -> c.contactFilter();
            };
        }
    }

    /** This configuration with {@code field} set to {@code value} (null: unknown); every other field as is. */
    @SuppressWarnings("unchecked")
    public SyncConfiguration with(Field field, Object value) {
        if (value != null && !field.type().isInstance(value)) {
            throw new IllegalArgumentException(field.key() + " takes a " + field.type().getSimpleName() + ", not "
                    + value.getClass().getSimpleName());
        }
        return new SyncConfiguration(
                field == Field.NAME ? (String) value : name,
                field == Field.ASSIGNED_PROFILES ? (List<String>) value : assignedProfiles,
                field == Field.ASSIGNED_USERS ? (Integer) value : assignedUsers,
                field == Field.SYNC_CONTACTS ? (Boolean) value : syncContacts,
                field == Field.CONTACTS_DIRECTION ? (SyncDirection) value : contactsDirection,
                field == Field.SYNC_EVENTS ? (Boolean) value : syncEvents,
                field == Field.EVENTS_DIRECTION ? (SyncDirection) value : eventsDirection,
                field == Field.SYNC_DELETED_EVENTS ? (Boolean) value : syncDeletedEvents,
                field == Field.SYNC_PRIVATE_EVENTS ? (Boolean) value : syncPrivateEvents,
                field == Field.EVENTS_SCOPE ? (EventsScope) value : eventsScope,
                field == Field.CONTACT_FILTER ? (String) value : contactFilter,
                unknownFields);
    }
}
