package org.eacplanner.model;

/** A Salesforce product in use. */
public enum Product {
    SALES_CLOUD,
    SERVICE_CLOUD,
    LIGHTNING_PLATFORM
}
