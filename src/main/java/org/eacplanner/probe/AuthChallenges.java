package org.eacplanner.probe;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eacplanner.model.AuthMethod;

/**
 * Reads {@code WWW-Authenticate} challenges (RFC 9110): several headers, and several schemes in one header
 * separated by commas, each with optional parameters ({@code Bearer authorization_uri="…", error="…"}).
 */
public final class AuthChallenges {

    private AuthChallenges() {
    }

    /** The scheme names in order of appearance, as sent (e.g. {@code Negotiate}, {@code NTLM}). */
    public static List<String> schemes(List<String> headers) {
        Set<String> out = new LinkedHashSet<>();
        for (String h : headers) {
            for (String part : splitOutsideQuotes(h)) {
                String p = part.trim();
                if (p.isEmpty()) {
                    continue;
                }
                int sp = p.indexOf(' ');
                String first = sp < 0 ? p : p.substring(0, sp);
                // "realm=x" after a comma is a parameter of the previous scheme, not a scheme
                if (!first.contains("=") && !first.contains("\"")) {
                    out.add(first);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** The methods of the inventory the schemes stand for: Bearer → OAUTH, Basic, NTLM, Negotiate. */
    public static List<AuthMethod> methods(List<String> schemes) {
        Set<AuthMethod> out = new LinkedHashSet<>();
        for (String s : schemes) {
            switch (s.toLowerCase(Locale.ROOT)) {
                case "bearer" -> out.add(AuthMethod.OAUTH);
                case "basic" -> out.add(AuthMethod.BASIC);
                case "ntlm" -> out.add(AuthMethod.NTLM);
                case "negotiate" -> out.add(AuthMethod.NEGOTIATE);
                default -> { }
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * Reads a reply's challenge into {@code step} (schemes, methods; for an Exchange Online host only OAUTH, with the
     * reason as a note) and returns the methods' names.
     */
    static List<String> read(HttpReply reply, StepTimer step) {
        List<String> schemes = schemes(reply.headers("WWW-Authenticate"));
        List<AuthMethod> methods = methods(schemes);
        step.put("schemes", schemes);
        if (ExchangeHosts.isExchangeOnline(reply.host())) {
            methods = methods.contains(AuthMethod.OAUTH) ? List.of(AuthMethod.OAUTH) : List.of();
            step.put("note", ExchangeHosts.BASIC_OFF);
        }
        List<String> names = methods.stream().map(Enum::name).toList();
        step.put("authMethods", names);
        return names;
    }

    public static boolean offersBasic(List<String> schemes) {
        return schemes.stream().anyMatch(s -> s.equalsIgnoreCase("basic"));
    }

    private static List<String> splitOutsideQuotes(String header) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"' && (i == 0 || header.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                parts.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        parts.add(cur.toString());
        return parts;
    }
}
