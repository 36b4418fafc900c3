package org.eacplanner.probe;

import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eacplanner.model.ApprovedRoots;

/**
 * Reads the org's own approved-CA list (rules.md): the {@code cacerts.jsp} page saved from the browser, or a PEM
 * bundle. Takes every PEM certificate found, also HTML-escaped or inside {@code <pre>}; says so when there is none.
 */
public final class ApprovedRootsLoader {

    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");
    private static final Pattern TAG = Pattern.compile("<[^>]{0,200}>");

    private ApprovedRootsLoader() {
    }

    /**
     * @param text       the file's content
     * @param source     what to name as the source of the verdict (e.g. the file name)
     * @param capturedOn when the list was captured (usually the file's date, or today)
     * @throws IllegalArgumentException when no certificate is found, or a block cannot be read
     */
    public static ApprovedRoots parse(String text, String source, LocalDate capturedOn) {
        String plain = unescapeHtml(text);
        List<X509Certificate> certs = Pem.certificates(plain);
        if (certs.isEmpty()) {
            throw new IllegalArgumentException("no PEM certificate found in " + source
                    + " (expected -----BEGIN CERTIFICATE----- blocks: save cacerts.jsp as a web page, or use a PEM bundle)");
        }
        Map<String, ApprovedRoots.Root> roots = new LinkedHashMap<>();
        for (X509Certificate c : certs) {
            String sha = Certs.sha256(c);
            roots.putIfAbsent(sha, new ApprovedRoots.Root(Certs.dn(c.getSubjectX500Principal()), sha, null));
        }
        return new ApprovedRoots(source, capturedOn, new ArrayList<>(roots.values()), null);
    }

    /** Undoes what a browser's "save page" may do to PEM text: entities and line-break tags. */
    static String unescapeHtml(String text) {
        if (!text.contains("&") && !text.contains("<")) {
            return text;
        }
        String s = TAG.matcher(text).replaceAll(m -> m.group().startsWith("<br") ? "\n" : " ");
        Matcher m = NUMERIC_ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int cp = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
            m.appendReplacement(sb, Matcher.quoteReplacement(Character.isValidCodePoint(cp)
                    ? new String(Character.toChars(cp)) : ""));
        }
        m.appendTail(sb);
        return sb.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }
}
