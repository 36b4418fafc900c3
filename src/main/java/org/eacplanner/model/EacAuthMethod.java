package org.eacplanner.model;

/** How EAC authenticates to Office 365 today. */
public enum EacAuthMethod {
    NONE,
    EWS,
    GRAPH
}
