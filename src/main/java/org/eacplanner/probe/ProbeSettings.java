package org.eacplanner.probe;

import java.time.Duration;
import java.util.Locale;

/**
 * Preferences for live checks, filled by the GUI's preferences page or the command line: timeouts (connect 5 s,
 * read 10 s, whole probe 30 s by default), the proxy, an extra trusted CA (PEM text, for private CAs) and the
 * endpoints; the language of the steps' names, reasons and advice (English by default) and whether they are worded for
 * the app or the command line. No secrets here.
 */
public record ProbeSettings(Duration connectTimeout, Duration readTimeout, Duration probeTimeout,
        ProxySettings proxy, String trustCaPem, ProbeEndpoints endpoints, Locale locale, boolean appWording) {

    public static final Duration DEFAULT_CONNECT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_READ = Duration.ofSeconds(10);
    public static final Duration DEFAULT_PROBE = Duration.ofSeconds(30);

    public ProbeSettings {
        connectTimeout = positive(connectTimeout, DEFAULT_CONNECT, "connect");
        readTimeout = positive(readTimeout, DEFAULT_READ, "read");
        probeTimeout = positive(probeTimeout, DEFAULT_PROBE, "whole-probe");
        proxy = proxy == null ? ProxySettings.SYSTEM : proxy;
        trustCaPem = trustCaPem == null || trustCaPem.isBlank() ? null : trustCaPem;
        endpoints = endpoints == null ? ProbeEndpoints.DEFAULTS : endpoints;
        locale = locale == null ? Locale.ENGLISH : locale;
    }

    /** Settings whose texts are in English and name the command line's options. */
    public ProbeSettings(Duration connectTimeout, Duration readTimeout, Duration probeTimeout, ProxySettings proxy,
            String trustCaPem, ProbeEndpoints endpoints) {
        this(connectTimeout, readTimeout, probeTimeout, proxy, trustCaPem, endpoints, null, false);
    }

    public static ProbeSettings defaults() {
        return new ProbeSettings(null, null, null, null, null, null, null, false);
    }

    /**
     * {@code --timeout S}: the whole-probe limit becomes S and the connect and read timeouts are capped at S.
     */
    public ProbeSettings withTimeout(Duration limit) {
        Duration l = positive(limit, DEFAULT_PROBE, "whole-probe");
        return new ProbeSettings(min(connectTimeout, l), min(readTimeout, l), l, proxy, trustCaPem, endpoints, locale, appWording);
    }

    public ProbeSettings withTimeouts(Duration connect, Duration read, Duration probe) {
        return new ProbeSettings(connect, read, probe, proxy, trustCaPem, endpoints, locale, appWording);
    }

    public ProbeSettings withProxy(ProxySettings p) {
        return new ProbeSettings(connectTimeout, readTimeout, probeTimeout, p, trustCaPem, endpoints, locale, appWording);
    }

    public ProbeSettings withTrustCaPem(String pem) {
        return new ProbeSettings(connectTimeout, readTimeout, probeTimeout, proxy, pem, endpoints, locale, appWording);
    }

    public ProbeSettings withEndpoints(ProbeEndpoints e) {
        return new ProbeSettings(connectTimeout, readTimeout, probeTimeout, proxy, trustCaPem, e, locale, appWording);
    }

    /**
     * Texts for the app: advice names the app's fields and settings ("the EWS URL field") where the command line's
     * names its options ({@code --ews-url}).
     */
    public ProbeSettings withAppWording() {
        return new ProbeSettings(connectTimeout, readTimeout, probeTimeout, proxy, trustCaPem, endpoints, locale, true);
    }

    /** The language of the results' texts (null: English). */
    public ProbeSettings withLocale(Locale l) {
        return new ProbeSettings(connectTimeout, readTimeout, probeTimeout, proxy, trustCaPem, endpoints, l, appWording);
    }

    private static Duration positive(Duration d, Duration fallback, String what) {
        if (d == null) {
            return fallback;
        }
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("the " + what + " timeout must be positive");
        }
        return d;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
