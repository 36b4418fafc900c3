package org.eacplanner.export;

import java.nio.file.Path;

/** File names of exports. */
public final class ExportFiles {

    private static final String ASSESSMENT_SUFFIX = ".eacplan.json";

    private ExportFiles() {
    }

    /**
     * The default name of an export of {@code assessment}: {@code NAME.plan.html} for {@code NAME.eacplan.json}
     * ({@code NAME.plan.redacted.html} when redacted), so exports never overwrite the assessment or each other.
     */
    public static String defaultName(Path assessment, ExportFormat format, boolean redacted) {
        String file = assessment.getFileName().toString();
        String base = file.endsWith(ASSESSMENT_SUFFIX) ? file.substring(0, file.length() - ASSESSMENT_SUFFIX.length())
                : file.endsWith(".json") ? file.substring(0, file.length() - 5) : file;
        return base + ".plan" + (redacted ? ".redacted." : ".") + format.extension();
    }
}
