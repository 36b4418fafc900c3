package org.eacplanner.export;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces what identifies a client in text by stable placeholders (product.md, step 8, "redaction"): the
 * client and org names ({@code Client}, {@code Org}; both {@code Client} when they are the same), the org ID
 * ({@code 00D…redacted}), the instance ({@code instance-1}), e-mail addresses ({@code user-1@domain-1.example}),
 * domains and host names ({@code domain-2.example}, {@code host-3.domain-1.example}), and the names of people
 * ({@code person-1}). The same input always gets the same placeholder from one instance, so use one instance
 * per export. Salesforce's and Microsoft's own hosts stay, but an org's name under them does not
 * ({@code acme.my.salesforce.com} → {@code domain-1.my.salesforce.com}). The author's name, company and e-mail
 * stay. IPv4 addresses become documentation addresses ({@code 192.0.2.1}). Not thread-safe.
 */
public final class Redactor {

    public static final String CLIENT = "Client";
    public static final String ORG = "Org";
    public static final String ORG_ID = "00D…redacted";
    static final String EXAMPLE_TLD = ".example";

    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final String FIXED = "(?<email>(?<![\\w.%+-])[A-Za-z0-9._%+-]+@(?:" + LABEL + "\\.)+[A-Za-z]{2,63}"
            + "(?![\\w-]|\\.[A-Za-z0-9]))"
            + "|(?<orgid>(?<![A-Za-z0-9])00D[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?(?![A-Za-z0-9]))"
            + "|(?<ip>(?<![\\d.])(?:\\d{1,3}\\.){3}\\d{1,3}(?!\\.?\\d))"
            + "|(?<host>(?<![\\w.@-])(?:" + LABEL + "\\.)+[A-Za-z]{2,63}(?![\\w-]|\\.[A-Za-z0-9]))";

    private static final String WORD_START = "(?<![A-Za-z0-9_])";

    /** Dotted words that are file names, not hosts ({@code Exchange.asmx}, {@code cacerts.jsp}). */
    private static final Set<String> FILE_EXTENSIONS = Set.of("asmx", "aspx", "asp", "ashx", "svc", "jsp", "php",
            "html", "htm", "xml", "json", "csv", "txt", "pdf", "png", "jpg", "jpeg", "gif", "svg", "ps1", "psm1",
            "exe", "msi", "zip", "log", "cer", "crt", "pem", "pfx", "der", "p7b", "key", "js", "css", "java", "md",
            "doc", "docx", "xls", "xlsx", "ppt", "pptx", "yml", "yaml", "ini", "cfg", "conf", "bak", "eml", "msg",
            "rtf", "tmp", "dll", "sh", "bat", "cmd", "jar", "properties");
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "gov", "org", "net", "ac", "edu", "ne", "or",
            "go", "gv", "mil");
    private static final Set<UnicodeScript> UNSPACED = Set.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA,
            UnicodeScript.KATAKANA, UnicodeScript.HANGUL, UnicodeScript.THAI, UnicodeScript.LAO, UnicodeScript.KHMER,
            UnicodeScript.MYANMAR);

    private final Map<String, String> literals = new HashMap<>();
    private final Set<String> caseSensitive = new LinkedHashSet<>();
    private final Set<String> keep = new LinkedHashSet<>();
    private final List<String> knownDomains = new ArrayList<>();
    private final Map<String, String> instances = new HashMap<>();
    private final Map<String, String> domains = new HashMap<>();
    private final Map<String, String> hosts = new HashMap<>();
    private final Map<String, String> users = new HashMap<>();
    private final Map<String, String> addresses = new HashMap<>();
    private final Pattern pattern;
    private final Pattern literalsOnly;

    /** A redactor that knows the names in {@code known} (and keeps the author's). */
    public Redactor(KnownNames known) {
        known.keep().forEach(k -> keep.add(k.toLowerCase(Locale.ROOT)));
        known.domains().forEach(d -> knownDomains.add(d.toLowerCase(Locale.ROOT)));
        knownDomains.sort(Comparator.comparingInt(String::length).reversed());
        Set<String> clientKeys = new LinkedHashSet<>();
        known.clients().forEach(c -> clientKeys.add(c.toLowerCase(Locale.ROOT)));
        known.clients().forEach(c -> addLiteral(c, CLIENT, false));
        known.orgs().forEach(o -> addLiteral(o, clientKeys.contains(o.toLowerCase(Locale.ROOT)) ? CLIENT : ORG, false));
        for (String id : known.orgIds()) {
            addLiteral(id, ORG_ID, false);
            if (id.length() == 18) {
                addLiteral(id.substring(0, 15), ORG_ID, false);
            }
        }
        for (String instance : known.instances()) {
            String placeholder = instances.computeIfAbsent(instance.toLowerCase(Locale.ROOT),
                    k -> "instance-" + (instances.size() + 1));
            addLiteral(instance, placeholder, false);
        }
        int people = 0;
        for (String person : known.people()) {
            String key = person.strip().toLowerCase(Locale.ROOT);
            if (key.isEmpty() || person.contains("@") || keep.contains(key) || literals.containsKey(key)) {
                continue;
            }
            addLiteral(person.strip(), "person-" + (++people), person.strip().length() <= 3);
        }
        // Everything but a name in a script without spaces starts a word: one look behind skips the middle of
        // words before any alternative is tried, which makes the scan several times faster.
        String atWordStart = literalAlternatives(true);
        String anywhere = literalAlternatives(false);
        String literalsAtWordStart = atWordStart.isEmpty() ? "" : "|(?<lit>" + atWordStart + ")";
        String literalsAnywhere = anywhere.isEmpty() ? "" : "|(?<lit2>" + anywhere + ")";
        this.pattern = Pattern.compile(WORD_START + "(?:" + FIXED + literalsAtWordStart + ")" + literalsAnywhere);
        String all = String.join("|", List.of(atWordStart, anywhere).stream().filter(x -> !x.isEmpty()).toList());
        this.literalsOnly = all.isEmpty() ? null : Pattern.compile(all);
    }

    /** {@code text} with everything that identifies the client replaced; null stays null. */
    public String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String replacement(Matcher m) {
        String found = m.group();
        if (m.group("email") != null) {
            return email(found);
        }
        if (m.group("orgid") != null) {
            return ORG_ID;
        }
        if (m.group("ip") != null) {
            return address(found);
        }
        if (m.group("host") != null) {
            String tld = found.substring(found.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            return FILE_EXTENSIONS.contains(tld) ? literals(found) : host(found);
        }
        return literal(found);
    }

    private String literals(String text) {
        if (literalsOnly == null) {
            return text;
        }
        Matcher m = literalsOnly.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(literal(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String literal(String found) {
        String placeholder = literals.get(found.toLowerCase(Locale.ROOT));
        return placeholder == null ? literals.getOrDefault(found, found) : placeholder;
    }

    private String email(String email) {
        String lower = email.toLowerCase(Locale.ROOT);
        if (keep.contains(lower)) {
            return email;
        }
        int at = lower.indexOf('@');
        String user = users.computeIfAbsent(lower, k -> "user-" + (users.size() + 1));
        return user + "@" + host(lower.substring(at + 1));
    }

    private String address(String ip) {
        for (String part : ip.split("\\.")) {
            if (Integer.parseInt(part) > 255) {
                return ip;
            }
        }
        return "192.0.2." + addresses.computeIfAbsent(ip, k -> String.valueOf(addresses.size() + 1));
    }

    /** A host or domain name's placeholder. */
    String host(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (keep.contains(lower)) {
            return name;
        }
        var suffix = PublicHosts.orgSuffix(lower);
        if (suffix.isPresent()) {
            return domain(lower) + "." + suffix.get();
        }
        if (PublicHosts.isService(lower)) {
            String first = lower.substring(0, lower.indexOf('.'));
            String instance = instances.get(first);
            return instance == null ? name : instance + lower.substring(first.length());
        }
        String registrable = registrable(lower);
        String domain = domain(registrable) + EXAMPLE_TLD;
        if (lower.equals(registrable)) {
            return domain;
        }
        return hosts.computeIfAbsent(lower, k -> "host-" + (hosts.size() + 1)) + "." + domain;
    }

    private String domain(String key) {
        return domains.computeIfAbsent(key, k -> "domain-" + (domains.size() + 1));
    }

    private String registrable(String host) {
        for (String d : knownDomains) {
            if (host.equals(d) || host.endsWith("." + d)) {
                return d;
            }
        }
        String[] labels = host.split("\\.");
        int n = labels.length;
        if (n >= 3 && labels[n - 1].length() == 2 && SECOND_LEVEL.contains(labels[n - 2])) {
            return String.join(".", labels[n - 3], labels[n - 2], labels[n - 1]);
        }
        return n >= 2 ? labels[n - 2] + "." + labels[n - 1] : host;
    }

    private void addLiteral(String literal, String placeholder, boolean matchCase) {
        String s = literal == null ? "" : literal.strip();
        if (s.isEmpty() || keep.contains(s.toLowerCase(Locale.ROOT))) {
            return;
        }
        if (matchCase) {
            caseSensitive.add(s);
            literals.putIfAbsent(s, placeholder);
        } else {
            literals.putIfAbsent(s.toLowerCase(Locale.ROOT), placeholder);
        }
    }

    /** The known names as regex alternatives, longest first: those that start a word, or the others. */
    private String literalAlternatives(boolean startingAWord) {
        List<String> keys = new ArrayList<>(literals.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed());
        List<String> alternatives = new ArrayList<>();
        for (String k : keys) {
            if (spaced(k.codePointAt(0)) == startingAWord) {
                alternatives.add((caseSensitive.contains(k) ? "(?-i:" : "(?iu:") + bounded(k) + ")");
            }
        }
        return String.join("|", alternatives);
    }

    /** The literal, with word boundaries on the ends where the script separates words by spaces. */
    private static String bounded(String literal) {
        String before = spaced(literal.codePointAt(0)) ? "(?<![\\p{L}\\p{N}_])" : "";
        String after = spaced(literal.codePointBefore(literal.length())) ? "(?![\\p{L}\\p{N}_])" : "";
        return before + Pattern.quote(literal) + after;
    }

    private static boolean spaced(int codePoint) {
        return Character.isLetterOrDigit(codePoint) && !UNSPACED.contains(UnicodeScript.of(codePoint));
    }

    /**
     * What the file and the export options say about who is who: the names to replace, the domains the
     * client's hosts belong to, and the author's name, company and e-mail, which stay.
     */
    public record KnownNames(List<String> clients, List<String> orgs, List<String> orgIds, List<String> instances,
            List<String> people, List<String> domains, List<String> keep) {

        public KnownNames {
            clients = nonBlank(clients);
            orgs = nonBlank(orgs);
            orgIds = nonBlank(orgIds);
            instances = nonBlank(instances);
            people = nonBlank(people);
            domains = nonBlank(domains);
            keep = nonBlank(keep);
        }

        private static List<String> nonBlank(List<String> values) {
            return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
        }
    }
}
