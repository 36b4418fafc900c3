package org.eacplanner.probe;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The last check before bytes leave: a request carrying {@code Authorization} goes out only over https and only
 * to the origin (scheme, host, port) its probe named. A second line of defence behind {@link ProbeHttp}'s
 * redirect rules.
 */
final class CredentialGuard implements Interceptor {

    /** The one origin a request's credentials may go to (null: the probe sends none). */
    record Scope(Origin origin) { }

    /** The request was stopped here; its message is the reason in English. */
    static final class Refused extends IOException {
        private final transient ProbeText text;

        Refused(ProbeText text) {
            super(text.toString());
            this.text = text;
        }

        ProbeText text() {
            return text;
        }
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request r = chain.request();
        if (r.header("Authorization") != null) {
            Scope scope = r.tag(Scope.class);
            if (scope == null || scope.origin() == null || !r.isHttps() || !scope.origin().contains(r.url())) {
                throw new Refused(ProbeText.of("probe.http.credentialsRefused", Origin.of(r.url())));
            }
        }
        return chain.proceed(r);
    }
}
