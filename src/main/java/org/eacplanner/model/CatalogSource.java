package org.eacplanner.model;

/** Where the catalog of an evaluation came from: the one shipped in the app or a catalog file. */
public enum CatalogSource {
    SHIPPED,
    FILE
}
