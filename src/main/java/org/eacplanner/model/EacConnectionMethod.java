package org.eacplanner.model;

/**
 * How EAC connects today: to Office 365 with {@code EXCHANGE_ONLINE} or {@code HYBRID}, to the Exchange servers only
 * with {@code ON_PREMISES}. Not the same values as Lightning Sync's {@link ConnectionMethod}.
 */
public enum EacConnectionMethod {
    USER_LEVEL,
    ORG_LEVEL,
    SERVICE_ACCOUNT,
    RBAC,
    APPLICATION_LEVEL
}
