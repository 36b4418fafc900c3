package org.eacplanner.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.eacplanner.common.Messages;
import org.eacplanner.exchange.ExchangeAnswers.Evidence;
import org.eacplanner.exchange.ExchangeAnswers.Found;
import org.eacplanner.exchange.ExchangeAnswers.Proposal;
import org.eacplanner.exchange.ExportFile.Side;

/**
 * The organisation and account answers: EWS switched off organisation-wide ({@code Get-OrganizationConfig}, on either
 * side), the mailbox counts ({@code Measure-Object} of the collector), the service account's mailbox, its EWS access
 * and its impersonation right ({@code Get-CASMailbox}, {@code Get-ManagementRoleAssignment}) and the dedicated hybrid
 * application ({@code Get-AuthServer}).
 */
final class AccountAnswers {

    /** The collector's count files, by side. */
    static final String COUNT_ON_PREMISES = "Get-Mailbox-Count";
    static final String COUNT_ONLINE = "Get-EXOMailbox-Count";
    private static final String ASSIGNMENTS = "Get-ManagementRoleAssignment";

    private AccountAnswers() {
    }

    /** The side of an organisation's configuration: the file's, else Exchange Online for a tenant's name. */
    static Side side(Found f) {
        if (f.file().side() != null) {
            return f.file().side();
        }
        String name = ExchangeAnswers.name(f.object());
        return name != null && name.toLowerCase(Locale.ROOT).endsWith(".onmicrosoft.com") ? Side.EXCHANGE_ONLINE
                : Side.ON_PREMISES;
    }

    static List<Proposal> organization(List<Found> configs, Messages texts) {
        List<Proposal> out = new ArrayList<>();
        for (Found f : configs) {
            PsObject o = f.object();
            if (!o.has("EwsEnabled")) {
                continue;
            }
            Boolean on = o.flag("EwsEnabled");
            Evidence e = f.evidence("EwsEnabled");
            if (side(f) == Side.EXCHANGE_ONLINE) {
                String value = on == null ? "NOT_SET" : on ? "TRUE" : "FALSE";
                String policy = o.text("EwsApplicationAccessPolicy");
                String basis = texts.get("exchange.basis.exoEws." + value)
                        + (policy == null ? "" : texts.get("exchange.basis.exoEws.policy", policy,
                                String.valueOf(o.texts("EwsAllowList").size())));
                out.add(new Proposal("$.exchange.exoEwsEnabled", value, basis, List.of(e)));
            } else if (Boolean.FALSE.equals(on)) {
                out.add(new Proposal("$.exchange.ewsEnabled", false, texts.get("exchange.basis.orgEws.off"),
                        List.of(e)));
            }
        }
        return out;
    }

    static List<Proposal> accounts(List<Found> all, List<ExportFile> files, Messages texts) {
        List<Proposal> out = new ArrayList<>();
        counts(all, texts, out);
        List<Found> mailboxes = all.stream().filter(f -> f.object().is("CASMailbox")).toList();
        Found account = mailboxes.isEmpty() ? null : mailboxes.get(0);
        if (account != null) {
            PsObject m = account.object();
            String smtp = m.text("PrimarySmtpAddress");
            if (smtp != null && smtp.contains("@")) {
                out.add(new Proposal("$.lightningSync.serviceAccountEmail", smtp,
                        texts.get("exchange.basis.account.email"), List.of(account.evidence("PrimarySmtpAddress"))));
            }
            Found off = mailboxes.stream().filter(f -> Boolean.FALSE.equals(f.object().flag("EwsEnabled")))
                    .findFirst().orElse(null);
            Found shown = off != null ? off : mailboxes.stream().filter(f -> f.object().has("EwsEnabled"))
                    .findFirst().orElse(null);
            if (shown != null) {
                String label = ExchangeAnswers.name(shown.object());
                out.add(new Proposal("$.lightningSync.serviceAccountEwsEnabled", off == null,
                        off != null ? texts.get("exchange.basis.account.ews.off", label)
                                : texts.get("exchange.basis.account.ews.on",
                                        shown.object().flag("EwsEnabled") == null ? "(empty)" : "True", label),
                        List.of(shown.evidence("EwsEnabled"))));
            }
        }
        impersonation(all, files, account, texts, out);
        dedicatedApp(all, texts, out);
        return out;
    }

    private static void counts(List<Found> all, Messages texts, List<Proposal> out) {
        for (String cmdlet : List.of(COUNT_ON_PREMISES, COUNT_ONLINE)) {
            all.stream().filter(f -> cmdlet.equals(f.file().cmdlet()) && f.object().get("Count") instanceof Long)
                    .findFirst().ifPresent(f -> {
                        long n = (Long) f.object().get("Count");
                        boolean online = cmdlet.equals(COUNT_ONLINE);
                        out.add(new Proposal(online ? "$.exchange.mailboxesOnline" : "$.exchange.mailboxesOnPremises",
                                n, texts.get(online ? "exchange.basis.count.online" : "exchange.basis.count.onPremises",
                                        String.valueOf(n)),
                                List.of(new Evidence(f.file().file(), cmdlet, "Count", f.file().exportedAt()))));
                    });
        }
    }

    /**
     * Whether the service account holds ApplicationImpersonation: an assignment (effective, through a group too)
     * names its mailbox; no assignment at all, when the collector's export of them is empty, means no.
     */
    private static void impersonation(List<Found> all, List<ExportFile> files, Found account, Messages texts,
            List<Proposal> out) {
        List<Found> assignments = all.stream().filter(f -> f.object().is("ExchangeRoleAssignmentPresentation"))
                .filter(f -> "ApplicationImpersonation".equalsIgnoreCase(f.object().text("Role"))).toList();
        if (assignments.isEmpty()) {
            files.stream().filter(f -> f.objects().isEmpty() && ASSIGNMENTS.equals(f.cmdlet())).findFirst()
                    .ifPresent(f -> out.add(new Proposal("$.lightningSync.impersonationGranted", false,
                            texts.get("exchange.basis.impersonation.none"),
                            List.of(new Evidence(f.file(), "(none)", "(object)", f.exportedAt())))));
            return;
        }
        if (account == null) {
            return; // whose right it is cannot be told without the account's mailbox
        }
        PsObject m = account.object();
        List<String> names = Stream.of("Name", "SamAccountName", "DisplayName", "Alias", "PrimarySmtpAddress")
                .map(m::text).filter(Objects::nonNull).map(n -> n.toLowerCase(Locale.ROOT)).toList();
        String label = ExchangeAnswers.name(m);
        for (Found a : assignments) {
            for (String property : List.of("EffectiveUserName", "RoleAssigneeName", "User")) {
                String v = a.object().text(property);
                if (v != null && names.contains(v.toLowerCase(Locale.ROOT))) {
                    out.add(new Proposal("$.lightningSync.impersonationGranted", true,
                            texts.get("exchange.basis.impersonation.granted", label, ExchangeAnswers.name(a.object())),
                            List.of(a.evidence(property), account.evidence("Name"))));
                    return;
                }
            }
        }
        out.add(new Proposal("$.lightningSync.impersonationGranted", false,
                texts.get("exchange.basis.impersonation.notGranted", String.valueOf(assignments.size()), label),
                List.of(assignments.get(0).evidence("EffectiveUserName"), account.evidence("Name"))));
    }

    /** The Entra ID auth server ({@code EvoSts}) names the dedicated hybrid application, or none does. */
    private static void dedicatedApp(List<Found> all, Messages texts, List<Proposal> out) {
        List<Found> evoSts = all.stream().filter(f -> f.object().is("AuthServer"))
                .filter(f -> {
                    String n = f.object().text("Name");
                    return n != null && n.toLowerCase(Locale.ROOT).startsWith("evosts");
                }).toList();
        if (evoSts.isEmpty()) {
            return;
        }
        Found app = evoSts.stream().filter(f -> f.object().text("ApplicationIdentifier") != null
                && !f.object().text("ApplicationIdentifier").isBlank()).findFirst().orElse(null);
        if (app != null) {
            out.add(new Proposal("$.exchange.hybridDedicatedApp", true, texts.get("exchange.basis.dedicatedApp.yes",
                    app.object().text("Name"), app.object().text("ApplicationIdentifier")),
                    List.of(app.evidence("ApplicationIdentifier"))));
        } else {
            out.add(new Proposal("$.exchange.hybridDedicatedApp", false, texts.get("exchange.basis.dedicatedApp.no"),
                    evoSts.stream().map(f -> f.evidence("ApplicationIdentifier")).toList()));
        }
    }
}
