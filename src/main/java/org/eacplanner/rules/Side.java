package org.eacplanner.rules;

/** Which mailboxes a finding or checklist item concerns in a hybrid plan. */
public enum Side {
    EXCHANGE_ONLINE,
    ON_PREMISES,
    BOTH
}
