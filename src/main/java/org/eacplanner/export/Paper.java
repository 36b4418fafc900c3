package org.eacplanner.export;

/** The PDF's page size. */
public enum Paper {
    A4("A4"),
    LETTER("letter");

    private final String cssSize;

    Paper(String cssSize) {
        this.cssSize = cssSize;
    }

    /** The value of the CSS {@code @page size} property. */
    String cssSize() {
        return cssSize;
    }
}
