package org.eacplanner.model;

/** The Exchange Online organization's {@code EwsEnabled}; {@code NOT_SET} is the empty property ({@code $null}). */
public enum ExoEwsSetting {
    TRUE,
    FALSE,
    NOT_SET
}
