package org.eacplanner.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Checks for typed-in answers, shared by the wizard's fields and anyone else who takes text from a person.
 * Each returns null when the text is acceptable, else the {@link Problem}, which the UI words from its bundle.
 */
public final class InputRules {

    /** Why a text is not acceptable; the UI words each from its bundle. */
    public enum Problem {
        ORG_ID_LENGTH, ORG_ID_PREFIX, ORG_ID_CHARACTERS, ORG_ID_CHECKSUM, EMAIL, HOST, HTTPS_URL, WHOLE_NUMBER, DATE, EXCHANGE_BUILD
    }

    /**
     * The one e-mail rule of the app and the file format (the schema's {@code email} pattern): no space, one
     * {@code @}, and a dot in the domain with something before and after it. Written so that matching takes linear
     * time: the equivalent {@code ^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$} backtracks quadratically (a 15 MB address of
     * dots took minutes to refuse).
     */
    public static final String EMAIL_PATTERN = "^[^@\\s]+@[^@\\s][^@\\s.]*\\.[^@\\s]+$";

    private static final Pattern EMAIL = Pattern.compile(EMAIL_PATTERN);
    private static final Pattern HOST = Pattern.compile(
            "^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    private InputRules() {
    }

    public static Problem orgId(String text) {
        if (text.length() != 15 && text.length() != 18) {
            return Problem.ORG_ID_LENGTH;
        }
        if (!text.startsWith("00D")) {
            return Problem.ORG_ID_PREFIX;
        }
        if (!text.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
            return Problem.ORG_ID_CHARACTERS;
        }
        return OrgIds.problem(text) == null ? null : Problem.ORG_ID_CHECKSUM;
    }

    public static Problem email(String text) {
        return EMAIL.matcher(text).matches() ? null : Problem.EMAIL;
    }

    public static Problem host(String text) {
        return HOST.matcher(text).matches() ? null : Problem.HOST;
    }

    public static Problem httpsUrl(String text) {
        try {
            URI uri = new URI(text);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || host(uri.getHost()) != null
                    && !"localhost".equals(uri.getHost())) {
                return Problem.HTTPS_URL;
            }
            return null;
        } catch (URISyntaxException e) {
            return Problem.HTTPS_URL;
        }
    }

    public static Problem wholeNumber(String text) {
        try {
            return Integer.parseInt(text.trim()) >= 0 ? null : Problem.WHOLE_NUMBER;
        } catch (NumberFormatException e) {
            return Problem.WHOLE_NUMBER;
        }
    }

    /** A calendar date written {@code YYYY-MM-DD}. */
    public static Problem date(String text) {
        if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            return Problem.DATE;
        }
        try {
            LocalDate.parse(text);
            return null;
        } catch (DateTimeParseException e) {
            return Problem.DATE;
        }
    }

    /**
     * An Exchange build as {@code Get-ExchangeServer} prints it ({@code Version 15.2 (Build 1118.7)}) or in four
     * parts ({@code 15.2.1118.7}); checked after {@link #trimBuild}.
     */
    public static Problem exchangeBuild(String text) {
        String t = trimBuild(text);
        boolean shaped = t.matches("Version [0-9]+\\.[0-9]+ \\(Build [0-9]+\\.[0-9]+\\)|[0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+");
        return shaped && ExchangeBuild.parse(t).isPresent() ? null : Problem.EXCHANGE_BUILD;
    }

    /** A pasted build without surrounding whitespace and a leading {@code AdminDisplayVersion :}. */
    public static String trimBuild(String text) {
        return text.trim().replaceFirst("^AdminDisplayVersion\\s*:\\s*", "").trim();
    }
}
