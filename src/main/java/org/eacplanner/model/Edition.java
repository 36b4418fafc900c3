package org.eacplanner.model;

/** The Salesforce edition. */
public enum Edition {
    PROFESSIONAL,
    ENTERPRISE,
    PERFORMANCE,
    UNLIMITED,
    DEVELOPER,
    ESSENTIALS,
    GROUP,
    OTHER
}
