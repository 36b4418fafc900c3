package org.eacplanner.probe;

import okhttp3.HttpUrl;

/**
 * Scheme, host and port of a URL (the port always explicit, 443 for https by default): the scope of a probe's
 * credentials. Two URLs share an origin when all three are equal; {@link HttpUrl} has already lower-cased the
 * host and written IPv6 addresses in one canonical form.
 */
public record Origin(String scheme, String host, int port) {

    static Origin of(HttpUrl url) {
        return new Origin(url.scheme(), url.host(), url.port());
    }

    boolean contains(HttpUrl url) {
        return scheme.equals(url.scheme()) && host.equals(url.host()) && port == url.port();
    }

    /** {@code https://host:port}, an IPv6 host in brackets. */
    @Override
    public String toString() {
        return scheme + "://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
