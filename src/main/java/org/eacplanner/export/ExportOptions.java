package org.eacplanner.export;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * How to export: the author shown on the cover (consultant name, company, logo), an optional client name that
 * replaces the file's, paper size, the report's language (independent of the app's), redaction, and the
 * sections of the report. Blank strings count as absent. Use {@link #defaults(Locale)} and the {@code with…}
 * methods.
 */
public record ExportOptions(
        String consultant,
        String company,
        String client,
        Logo logo,
        Paper paper,
        Locale locale,
        boolean redact,
        Set<Section> sections) {

    public ExportOptions {
        consultant = blankToNull(consultant);
        company = blankToNull(company);
        client = blankToNull(client);
        paper = paper == null ? Paper.A4 : paper;
        locale = locale == null ? Locale.ENGLISH : locale;
        sections = sections == null || sections.isEmpty() ? Set.copyOf(EnumSet.allOf(Section.class))
                : Set.copyOf(sections);
    }

    /** No author, the file's client name, A4, every section, not redacted. */
    public static ExportOptions defaults(Locale locale) {
        return new ExportOptions(null, null, null, null, Paper.A4, locale, false, null);
    }

    public ExportOptions withConsultant(String name, String companyName) {
        return new ExportOptions(name, companyName, client, logo, paper, locale, redact, sections);
    }

    public ExportOptions withClient(String name) {
        return new ExportOptions(consultant, company, name, logo, paper, locale, redact, sections);
    }

    public ExportOptions withLogo(Logo image) {
        return new ExportOptions(consultant, company, client, image, paper, locale, redact, sections);
    }

    public ExportOptions withPaper(Paper size) {
        return new ExportOptions(consultant, company, client, logo, size, locale, redact, sections);
    }

    public ExportOptions withLocale(Locale language) {
        return new ExportOptions(consultant, company, client, logo, paper, language, redact, sections);
    }

    public ExportOptions withRedaction(boolean on) {
        return new ExportOptions(consultant, company, client, logo, paper, locale, on, sections);
    }

    public ExportOptions withSections(Set<Section> parts) {
        return new ExportOptions(consultant, company, client, logo, paper, locale, redact, parts);
    }

    public boolean includes(Section section) {
        return sections.contains(section);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
