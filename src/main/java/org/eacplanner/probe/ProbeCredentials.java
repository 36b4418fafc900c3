package org.eacplanner.probe;

/**
 * What the admin typed for one run: the service account's password (EWS_LOGIN, and the authenticated
 * Autodiscover request), the Salesforce access token (SALESFORCE_ORG) and the manual proxy's password. Each
 * may be absent. Used once: {@link ProbeRunner} clears them when the run ends; {@link #clear()} may be called
 * earlier (e.g. when the window closes). Never printed.
 */
public final class ProbeCredentials implements AutoCloseable {

    private final Secret password;
    private final Secret token;
    private final Secret proxyPassword;

    public ProbeCredentials(Secret password, Secret token, Secret proxyPassword) {
        this.password = password == null ? Secret.of(null) : password;
        this.token = token == null ? Secret.of(null) : token;
        this.proxyPassword = proxyPassword == null ? Secret.of(null) : proxyPassword;
    }

    public static ProbeCredentials none() {
        return new ProbeCredentials(null, null, null);
    }

    public Secret password() {
        return password;
    }

    public Secret token() {
        return token;
    }

    public Secret proxyPassword() {
        return proxyPassword;
    }

    public void clear() {
        password.clear();
        token.clear();
        proxyPassword.clear();
    }

    /** Whether every secret has been wiped (or was never given). */
    public boolean isCleared() {
        return password.isEmpty() && token.isEmpty() && proxyPassword.isEmpty();
    }

    @Override
    public void close() {
        clear();
    }

    @Override
    public String toString() {
        return "ProbeCredentials[hidden]";
    }
}
