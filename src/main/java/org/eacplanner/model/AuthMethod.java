package org.eacplanner.model;

/** An authentication method the server accepts for EWS and Autodiscover (NEGOTIATE is Kerberos/SPNEGO). */
public enum AuthMethod {
    BASIC,
    NTLM,
    NEGOTIATE,
    OAUTH
}
