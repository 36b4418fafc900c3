package org.eacplanner.model;

/** The on-premises Exchange Server version. */
public enum ServerVersion {
    EXCHANGE_2010,
    EXCHANGE_2013,
    EXCHANGE_2016,
    EXCHANGE_2019,
    EXCHANGE_SE
}
