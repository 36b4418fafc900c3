package org.eacplanner.export;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.eacplanner.export.ReportModel.ConfigurationRow;
import org.eacplanner.export.ReportModel.Fact;
import org.eacplanner.export.ReportModel.FactGroup;
import org.eacplanner.export.ReportModel.InventorySection;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.Eac;
import org.eacplanner.model.Exchange;
import org.eacplanner.model.ExchangeBuild;
import org.eacplanner.model.LightningSync;
import org.eacplanner.model.Org;
import org.eacplanner.model.SyncConfiguration;
import org.eacplanner.rules.Catalog;
import org.eacplanner.rules.QuestionScope;

/** The inventory appendix: every answer of the file, unknown answers shown as unknown. */
final class InventoryViews {

    private final ReportText t;
    private final Catalog catalog;
    private List<Fact> facts;
    /** The assessment whose deployment decides which of the facts being added apply; null: all do. */
    private Assessment scope;

    private InventoryViews(ReportText t, Catalog catalog) {
        this.t = t;
        this.catalog = catalog;
    }

    static InventorySection build(Assessment a, String client, Catalog catalog, ReportText t,
            String heading) {
        return new InventoryViews(t, catalog).section(a, client, heading);
    }

    private InventorySection section(Assessment a, String client, String heading) {
        List<FactGroup> groups = new ArrayList<>();
        start();
        add("field.title", a.title());
        add("field.client", client);
        add("field.preparedBy", joined(a.preparedBy().name(), a.preparedBy().company(), a.preparedBy().email()));
        groups.add(new FactGroup("inv-assessment", t.get("inventory.assessment"), facts));
        groups.add(org(a.org()));
        groups.add(exchange(a));
        groups.add(sync(a.lightningSync()));
        groups.add(eac(a.eac()));
        if (a.approvedRoots() != null) {
            start();
            add("field.roots.source", a.approvedRoots().source());
            add("field.roots.capturedOn", a.approvedRoots().capturedOn());
            add("field.roots.count", a.approvedRoots().roots().size());
            groups.add(new FactGroup("inv-roots", t.get("inventory.approvedRoots"), facts));
        }
        if (!a.drafts().isEmpty()) {
            start();
            a.drafts().forEach((path, text) -> facts.add(new Fact(draftLabel(path), text, false)));
            groups.add(new FactGroup("inv-drafts", t.get("inventory.drafts"), facts));
        }
        List<SyncConfiguration> configs = a.lightningSync().configurations();
        return new InventorySection("inventory", heading, groups,
                configs == null ? List.of() : configs.stream().map(this::configuration).toList(),
                a.notes() == null || a.notes().isBlank() ? null : a.notes());
    }

    /** A draft's question in words ({@code $.org.orgId} → "Org ID"); its path when it names no question. */
    private String draftLabel(String jsonPath) {
        String key = "field." + (jsonPath.startsWith("$.") ? jsonPath.substring(2) : jsonPath);
        return t.has(key) ? t.get(key) : jsonPath;
    }

    private FactGroup org(Org o) {
        start();
        add("field.org.name", o.name());
        add("field.org.orgId", o.orgId());
        add("field.org.edition", o.edition());
        add("field.org.cloud", o.cloud());
        add("field.org.instance", o.instance());
        add("field.org.myDomain", o.myDomain());
        add("field.org.products", o.products());
        add("field.org.userInterfaces", o.userInterfaces());
        add("field.org.userCount", o.userCount());
        return new FactGroup("inv-org", t.get("inventory.org"), facts);
    }

    private FactGroup exchange(Assessment a) {
        Exchange e = a.exchange();
        start();
        scope = a;
        add("field.exchange.deployment", e.deployment());
        add("field.exchange.serverVersion", e.serverVersion());
        add("field.exchange.serverBuild", e.serverBuild() == null ? null : ExchangeBuild
                .parse(e.serverBuild()).map(b -> t.catalog().buildDisplay(b, catalog)).orElse(e.serverBuild()));
        add("field.exchange.microsoftCloud", e.microsoftCloud());
        add("field.exchange.exoEwsEnabled", e.exoEwsEnabled());
        add("field.exchange.tenantDomain", e.tenantDomain());
        add("field.exchange.ewsUrl", e.ewsUrl());
        add("field.exchange.ewsEnabled", e.ewsEnabled());
        add("field.exchange.ewsOverSsl", e.ewsOverSsl());
        add("field.exchange.autodiscoverEnabled", e.autodiscoverEnabled());
        add("field.exchange.tlsVersion", e.tlsVersion());
        add("field.exchange.authMethods", e.authMethods());
        add("field.exchange.certificateAuthority", e.certificateAuthority());
        add("field.exchange.certificateRoot", e.certificateRoot());
        add("field.exchange.certificateChainComplete", e.certificateChainComplete());
        add("field.exchange.certificateApproved", e.certificateApproved());
        add("field.exchange.certificateExpiresOn", e.certificateExpiresOn());
        add("field.exchange.inbound443Open", e.inbound443Open());
        add("field.exchange.mailboxesOnline", e.mailboxesOnline());
        add("field.exchange.mailboxesOnPremises", e.mailboxesOnPremises());
        add("field.exchange.hybridConfigurationPresent", e.hybridConfigurationPresent());
        add("field.exchange.hybridDedicatedApp", e.hybridDedicatedApp());
        add("field.exchange.hybridGraphPermissions", e.hybridGraphPermissions());
        scope = null;
        return new FactGroup("inv-exchange", t.get("inventory.exchange"), facts);
    }

    private FactGroup sync(LightningSync l) {
        start();
        add("field.lightningSync.inUse", l.inUse());
        add("field.lightningSync.connectionMethod", l.connectionMethod());
        add("field.lightningSync.serviceAccountEmail", l.serviceAccountEmail());
        add("field.lightningSync.impersonationGranted", l.impersonationGranted());
        add("field.lightningSync.serviceAccountAuth", l.serviceAccountAuth());
        add("field.lightningSync.serviceAccountEwsEnabled", l.serviceAccountEwsEnabled());
        add("field.lightningSync.classicRecurringEventsInUse", l.classicRecurringEventsInUse());
        add("field.lightningSync.usersSyncing", l.usersSyncing());
        add("field.lightningSync.usersWithErrors", l.usersWithErrors());
        return new FactGroup("inv-lightning-sync", t.get("inventory.lightningSync"), facts);
    }

    private FactGroup eac(Eac e) {
        start();
        add("field.eac.enabled", e.enabled());
        add("field.eac.licenses", e.licenses());
        add("field.eac.configurations", e.configurations());
        add("field.eac.microsoftAuthMethod", e.microsoftAuthMethod());
        add("field.eac.connectionMethod", e.connectionMethod());
        add("field.eac.inboxMicrosoftAuthMethod", e.inboxMicrosoftAuthMethod());
        add("field.eac.emailCaptureWanted", e.emailCaptureWanted());
        add("field.eac.syncEmailAsActivity", e.syncEmailAsActivity());
        add("field.eac.reportsDependOnActivityRecords", e.reportsDependOnActivityRecords());
        add("field.eac.usersWithoutConfiguration", e.usersWithoutConfiguration());
        add("field.eac.userEmailsArePrimaryUpn", e.userEmailsArePrimaryUpn());
        return new FactGroup("inv-eac", t.get("inventory.eac"), facts);
    }

    /** A configuration in words; what it does not sync is "off", without the settings that then do not apply. */
    private ConfigurationRow configuration(SyncConfiguration c) {
        String contacts = c.syncContacts() == null ? t.get("value.unknown")
                : c.syncContacts() ? t.get("config.on", value(c.contactsDirection())) : t.get("config.off");
        String events = c.syncEvents() == null ? t.get("value.unknown")
                : c.syncEvents() ? t.get("config.on", value(c.eventsDirection())) : t.get("config.off");
        if (!Boolean.FALSE.equals(c.syncEvents())) {
            events = events + "; " + t.get("config.scope", value(c.eventsScope())) + "; "
                    + t.get("config.deleted", value(c.syncDeletedEvents())) + "; "
                    + t.get("config.private", value(c.syncPrivateEvents()));
        }
        String filter = Boolean.FALSE.equals(c.syncContacts()) ? t.get("value.notApplicable") : value(c.contactFilter());
        return new ConfigurationRow(c.name() == null ? t.get("value.unknown") : c.name(), value(c.assignedProfiles()),
                value(c.assignedUsers()), contacts, events, filter);
    }

    private void start() {
        facts = new ArrayList<>();
    }

    private void add(String key, Object value) {
        // an unanswered question that the deployment does not ask says so, not "unknown"
        if (value == null && scope != null && key.startsWith("field.")
                && !QuestionScope.applies(key.substring("field.".length()), scope)) {
            facts.add(new Fact(t.get(key), t.get("value.notApplicable"), false));
            return;
        }
        facts.add(new Fact(t.get(key), value(value), value == null));
    }

    /** A value in words: unknown, none (an empty list), a list joined, yes/no, or the catalog's display. */
    private String value(Object value) {
        if (value instanceof List<?> list) {
            return list.isEmpty() ? t.get("value.none")
                    : list.stream().map(v -> t.value(v)).collect(Collectors.joining(", "));
        }
        return value == null ? t.get("value.unknown") : t.value(value);
    }

    private static String joined(String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                present.add(p);
            }
        }
        return present.isEmpty() ? null : String.join(", ", present);
    }
}
