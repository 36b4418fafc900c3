package org.eacplanner.model;

/** A Salesforce user interface in use. */
public enum UserInterface {
    LIGHTNING,
    CLASSIC,
    MOBILE
}
