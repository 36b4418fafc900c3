package org.eacplanner.model;

/** Which events a configuration syncs: all, or only those users select. */
public enum EventsScope {
    ALL,
    USERS_SELECT
}
