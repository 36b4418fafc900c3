package org.eacplanner.model;

/** Which way a Lightning Sync configuration syncs. */
public enum SyncDirection {
    SALESFORCE_TO_EXCHANGE,
    EXCHANGE_TO_SALESFORCE,
    BOTH
}
