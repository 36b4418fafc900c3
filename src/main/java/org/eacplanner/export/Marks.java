package org.eacplanner.export;

import java.util.Locale;
import org.eacplanner.export.ReportModel.SeverityMark;
import org.eacplanner.export.ReportModel.StatusMark;
import org.eacplanner.model.ProgressStatus;
import org.eacplanner.model.Severity;

/** Severity and status as word plus symbol (never colour alone); the symbols are in the shipped PDF font. */
final class Marks {

    private Marks() {
    }

    static SeverityMark severity(Severity s, ReportText t) {
        String glyph = switch (s) {
            case BLOCKER -> "\u2716";
            case WARNING -> "\u25b2";
            case GAP -> "?";
            case INFO -> "\u2139";
        };
        return new SeverityMark(s.name().toLowerCase(Locale.ROOT), glyph, t.severity(s));
    }

    static StatusMark status(ProgressStatus s, ReportText t) {
        String glyph = switch (s) {
            case DONE -> "\u2714";
            case IN_PROGRESS -> "\u25d0";
            case TODO -> "\u25cb";
            case NOT_APPLICABLE -> "\u2013";
        };
        return new StatusMark(s.name().toLowerCase(Locale.ROOT).replace('_', '-'), glyph, t.status(s));
    }
}
