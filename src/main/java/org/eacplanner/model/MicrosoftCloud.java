package org.eacplanner.model;

/** The Microsoft cloud the tenant lives in. */
public enum MicrosoftCloud {
    WORLDWIDE,
    GCC,
    GCC_HIGH,
    DOD,
    CHINA_21VIANET
}
