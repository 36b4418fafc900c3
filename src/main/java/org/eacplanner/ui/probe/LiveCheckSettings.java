package org.eacplanner.ui.probe;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.eacplanner.common.Messages;
import org.eacplanner.probe.ProxySettings;

/**
 * The network preferences of live checks (proxy, extra CA file, timeouts) as the admin types them, saved when valid
 * (a half-typed port is not saved until it is a number) through {@link LiveCheckPreferences}, off the FX thread.
 */
public final class LiveCheckSettings {

    private final Messages messages;
    private final LiveCheckPreferences preferences;
    private final ObjectProperty<ProxySettings.Mode> proxyMode = new SimpleObjectProperty<>();
    private final StringProperty proxyHost = new SimpleStringProperty();
    private final StringProperty proxyPort = new SimpleStringProperty();
    private final StringProperty proxyUser = new SimpleStringProperty();
    private final StringProperty trustCaPath = new SimpleStringProperty();
    private final StringProperty connectTimeout = new SimpleStringProperty();
    private final StringProperty readTimeout = new SimpleStringProperty();

    LiveCheckSettings(Messages messages, LiveCheckPreferences preferences) {
        this.messages = messages;
        this.preferences = preferences;
        show(preferences.load());
        for (var p : List.of(proxyHost, proxyPort, proxyUser, trustCaPath, connectTimeout, readTimeout)) {
            p.addListener(o -> save());
        }
        proxyMode.addListener(o -> save());
    }

    public ObjectProperty<ProxySettings.Mode> proxyModeProperty() {
        return proxyMode;
    }

    public StringProperty proxyHostProperty() {
        return proxyHost;
    }

    public StringProperty proxyPortProperty() {
        return proxyPort;
    }

    public StringProperty proxyUserProperty() {
        return proxyUser;
    }

    public StringProperty trustCaPathProperty() {
        return trustCaPath;
    }

    public StringProperty connectTimeoutProperty() {
        return connectTimeout;
    }

    public StringProperty readTimeoutProperty() {
        return readTimeout;
    }

    private void show(LiveCheckPreferences.Values v) {
        proxyMode.set(v.proxyMode());
        proxyHost.set(v.proxyHost());
        proxyPort.set(v.proxyPort() > 0 ? Integer.toString(v.proxyPort()) : "");
        proxyUser.set(v.proxyUser());
        trustCaPath.set(v.trustCaPath());
        connectTimeout.set(Integer.toString(v.connectTimeoutSeconds()));
        readTimeout.set(Integer.toString(v.readTimeoutSeconds()));
    }

    /** The preferences as typed; throws {@link IllegalArgumentException} with the bundle's words when invalid. */
    LiveCheckPreferences.Values values() {
        boolean manual = proxyMode.get() == ProxySettings.Mode.MANUAL;
        int port = manual ? number(proxyPort.get(), 1, 65535, "live.invalid.port") : 0;
        if (manual && (proxyHost.get() == null || proxyHost.get().isBlank())) {
            throw new IllegalArgumentException(messages.get("live.invalid.proxyHost"));
        }
        return new LiveCheckPreferences.Values(proxyMode.get(), proxyHost.get(), port, proxyUser.get(), trustCaPath.get(),
                number(connectTimeout.get(), 1, 600, "live.invalid.timeout"),
                number(readTimeout.get(), 1, 600, "live.invalid.timeout"));
    }

    private void save() {
        try {
            preferences.save(values());
        } catch (IllegalArgumentException e) {
            // kept on screen; saved once valid, and reported when the admin runs the checks
        }
    }

    private int number(String text, int min, int max, String key) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(messages.get(key, min, max));
    }
}
