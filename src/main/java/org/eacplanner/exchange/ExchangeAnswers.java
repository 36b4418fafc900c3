package org.eacplanner.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eacplanner.model.AuthMethod;

/**
 * The inventory answers an Exchange export shows, each with where it came from (file, object, property). Only what
 * the objects hold is proposed: an object the export lacks proposes nothing, and nothing is guessed. Objects are
 * recognised by their type names, so a hand-made or another tool's export reads as well as the collector's.
 */
public final class ExchangeAnswers {

    /** Where an answer was read: the file, the object ({@code EX19-A\EWS (Default Web Site)}) and its property. */
    public record Evidence(String file, String object, String property) {
    }

    /** An answer for the field at {@code path} (as saved: enumerations by name), why, and where it was read. */
    public record Proposal(String path, Object value, String basis, List<Evidence> evidence) {
        public Proposal {
            evidence = List.copyOf(evidence);
        }
    }

    /** An object of one file. */
    private record Found(String file, PsObject object) {
    }

    private ExchangeAnswers() {
    }

    /** The proposals of the objects of each file (file name → its objects), in the order of the file format. */
    public static List<Proposal> from(Map<String, List<PsObject>> files) {
        List<Found> all = new ArrayList<>();
        files.forEach((file, objects) -> objects.forEach(o -> all.add(new Found(file, o))));
        List<Proposal> out = new ArrayList<>();
        serverBuild(of(all, "ExchangeServer"), out);
        webServices(of(all, "ADWebServicesVirtualDirectory"), out);
        List<Found> hybrid = of(all, "HybridConfiguration");
        if (!hybrid.isEmpty()) {
            Found h = hybrid.get(0);
            Evidence e = new Evidence(h.file(), name(h.object()), "(object)");
            out.add(new Proposal("$.exchange.hybridConfigurationPresent", true,
                    "Get-HybridConfiguration returned a hybrid configuration", List.of(e)));
            out.add(new Proposal("$.exchange.deployment", "HYBRID",
                    "a hybrid configuration: the mailboxes are on premises and in Exchange Online", List.of(e)));
        }
        return out;
    }

    private static List<Found> of(List<Found> all, String type) {
        return all.stream().filter(f -> f.object().is(type)).toList();
    }

    private static String name(PsObject o) {
        return o.text() != null ? o.text() : o.text("Name");
    }

    /** The lowest build of the servers' {@code AdminDisplayVersion} (the one that decides support), naming each. */
    private static void serverBuild(List<Found> servers, List<Proposal> out) {
        record Build(Found server, int[] parts) {
            String text() {
                return parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[3];
            }
        }
        List<Build> builds = new ArrayList<>();
        for (Found s : servers) {
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
        String basis = builds.size() == 1 ? "AdminDisplayVersion of " + each
                : "the lowest AdminDisplayVersion of " + builds.size() + " servers (" + each + ")";
        out.add(new Proposal("$.exchange.serverBuild", lowest.text(), basis, builds.stream()
                .map(b -> new Evidence(b.server().file(), name(b.server().object()), "AdminDisplayVersion")).toList()));
    }

    private static Long number(PsObject o, String property) {
        return o.get(property) instanceof Long l ? l : null;
    }

    /**
     * The EWS URL (the external one where a server has it, else an internal one, with a note: Salesforce connects
     * from the internet), whether it is https, and the methods the virtual directories accept (on any server).
     */
    private static void webServices(List<Found> dirs, List<Proposal> out) {
        if (dirs.isEmpty()) {
            return;
        }
        Found external = dirs.stream().filter(d -> d.object().text("ExternalUrl") != null).findFirst().orElse(null);
        Found chosen = external != null ? external
                : dirs.stream().filter(d -> d.object().text("InternalUrl") != null).findFirst().orElse(null);
        if (chosen != null) {
            String property = external != null ? "ExternalUrl" : "InternalUrl";
            String url = chosen.object().text(property);
            Evidence e = new Evidence(chosen.file(), name(chosen.object()), property);
            out.add(new Proposal("$.exchange.ewsUrl", url, external != null ? "the external URL of the EWS virtual "
                    + "directory" : "only an internal URL is set: Salesforce connects from the internet, so it needs "
                    + "the external name", List.of(e)));
            out.add(new Proposal("$.exchange.ewsOverSsl", url.toLowerCase(Locale.ROOT).startsWith("https://"),
                    "the scheme of the EWS URL", List.of(e)));
        }
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
                evidence.add(new Evidence(d.file(), name(d.object()), "BasicAuthentication, WindowsAuthentication, "
                        + "OAuthAuthentication"));
                each.add(name(d.object()) + ": " + (on.isEmpty() ? "none" : String.join(", ", on)));
            }
        }
        if (!evidence.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (AuthMethod m : AuthMethod.values()) {
                if (methods.contains(m)) {
                    names.add(m.name());
                }
            }
            out.add(new Proposal("$.exchange.authMethods", List.copyOf(names),
                    "what the EWS virtual directories accept, on any server (" + String.join("; ", each) + ")",
                    evidence));
        }
    }
}
