package org.eacplanner.rules;

/** What part of the setup a rule is about; findings are grouped by it. */
public enum Area {
    LIFECYCLE,
    EXCHANGE_ONLINE,
    EXCHANGE_SERVER,
    CERTIFICATES,
    GOVERNMENT,
    EAC,
    INVENTORY,
    CATALOG
}
