package org.eacplanner.model;

/** The highest TLS version the EWS host negotiates. */
public enum TlsVersion {
    TLS_1_0,
    TLS_1_1,
    TLS_1_2,
    TLS_1_3
}
