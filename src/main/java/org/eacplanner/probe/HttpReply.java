package org.eacplanner.probe;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * An HTTP answer as the probes see it: status, headers, the body (at most 1 MB), the redirects followed and the
 * phase timings.
 */
public record HttpReply(HttpUrl url, int code, String message, Headers headers, byte[] body,
        List<String> redirects, Map<String, Object> timings, String tlsVersion) {

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public List<String> headers(String name) {
        return headers.values(name);
    }

    public String header(String name) {
        return headers.get(name);
    }

    public String host() {
        return url.host();
    }

    /** What a step shows: URL, status, redirects, timings and the headers that matter here. */
    public Map<String, Object> evidence() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", url.toString());
        m.put("status", code);
        if (!redirects.isEmpty()) {
            m.put("redirects", redirects);
        }
        List<String> auth = headers("WWW-Authenticate");
        if (!auth.isEmpty()) {
            m.put("wwwAuthenticate", auth);
        }
        for (String h : List.of("Content-Type", "Server", "X-FEServer", "X-BEServer")) {
            if (header(h) != null) {
                m.put(h, header(h));
            }
        }
        if (tlsVersion != null) {
            m.put("tlsVersion", tlsVersion);
        }
        m.put("bodyBytes", body.length);
        m.put("timings", timings);
        return m;
    }
}
