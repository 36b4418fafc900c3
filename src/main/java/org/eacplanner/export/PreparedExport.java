package org.eacplanner.export;

import org.eacplanner.checklist.Plan;
import org.eacplanner.model.Assessment;
import org.eacplanner.rules.Catalog;

/**
 * An assessment made ready for export: redacted when the options ask for it, with the client name to show
 * (the options' override or the file's, redacted the same way), its evaluation in the report's language and
 * the catalog it was evaluated with.
 */
record PreparedExport(Assessment assessment, Plan plan, String client, ExportOptions options,
        Catalog catalog) {

    boolean redacted() {
        return options.redact();
    }
}
