package org.eacplanner.probe;

import java.util.Arrays;
import java.util.Base64;
import okhttp3.Authenticator;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

/** Answers a manual proxy's 407 with Basic credentials, once per request. */
final class ProxyLogin implements Authenticator {

    private final String user;
    private final Secret password;

    ProxyLogin(String user, Secret password) {
        this.user = user;
        this.password = password;
    }

    @Override
    public Request authenticate(Route route, Response response) {
        if (response.request().header("Proxy-Authorization") != null || password.isEmpty()) {
            return null;
        }
        return response.request().newBuilder().header("Proxy-Authorization", basic(user, password)).build();
    }

    /** {@code Basic base64(user:password)}, wiping the intermediate bytes. */
    static String basic(String user, Secret password) {
        byte[] raw = password.utf8With(user + ":");
        try {
            return "Basic " + Base64.getEncoder().encodeToString(raw);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }
}
