package org.eacplanner.model;

/** The auth method the Lightning Sync service account uses. */
public enum ServiceAccountAuth {
    BASIC,
    NTLM,
    OAUTH
}
