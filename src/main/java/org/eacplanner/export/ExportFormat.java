package org.eacplanner.export;

/** The export formats: the report (HTML, PDF), the checklist (CSV) and the evaluation result (JSON). */
public enum ExportFormat {
    HTML("html", "text/html"),
    PDF("pdf", "application/pdf"),
    CSV("csv", "text/csv"),
    JSON("json", "application/json");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }
}
