package org.eacplanner.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eacplanner.common.Messages;
import org.eacplanner.exchange.ExportFile.Side;
import org.eacplanner.model.ApprovedRoots;
import org.eacplanner.model.AuthMethod;
import org.eacplanner.probe.HostnameMatch;

/**
 * The inventory answers an Exchange export shows, each with where it came from (file, object, property, export
 * time). Only what the objects hold is proposed: an object the export lacks proposes nothing, and nothing is
 * guessed. Objects are recognised by their type names, so a hand-made or another tool's export reads as well as the
 * collector's. The server, virtual directory and hybrid answers are read here; the certificate ones in
 * {@link CertificateAnswers}, the organisation and account ones in {@link AccountAnswers}.
 */
public final class ExchangeAnswers {

    /** The bundle of the basis texts. */
    static final String BUNDLE = "org.eacplanner.i18n.exchange";

    /** Where an answer was read: the file, the object ({@code EX19-A\EWS (Default Web Site)}), its property, when. */
    public record Evidence(String file, String object, String property, Instant exportedAt) {
    }

    /** An answer for the field at {@code path} (as saved: enumerations by name), why, and where it was read. */
    public record Proposal(String path, Object value, String basis, List<Evidence> evidence) {
        public Proposal {
            evidence = List.copyOf(evidence);
        }
    }

    /** An object of one file. */
    record Found(ExportFile file, PsObject object) {
        Evidence evidence(String property) {
            return new Evidence(file.file(), name(object), property, file.exportedAt());
        }
    }

    private final List<Found> all = new ArrayList<>();
    private final List<ExportFile> files;
    private final Messages texts;
    private final List<Proposal> out = new ArrayList<>();

    private ExchangeAnswers(List<ExportFile> files, Messages texts) {
        this.files = files;
        this.texts = texts;
        files.forEach(f -> f.objects().forEach(o -> all.add(new Found(f, o))));
    }

    /**
     * The proposals of {@code files}, worded in {@code locale}; a certificate's root is judged with {@code roots}
     * (the org's list) or, when null, the app's snapshot.
     */
    public static List<Proposal> from(List<ExportFile> files, ApprovedRoots roots, Locale locale) {
        ExchangeAnswers a = new ExchangeAnswers(files, Messages.of(BUNDLE, locale));
        a.serverBuild();
        String ewsHost = a.webServices();
        a.out.addAll(CertificateAnswers.from(a.of("ExchangeCertificate"), ewsHost, roots, a.texts));
        a.out.addAll(AccountAnswers.organization(a.of("OrganizationConfig"), a.texts));
        a.hybrid();
        a.out.addAll(AccountAnswers.accounts(a.all, a.files, a.texts));
        return List.copyOf(a.out);
    }

    List<Found> of(String type) {
        return all.stream().filter(f -> f.object().is(type)).toList();
    }

    static String name(PsObject o) {
        return o.text() != null ? o.text() : o.text("Name");
    }

    private void add(String path, Object value, String basis, List<Evidence> evidence) {
        out.add(new Proposal(path, value, basis, evidence));
    }

    /** The lowest build of the servers' {@code AdminDisplayVersion} (the one that decides support), naming each. */
    private void serverBuild() {
        record Build(Found server, int[] parts) {
            String text() {
                return parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[3];
            }
        }
        List<Build> builds = new ArrayList<>();
        for (Found s : of("ExchangeServer")) {
            if (s.object().get("AdminDisplayVersion") instanceof PsObject v) {
                Long[] p = {number(v, "Major"), number(v, "Minor"), number(v, "Build"), number(v, "Revision")};
                if (p[0] != null && p[1] != null && p[2] != null && p[3] != null) {
                    builds.add(new Build(s, new int[] {p[0].intValue(), p[1].intValue(), p[2].intValue(),
                        p[3].intValue()}));
                }
            }
        }
        if (builds.isEmpty()) {
            return;
        }
        Comparator<Build> byBuild = Comparator.comparingInt((Build b) -> b.parts()[0]).thenComparingInt(b -> b.parts()[1])
                .thenComparingInt(b -> b.parts()[2]).thenComparingInt(b -> b.parts()[3]);
        Build lowest = builds.stream().min(byBuild).orElseThrow();
        String each = String.join(", ", builds.stream().map(b -> name(b.server().object()) + " " + b.text()).toList());
        boolean same = builds.stream().allMatch(b -> byBuild.compare(b, lowest) == 0);
        String basis = builds.size() == 1 ? texts.get("exchange.basis.build.one", each)
                : texts.get(same ? "exchange.basis.build.same" : "exchange.basis.build.lowest",
                        String.valueOf(builds.size()), each);
        add("$.exchange.serverBuild", lowest.text(), basis,
                builds.stream().map(b -> b.server().evidence("AdminDisplayVersion")).toList());
    }

    private static Long number(PsObject o, String property) {
        return o.get(property) instanceof Long l ? l : null;
    }

    /**
     * The EWS URL (the external one where a server has it, else an internal one, with a note: Salesforce connects
     * from the internet), whether it is https, and the methods the virtual directories accept (on any server).
     * Returns the host of the URL proposed, null when none is.
     */
    private String webServices() {
        List<Found> dirs = of("ADWebServicesVirtualDirectory");
        Found external = dirs.stream().filter(d -> d.object().text("ExternalUrl") != null).findFirst().orElse(null);
        Found chosen = external != null ? external
                : dirs.stream().filter(d -> d.object().text("InternalUrl") != null).findFirst().orElse(null);
        String host = null;
        if (chosen != null) {
            String property = external != null ? "ExternalUrl" : "InternalUrl";
            String url = chosen.object().text(property);
            Evidence e = chosen.evidence(property);
            add("$.exchange.ewsUrl", url, texts.get(external != null ? "exchange.basis.ewsUrl.external"
                    : "exchange.basis.ewsUrl.internal"), List.of(e));
            add("$.exchange.ewsOverSsl", url.toLowerCase(Locale.ROOT).startsWith("https://"),
                    texts.get("exchange.basis.ewsOverSsl"), List.of(e));
            host = HostnameMatch.hostOf(url);
        }
        authMethods(dirs);
        return host;
    }

    private void authMethods(List<Found> dirs) {
        Set<AuthMethod> methods = new LinkedHashSet<>();
        List<Evidence> evidence = new ArrayList<>();
        List<String> each = new ArrayList<>();
        for (Found d : dirs) {
            List<String> on = new ArrayList<>();
            if (Boolean.TRUE.equals(d.object().flag("BasicAuthentication"))) {
                methods.add(AuthMethod.BASIC);
                on.add("Basic");
            }
            if (Boolean.TRUE.equals(d.object().flag("WindowsAuthentication"))) {
                methods.add(AuthMethod.NTLM);
                methods.add(AuthMethod.NEGOTIATE);
                on.add("Windows");
            }
            if (Boolean.TRUE.equals(d.object().flag("OAuthAuthentication"))) {
                methods.add(AuthMethod.OAUTH);
                on.add("OAuth");
            }
            if (d.object().flag("BasicAuthentication") != null || d.object().flag("WindowsAuthentication") != null
                    || d.object().flag("OAuthAuthentication") != null) {
                evidence.add(d.evidence("BasicAuthentication, WindowsAuthentication, OAuthAuthentication"));
                each.add(name(d.object()) + ": " + (on.isEmpty() ? texts.get("exchange.auth.none")
                        : String.join(", ", on)));
            }
        }
        if (!evidence.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (AuthMethod m : AuthMethod.values()) {
                if (methods.contains(m)) {
                    names.add(m.name());
                }
            }
            add("$.exchange.authMethods", List.copyOf(names),
                    texts.get("exchange.basis.authMethods", String.join("; ", each)), evidence);
        }
    }

    /**
     * Whether a hybrid configuration exists (an empty export of the collector's {@code Get-HybridConfiguration}
     * says no), and the deployment: hybrid with a hybrid configuration, or when both sides were exported.
     */
    private void hybrid() {
        List<Found> hybrid = of("HybridConfiguration");
        List<Evidence> deployment = new ArrayList<>();
        String deploymentBasis = null;
        if (!hybrid.isEmpty()) {
            Evidence e = hybrid.get(0).evidence("(object)");
            add("$.exchange.hybridConfigurationPresent", true, texts.get("exchange.basis.hybrid.present"), List.of(e));
            deployment.add(e);
            deploymentBasis = texts.get("exchange.basis.deployment.hybridConfig");
        } else {
            files.stream().filter(f -> f.objects().isEmpty() && "Get-HybridConfiguration".equals(f.cmdlet()))
                    .findFirst().ifPresent(f -> add("$.exchange.hybridConfigurationPresent", false,
                            texts.get("exchange.basis.hybrid.absent"),
                            List.of(new Evidence(f.file(), "(none)", "(object)", f.exportedAt()))));
        }
        ExportFile onPremises = files.stream().filter(f -> f.side() == Side.ON_PREMISES && !f.objects().isEmpty())
                .findFirst().orElse(null);
        ExportFile online = files.stream().filter(f -> f.side() == Side.EXCHANGE_ONLINE && !f.objects().isEmpty())
                .findFirst().orElse(null);
        if (onPremises != null && online != null) {
            for (ExportFile f : List.of(onPremises, online)) {
                deployment.add(new Evidence(f.file(), name(f.objects().get(0)), "(side: " + f.side() + ")",
                        f.exportedAt()));
            }
            deploymentBasis = deploymentBasis == null ? texts.get("exchange.basis.deployment.bothSides")
                    : deploymentBasis;
        }
        if (deploymentBasis != null) {
            add("$.exchange.deployment", "HYBRID", deploymentBasis, deployment);
        }
    }
}
