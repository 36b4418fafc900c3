package org.eacplanner.rules;

/** The rule catalog is malformed: an unknown field or value, a duplicate ID, a missing source. A bug in the data. */
public class CatalogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CatalogException(String message) {
        super(message);
    }
}
