package org.eacplanner.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The app's shorthands for conditions, and which fields a condition reads. */
final class CatalogTerms {

    /** The app's shorthands (rules.md, "Terms used in conditions"); a catalog file cannot change them. */
    static final Map<String, String> APP_TERMS = appTerms();
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "contains", "known", "unknown",
            "any", "always", "true", "false");

    private CatalogTerms() {
    }

    private static Map<String, String> appTerms() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("o365", "exchange.deployment in [EXCHANGE_ONLINE, HYBRID]");
        t.put("onprem", "exchange.deployment in [ON_PREMISES, HYBRID]");
        t.put("gov", "org.cloud in [GOVERNMENT_CLOUD, GOVERNMENT_CLOUD_PLUS]");
        t.put("ls", "lightningSync.inUse = true");
        t.put("svc", "ls and lightningSync.connectionMethod = SERVICE_ACCOUNT");
        t.put("eacEws", "o365 and not gov and eac.enabled = true and eac.microsoftAuthMethod = EWS");
        t.put("standardOnly", "eac.licenses known and eac.licenses contains STANDARD"
                + " and not eac.licenses contains SALES_CLOUD_EINSTEIN and not eac.licenses contains INBOX"
                + " and not eac.licenses contains SALES_ENGAGEMENT");
        return Collections.unmodifiableMap(t);
    }

    /**
     * The field paths a condition reads positively: dotted words and the fields of the shorthands it names,
     * leaving out a part right after {@code not} (in {@code ls and not gov}, the cloud is not what the finding
     * is about).
     */
    static Set<String> fieldsOf(String condition, Map<String, Set<String>> terms) {
        Set<String> fields = new TreeSet<>();
        Matcher m = Pattern.compile("[A-Za-z0-9_.]+").matcher(condition);
        String anyList = null;
        boolean negated = false;
        while (m.find()) {
            String word = m.group();
            if (word.equals("not")) {
                negated = true;
                continue;
            }
            if (word.contains(".")) {
                if (!negated) {
                    fields.add(word);
                }
                anyList = word;
            } else if (terms.containsKey(word)) {
                if (!negated) {
                    fields.addAll(terms.get(word));
                }
            } else if (anyList != null && Character.isLowerCase(word.charAt(0)) && !KEYWORDS.contains(word)) {
                fields.add(anyList + "." + word);
            }
            if (word.contains(".") || terms.containsKey(word)) {
                negated = false;
            }
        }
        return fields;
    }
}
