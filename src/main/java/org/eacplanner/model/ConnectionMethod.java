package org.eacplanner.model;

/** How Lightning Sync connects to Exchange. */
public enum ConnectionMethod {
    SERVICE_ACCOUNT,
    USER_OAUTH
}
