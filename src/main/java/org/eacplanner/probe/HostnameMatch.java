package org.eacplanner.probe;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Whether a certificate is valid for a host name (RFC 6125: subject alternative names; one left-most wildcard). */
public final class HostnameMatch {

    private HostnameMatch() {
    }

    /** The host of {@code url} (an IPv6 address without its brackets); null when there is none or it is no URL. */
    public static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.trim()).getHost();
            return host == null ? null : host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }

    /** The DNS and IP names of the certificate. */
    public static List<String> names(X509Certificate cert) {
        List<String> out = new ArrayList<>();
        try {
            Collection<List<?>> sans = cert.getSubjectAlternativeNames();
            if (sans != null) {
                for (List<?> san : sans) {
                    int type = (Integer) san.get(0);
                    if (type == 2 || type == 7) {
                        out.add(String.valueOf(san.get(1)));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            return out;
        }
        return out;
    }

    static boolean matches(X509Certificate cert, String host) {
        return names(cert).stream().anyMatch(name -> matches(name, host));
    }

    /** Whether one certificate name (a DNS name, a left-most wildcard allowed, or an IP address) covers {@code host}. */
    public static boolean matches(String name, String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return isIp(h) ? sameIp(name, h) : dnsMatch(name.toLowerCase(Locale.ROOT), h);
    }

    private static boolean dnsMatch(String pattern, String host) {
        if (!pattern.startsWith("*.")) {
            return pattern.equals(host);
        }
        int dot = host.indexOf('.');
        return dot > 0 && host.substring(dot).equals(pattern.substring(1)) && pattern.indexOf('.', 2) > 0;
    }

    private static boolean isIp(String host) {
        return host.indexOf(':') >= 0 || host.matches("[0-9.]+");
    }

    private static boolean sameIp(String name, String host) {
        try {
            return isIp(name) && InetAddress.getByName(name).equals(InetAddress.getByName(host));
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
