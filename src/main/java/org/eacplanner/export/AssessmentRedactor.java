package org.eacplanner.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eacplanner.model.AcceptedRisk;
import org.eacplanner.model.ApprovedRoots;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.Client;
import org.eacplanner.model.Exchange;
import org.eacplanner.model.ImportRecord;
import org.eacplanner.model.LightningSync;
import org.eacplanner.model.Org;
import org.eacplanner.model.ProbeResult;
import org.eacplanner.model.ProgressEntry;
import org.eacplanner.model.SyncConfiguration;

/**
 * Redacts a whole assessment for an export: collects who is who from the file and the export options, then
 * returns a copy in which every free-text and identifying answer went through one {@link Redactor}. The rules
 * decide on enumerations, booleans and numbers only, so the redacted copy evaluates to the same findings.
 * Bookkeeping that the report does not show and that could carry anything (unknown fields of a newer app,
 * the last evaluation) is dropped.
 */
final class AssessmentRedactor {

    private static final Pattern EMAIL_DOMAIN = Pattern.compile("@([A-Za-z0-9.-]+\\.[A-Za-z]{2,63})");

    private final Redactor redactor;

    private AssessmentRedactor(Redactor redactor) {
        this.redactor = redactor;
    }

    /** The redactor for one export of {@code a} with {@code options}. */
    static AssessmentRedactor of(Assessment a, ExportOptions options) {
        List<String> people = new ArrayList<>();
        a.checklist().forEach(p -> people.add(p.owner()));
        a.acceptedRisks().forEach(r -> people.add(r.acceptedBy()));
        String serviceAccount = a.lightningSync().serviceAccountEmail();
        if (serviceAccount != null && serviceAccount.contains("@")) {
            people.add(serviceAccount.substring(0, serviceAccount.indexOf('@')));
        }
        List<String> domains = new ArrayList<>();
        domains.add(a.exchange().tenantDomain());
        Matcher m = EMAIL_DOMAIN.matcher(String.join("\n", emails(a)));
        while (m.find()) {
            domains.add(m.group(1));
        }
        List<String> clients = new ArrayList<>();
        clients.add(a.client().name());
        clients.add(options.client());
        var known = new Redactor.KnownNames(clients, listOf(a.org().name()), listOf(a.org().orgId()),
                listOf(a.org().instance()), people, domains,
                listOf(a.preparedBy().name(), a.preparedBy().company(), a.preparedBy().email(),
                        options.consultant(), options.company()));
        return new AssessmentRedactor(new Redactor(known));
    }

    Redactor redactor() {
        return redactor;
    }

    Assessment redact(Assessment a) {
        Org o = a.org();
        Org org = new Org(text(o.name()), text(o.orgId()), o.edition(), o.cloud(), text(o.instance()), text(o.myDomain()),
                o.products(), o.userInterfaces(), o.userCount(), null);
        Exchange e = a.exchange();
        Exchange exchange = new Exchange(e.deployment(), e.serverVersion(), e.serverBuild(), e.microsoftCloud(),
                e.exoEwsEnabled(), text(e.tenantDomain()), text(e.ewsUrl()), e.ewsEnabled(), e.ewsOverSsl(),
                e.autodiscoverEnabled(), e.tlsVersion(), e.authMethods(), text(e.certificateAuthority()),
                text(e.certificateRoot()), e.certificateChainComplete(), e.certificateApproved(),
                e.certificateExpiresOn(), e.inbound443Open(), e.mailboxesOnline(), e.mailboxesOnPremises(),
                e.hybridConfigurationPresent(), e.hybridDedicatedApp(), e.hybridGraphPermissions(), null);
        LightningSync l = a.lightningSync();
        LightningSync sync = new LightningSync(l.inUse(), l.connectionMethod(), text(l.serviceAccountEmail()),
                l.impersonationGranted(), l.serviceAccountAuth(), l.serviceAccountEwsEnabled(),
                l.classicRecurringEventsInUse(), l.configurations() == null ? null : l.configurations().stream().map(this::configuration).toList(),
                l.usersSyncing(), l.usersWithErrors(), null);
        Map<String, String> drafts = new LinkedHashMap<>();
        a.drafts().forEach((path, value) -> drafts.put(path, text(value)));
        return a.withoutBookkeeping().withTitle(text(a.title())).withClient(new Client(text(a.client().name()), null))
                .withOrg(org).withExchange(exchange).withLightningSync(sync)
                .withProbes(a.probes().stream().map(this::probe).toList())
                .withImports(a.imports().stream().map(this::imported).toList())
                .withChecklist(a.checklist().stream().map(p -> new ProgressEntry(p.itemId(), p.status(), text(p.owner()),
                        p.dueDate(), text(p.notes()), null)).toList())
                .withAcceptedRisks(a.acceptedRisks().stream().map(r -> new AcceptedRisk(r.ruleId(), text(r.rationale()),
                        text(r.acceptedBy()), r.acceptedOn(), r.expires(), null)).toList())
                .withNotes(text(a.notes())).withDrafts(drafts).withApprovedRoots(roots(a.approvedRoots()));
    }

    private String text(String s) {
        return redactor.text(s);
    }

    private SyncConfiguration configuration(SyncConfiguration c) {
        return new SyncConfiguration(text(c.name()),
                c.assignedProfiles() == null ? null : c.assignedProfiles().stream().map(this::text).toList(),
                c.assignedUsers(), c.syncContacts(), c.contactsDirection(), c.syncEvents(), c.eventsDirection(),
                c.syncDeletedEvents(), c.syncPrivateEvents(), c.eventsScope(), text(c.contactFilter()), null);
    }

    private ProbeResult probe(ProbeResult p) {
        List<ProbeResult.Step> steps = p.steps().stream().map(s -> new ProbeResult.Step(text(s.name()), s.outcome(),
                s.elapsedMs(), map(s.evidence()), text(s.reason()), text(s.advice()), null)).toList();
        List<ProbeResult.Proposal> proposals = p.proposals().stream()
                .map(x -> new ProbeResult.Proposal(x.path(), value(x.value()), text(x.basis()), null)).toList();
        return new ProbeResult(p.probeId(), text(p.target()), p.startedAt(), p.finishedAt(), p.outcome(), text(p.reason()),
                p.credentialsUsed(), p.cancelled(), steps, proposals, null);
    }

    private ImportRecord imported(ImportRecord r) {
        return new ImportRecord(r.kind(), r.importedAt(),
                r.sources().stream().map(x -> new ImportRecord.Source(text(x.file()), x.kind(), x.objects(),
                        x.exportedAt(), null)).toList(),
                r.applied().stream().map(x -> new ImportRecord.Answer(x.path(), value(x.value()), text(x.basis()),
                        x.evidence().stream().map(e -> new ImportRecord.Evidence(text(e.file()), text(e.object()),
                                e.property(), e.exportedAt(), null)).toList(), null)).toList(),
                r.ignored().stream().map(x -> new ImportRecord.Ignored(text(x.file()), text(x.reason()), null)).toList(),
                null);
    }

    private ApprovedRoots roots(ApprovedRoots r) {
        if (r == null) {
            return null;
        }
        return new ApprovedRoots(text(r.source()), r.capturedOn(),
                r.roots().stream().map(x -> new ApprovedRoots.Root(text(x.subject()), x.sha256(), null)).toList(), null);
    }

    private Map<String, Object> map(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, value(v)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private Object value(Object v) {
        if (v instanceof String s) {
            return text(s);
        }
        if (v instanceof Map<?, ?> m) {
            return map((Map<String, Object>) m);
        }
        if (v instanceof List<?> list) {
            return list.stream().map(this::value).toList();
        }
        return v;
    }

    /** Every place of the file that may hold an e-mail address, to learn the client's domains from. */
    private static List<String> emails(Assessment a) {
        List<String> texts = new ArrayList<>();
        texts.add(a.lightningSync().serviceAccountEmail());
        texts.add(a.notes());
        a.checklist().forEach(p -> {
            texts.add(p.owner());
            texts.add(p.notes());
        });
        a.acceptedRisks().forEach(r -> texts.add(r.acceptedBy()));
        a.probes().forEach(p -> texts.add(p.target()));
        texts.removeIf(t -> t == null);
        texts.remove(a.preparedBy().email());
        return texts;
    }

    private static List<String> listOf(String... values) {
        List<String> list = new ArrayList<>();
        for (String v : values) {
            list.add(v);
        }
        return list;
    }
}
