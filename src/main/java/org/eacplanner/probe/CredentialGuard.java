package org.eacplanner.probe;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The last check before bytes leave: a request carrying {@code Authorization} goes out only over https and only
 * to the host its probe named. A second line of defence behind {@link ProbeHttp}'s redirect rules.
 */
final class CredentialGuard implements Interceptor {

    /** The one host a request's credentials may go to (null: the request carries none). */
    record Scope(String host) { }

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
            String host = r.url().host();
            if (scope == null || scope.host() == null || !r.isHttps() || !host.equalsIgnoreCase(scope.host())) {
                throw new Refused(ProbeText.of("probe.http.credentialsRefused", r.url().scheme() + "://" + host));
            }
        }
        return chain.proceed(r);
    }
}
