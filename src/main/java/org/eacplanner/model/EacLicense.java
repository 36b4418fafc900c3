package org.eacplanner.model;

/** A licence that includes Einstein Activity Capture. */
public enum EacLicense {
    STANDARD,
    SALES_CLOUD_EINSTEIN,
    INBOX,
    SALES_ENGAGEMENT,
    REVENUE_INTELLIGENCE,
    OTHER
}
