package org.eacplanner.model;

/** The live checks of probes.md. */
public enum ProbeId {
    AUTODISCOVER_JSON,
    AUTODISCOVER_XML,
    AUTODISCOVER_SRV,
    EWS_AUTH,
    TLS_CERT,
    TENANT_CLOUD,
    USER_REALM,
    EWS_LOGIN,
    SALESFORCE_ORG
}
