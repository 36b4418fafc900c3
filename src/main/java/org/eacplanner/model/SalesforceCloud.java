package org.eacplanner.model;

/** Which Salesforce cloud the org runs on. */
public enum SalesforceCloud {
    COMMERCIAL,
    GOVERNMENT_CLOUD,
    GOVERNMENT_CLOUD_PLUS
}
