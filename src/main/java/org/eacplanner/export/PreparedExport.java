package org.eacplanner.export;

import org.eacplanner.checklist.Plan;
import org.eacplanner.model.Assessment;

/**
 * An assessment made ready for export: redacted when the options ask for it, with the client name to show
 * (the options' override or the file's, redacted the same way) and its evaluation in the report's language.
 */
record PreparedExport(Assessment assessment, Plan plan, String client, ExportOptions options) {

    boolean redacted() {
        return options.redact();
    }
}
