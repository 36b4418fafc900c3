package org.eacplanner.model;

/** Where the mailboxes live. */
public enum Deployment {
    EXCHANGE_ONLINE,
    ON_PREMISES,
    HYBRID
}
