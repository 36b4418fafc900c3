package org.eacplanner.ui.probe;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.eacplanner.common.Messages;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.InputRules;
import org.eacplanner.model.ProbeId;
import org.eacplanner.probe.HostPort;
import org.eacplanner.probe.ProbeCredentials;
import org.eacplanner.probe.ProbeEndpoints;
import org.eacplanner.probe.ProbeInputs;
import org.eacplanner.probe.ProxySettings;
import org.eacplanner.probe.Secret;

/**
 * What the admin types for a run of live checks: the addresses to check, the probes ticked, and the secrets for this
 * run only (taken out of their fields when it starts, never stored).
 */
public final class LiveCheckInputs {

    private final Messages messages;
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty tenant = new SimpleStringProperty("");
    private final StringProperty ewsUrl = new SimpleStringProperty("");
    private final StringProperty myDomain = new SimpleStringProperty("");
    private final StringProperty serviceAccount = new SimpleStringProperty("");
    private final StringProperty targetMailbox = new SimpleStringProperty("");
    private final StringProperty autodiscoverUrl = new SimpleStringProperty("");
    private final StringProperty authority = new SimpleStringProperty("");
    private final StringProperty dnsServer = new SimpleStringProperty("");
    private final StringProperty salesforceUrl = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty token = new SimpleStringProperty("");
    private final StringProperty proxyPassword = new SimpleStringProperty("");
    private final Map<ProbeId, BooleanProperty> selected = new EnumMap<>(ProbeId.class);

    LiveCheckInputs(Messages messages) {
        this.messages = messages;
        for (ProbeId id : ProbeId.values()) {
            selected.put(id, new SimpleBooleanProperty(true));
        }
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty tenantProperty() {
        return tenant;
    }

    public StringProperty ewsUrlProperty() {
        return ewsUrl;
    }

    public StringProperty myDomainProperty() {
        return myDomain;
    }

    public StringProperty serviceAccountProperty() {
        return serviceAccount;
    }

    public StringProperty targetMailboxProperty() {
        return targetMailbox;
    }

    public StringProperty autodiscoverUrlProperty() {
        return autodiscoverUrl;
    }

    public StringProperty authorityProperty() {
        return authority;
    }

    public StringProperty dnsServerProperty() {
        return dnsServer;
    }

    public StringProperty salesforceUrlProperty() {
        return salesforceUrl;
    }

    /** The service account's password for this run only: emptied when the run starts. */
    public StringProperty passwordProperty() {
        return password;
    }

    /** The Salesforce access token for this run only: emptied when the run starts. */
    public StringProperty tokenProperty() {
        return token;
    }

    /** The manual proxy's password for this run only: never saved, emptied when the run starts. */
    public StringProperty proxyPasswordProperty() {
        return proxyPassword;
    }

    public BooleanProperty selectedProperty(ProbeId id) {
        return selected.get(id);
    }

    /** Ticks or clears every probe. */
    public void selectAll(boolean on) {
        selected.values().forEach(b -> b.set(on));
    }

    /** The ticked probes' properties and the e-mail, for a binding of "can run". */
    List<Observable> observables() {
        List<Observable> deps = new ArrayList<>(selected.values());
        deps.add(email);
        return deps;
    }

    /** An e-mail address that passes its check, and at least one probe ticked. */
    boolean complete() {
        return email.get() != null && InputRules.email(email.get().trim()) == null
                && selected.values().stream().anyMatch(BooleanProperty::get);
    }

    EnumSet<ProbeId> chosen() {
        EnumSet<ProbeId> chosen = EnumSet.noneOf(ProbeId.class);
        selected.forEach((id, on) -> {
            if (on.get()) {
                chosen.add(id);
            }
        });
        return chosen;
    }

    /** Another assessment was opened: its answers prefill the inputs; the secrets are emptied. */
    void prefill(Assessment a) {
        email.set(orEmpty(a.lightningSync().serviceAccountEmail()));
        serviceAccount.set("");
        targetMailbox.set("");
        tenant.set(orEmpty(a.exchange().tenantDomain()));
        ewsUrl.set(orEmpty(a.exchange().ewsUrl()));
        myDomain.set(orEmpty(a.org().myDomain()));
        clearSecrets();
    }

    /** The inputs of a probe run; throws {@link IllegalArgumentException} with the bundle's words when invalid. */
    ProbeInputs probeInputs(Assessment a) {
        return new ProbeInputs(email.get(), tenant.get(), myDomain.get(), serviceAccount.get(), targetMailbox.get(),
                a.exchange().deployment(), a.approvedRoots());
    }

    /** Where the probes go; throws {@link IllegalArgumentException} with the bundle's words when invalid. */
    ProbeEndpoints endpoints() {
        return new ProbeEndpoints(blank(autodiscoverUrl.get()) ? null : List.of(autodiscoverUrl.get().trim()),
                trimmed(ewsUrl.get()), trimmed(authority.get()),
                blank(dnsServer.get()) ? null : HostPort.parse(dnsServer.get(), messages.get("live.dnsServer")),
                trimmed(salesforceUrl.get()), Map.of());
    }

    /** Takes the secrets out of their fields for one run (the proxy password only for a manual proxy). */
    ProbeCredentials takeCredentials(ProxySettings.Mode proxyMode) {
        ProbeCredentials creds = new ProbeCredentials(secret(password.get()), secret(token.get()),
                proxyMode == ProxySettings.Mode.MANUAL ? secret(proxyPassword.get()) : null);
        clearSecrets();
        return creds;
    }

    void clearSecrets() {
        password.set("");
        token.set("");
        proxyPassword.set("");
    }

    private static Secret secret(String s) {
        return s == null || s.isEmpty() ? null : Secret.of(s.toCharArray());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimmed(String s) {
        return blank(s) ? null : s.trim();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
