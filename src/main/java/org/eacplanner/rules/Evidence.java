package org.eacplanner.rules;

/** What a deadline rests on. */
public enum Evidence {
    VENDOR_DOCUMENTED,
    VENDOR_ANNOUNCED,
    THIRD_PARTY,
    INVENTORY
}
