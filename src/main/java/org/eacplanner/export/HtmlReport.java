package org.eacplanner.export;

/** The report as one self-contained HTML5 file: inline CSS, the logo as a data URI, no script, no remote resource. */
final class HtmlReport {

    private HtmlReport() {
    }

    static String render(PreparedExport p, ReportText t) {
        return ReportTemplate.render(ReportModelBuilder.build(p, t, false));
    }
}
