package org.eacplanner.ui.probe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.prefs.Preferences;
import org.eacplanner.probe.ProbeEndpoints;
import org.eacplanner.probe.ProbeSettings;
import org.eacplanner.probe.ProxySettings;
import org.eacplanner.ui.common.SettingsWriter;

/**
 * The live checks' network preferences (probes.md): proxy (system, none or manual host:port with an optional
 * user), an extra trusted CA (the path of a PEM file) and the connect and read timeouts, kept in
 * {@link Preferences}. The proxy's password is a secret and is never stored here: it is typed for each run.
 */
public final class LiveCheckPreferences {

    /** What the preferences hold; {@code proxyHost}, {@code proxyUser}, {@code trustCaPath} may be empty. */
    public record Values(ProxySettings.Mode proxyMode, String proxyHost, int proxyPort, String proxyUser,
            String trustCaPath, int connectTimeoutSeconds, int readTimeoutSeconds) {

        public static final Values DEFAULTS = new Values(ProxySettings.Mode.SYSTEM, "", 0, "", "",
                (int) ProbeSettings.DEFAULT_CONNECT.toSeconds(), (int) ProbeSettings.DEFAULT_READ.toSeconds());

        public Values {
            proxyMode = proxyMode == null ? ProxySettings.Mode.SYSTEM : proxyMode;
            proxyHost = proxyHost == null ? "" : proxyHost.trim();
            proxyUser = proxyUser == null ? "" : proxyUser.trim();
            trustCaPath = trustCaPath == null ? "" : trustCaPath.trim();
        }

        /** The network part of the probe settings; reads the extra CA file (do it off the GUI thread). */
        public ProbeSettings toSettings(ProbeEndpoints endpoints) throws IOException {
            ProxySettings proxy = switch (proxyMode) {
                case SYSTEM -> ProxySettings.SYSTEM;
                case NONE -> ProxySettings.NONE;
                case MANUAL -> ProxySettings.manual(proxyHost, proxyPort, proxyUser);
            };
            String pem = null;
            if (!trustCaPath.isEmpty()) {
                try {
                    pem = Files.readString(Path.of(trustCaPath));
                } catch (NoSuchFileException e) {
                    throw new IOException("extra trusted CA: no such file " + trustCaPath, e);
                }
            }
            return new ProbeSettings(Duration.ofSeconds(connectTimeoutSeconds), Duration.ofSeconds(readTimeoutSeconds),
                    null, proxy, pem, endpoints);
        }
    }

    private static final String MODE = "proxy.mode";
    private static final String HOST = "proxy.host";
    private static final String PORT = "proxy.port";
    private static final String USER = "proxy.user";
    private static final String TRUST_CA = "trustCa.path";
    private static final String CONNECT = "timeout.connect";
    private static final String READ = "timeout.read";

    private final Preferences node;

    public LiveCheckPreferences(Preferences node) {
        this.node = node;
    }

    public Values load() {
        ProxySettings.Mode mode;
        try {
            mode = ProxySettings.Mode.valueOf(node.get(MODE, ProxySettings.Mode.SYSTEM.name()));
        } catch (IllegalArgumentException e) {
            mode = ProxySettings.Mode.SYSTEM;
        }
        Values d = Values.DEFAULTS;
        return new Values(mode, node.get(HOST, d.proxyHost()), node.getInt(PORT, d.proxyPort()),
                node.get(USER, d.proxyUser()), node.get(TRUST_CA, d.trustCaPath()),
                positive(node.getInt(CONNECT, d.connectTimeoutSeconds()), d.connectTimeoutSeconds()),
                positive(node.getInt(READ, d.readTimeoutSeconds()), d.readTimeoutSeconds()));
    }

    public void save(Values v) {
        node.put(MODE, v.proxyMode().name());
        node.put(HOST, v.proxyHost());
        node.putInt(PORT, v.proxyPort());
        node.put(USER, v.proxyUser());
        node.put(TRUST_CA, v.trustCaPath());
        node.putInt(CONNECT, v.connectTimeoutSeconds());
        node.putInt(READ, v.readTimeoutSeconds());
        SettingsWriter.saveSoon(node);
    }

    private static int positive(int value, int fallback) {
        return value > 0 ? value : fallback;
    }
}
