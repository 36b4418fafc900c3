package org.eacplanner.probe;

/**
 * The network path to the Internet (preferences, {@code --proxy}): the system's proxy, none, or a manual HTTP
 * proxy with an optional user. The proxy's password is a secret and is not part of the settings: it comes with
 * the run's {@link ProbeCredentials}.
 */
public record ProxySettings(Mode mode, String host, int port, String user) {

    /** How the proxy is chosen. */
    public enum Mode {
        /** Java's default proxy selector (system properties, or the OS settings with java.net.useSystemProxies). */
        SYSTEM,
        /** Direct connections. */
        NONE,
        /** The HTTP proxy {@code host:port}. */
        MANUAL
    }

    public static final ProxySettings SYSTEM = new ProxySettings(Mode.SYSTEM, null, 0, null);
    public static final ProxySettings NONE = new ProxySettings(Mode.NONE, null, 0, null);

    public ProxySettings {
        if (mode == null) {
            throw new IllegalArgumentException("proxy mode is required");
        }
        if (mode == Mode.MANUAL && (host == null || host.isBlank() || port < 1 || port > 65535)) {
            throw new IllegalArgumentException("a manual proxy needs a host and a port from 1 to 65535");
        }
    }

    public static ProxySettings manual(String host, int port, String user) {
        return new ProxySettings(Mode.MANUAL, host, port, user == null || user.isBlank() ? null : user);
    }

    /** Parses {@code HOST:PORT} (IPv6 hosts in brackets). */
    public static ProxySettings parse(String hostPort, String user) {
        HostPort hp = HostPort.parse(hostPort, "--proxy");
        return manual(hp.host(), hp.port(), user);
    }
}
