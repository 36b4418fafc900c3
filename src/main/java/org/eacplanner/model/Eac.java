package org.eacplanner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.List;
import java.util.Map;

/** Einstein Activity Capture as it stands today. */
public record Eac(
        Boolean enabled,
        List<EacLicense> licenses,
        Integer configurations,
        EacAuthMethod microsoftAuthMethod,
        EacConnectionMethod connectionMethod,
        EacAuthMethod inboxMicrosoftAuthMethod,
        Boolean emailCaptureWanted,
        Boolean syncEmailAsActivity,
        Boolean reportsDependOnActivityRecords,
        Integer usersWithoutConfiguration,
        Boolean userEmailsArePrimaryUpn,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

    public static final Eac EMPTY = new Eac(null, null, null, null, null, null, null, null, null, null, null, null);

    public Eac {
        licenses = Unknown.list(licenses);
        unknownFields = Unknown.fields(unknownFields);
    }
}
