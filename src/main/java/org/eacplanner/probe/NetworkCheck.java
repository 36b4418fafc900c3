package org.eacplanner.probe;

import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.naming.NameNotFoundException;
import javax.naming.NamingException;

/**
 * Before the probes: can this computer resolve a name at all? When not one of the names the probes need (and two of
 * Salesforce's and Microsoft's) resolves, or the DNS server set for the checks does not answer, the network is the
 * problem, not the admin's servers: the probes are then reported as not run. A name the checks are pointed at
 * directly (an IP address, {@code localhost}, a {@code --resolve} entry) or a proxy (set by hand or the system's,
 * which resolves for us) needs no check.
 */
public final class NetworkCheck {

    static final String SYSTEM = "system resolver";

    /** Names every connected computer resolves. */
    static final List<String> REFERENCE_HOSTS = List.of("login.salesforce.com", "login.microsoftonline.com");

    /**
     * What the check found: offline or not, the resolver asked ({@code system resolver} or the DNS server), and the
     * names tried.
     */
    public record Verdict(boolean offline, String resolver, List<String> tried) {
        public Verdict {
            tried = List.copyOf(tried);
        }

        /** Whether the names were asked of this computer's own resolver (no DNS server set for the checks). */
        public boolean viaSystemResolver() {
            return SYSTEM.equals(resolver);
        }

        static Verdict online(String resolver, List<String> tried) {
            return new Verdict(false, resolver, tried);
        }
    }

    private NetworkCheck() {
    }

    /**
     * Checks on {@code pool}'s threads, each lookup bounded; returns within the connect timeout (the read timeout's
     * lookup limit with a DNS server) and within a third of the whole-probe limit, which it is part of. A lookup that fails for another reason than the name (a missing
     * JDK module, a security manager) leaves the verdict "online": the probes then say what is wrong themselves.
     */
    public static Verdict check(ProbeSettings settings, ProbeInputs inputs, Executor pool) throws InterruptedException {
        ProbeEndpoints e = settings.endpoints();
        HostPort server = e.dnsServer();
        String resolver = server == null ? SYSTEM : server.toString();
        List<String> names = names(inputs, e);
        if (viaProxy(settings.proxy()) || names.stream().anyMatch(n -> HostLookup.direct(n, e))) {
            return Verdict.online(resolver, List.of());
        }
        // part of each probe's time limit: at most a third of it
        long waitMillis = Math.min(settings.probeTimeout().toMillis() / 3, server == null
                ? settings.connectTimeout().toMillis()
                : AutodiscoverSrvProbe.lookupMillis(settings.readTimeout().toMillis()) + 500);
        List<CompletableFuture<Boolean>> answers = new ArrayList<>();
        for (String name : names) {
            CompletableFuture<Boolean> answer = new CompletableFuture<>();
            pool.execute(() -> {
                try {
                    answer.complete(answers(name, server, settings));
                } catch (Throwable t) {
                    answer.complete(null); // not a verdict on the network
                }
            });
            answers.add(answer);
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
        for (CompletableFuture<Boolean> a : answers) {
            try {
                long left = Math.max(1, deadline - System.nanoTime());
                Boolean answered = a.get(left, TimeUnit.NANOSECONDS);
                if (answered == null || answered) {
                    answers.forEach(f -> f.cancel(false));
                    return Verdict.online(resolver, names);
                }
            } catch (TimeoutException | ExecutionException ex) {
                // no answer for this name in time
            }
        }
        return new Verdict(true, resolver, names);
    }

    /** Whether the checks go through an HTTP proxy (set by hand, or the system's for Salesforce's sign-in host). */
    static boolean viaProxy(ProxySettings p) {
        if (p.mode() == ProxySettings.Mode.MANUAL) {
            return true;
        }
        return p.mode() == ProxySettings.Mode.SYSTEM
                && TlsHandshake.proxyFor(p, REFERENCE_HOSTS.get(0), 443) != null;
    }

    /** The names the probes would look up, and the reference names, in that order, without repeats. */
    static List<String> names(ProbeInputs inputs, ProbeEndpoints e) {
        Set<String> out = new LinkedHashSet<>();
        String domain = inputs.domain();
        out.add(domain);
        out.add("autodiscover." + domain);
        if (inputs.myDomain() != null) {
            out.add(inputs.myDomain());
        }
        List<String> urls = new ArrayList<>();
        if (e.autodiscoverBases() != null) {
            urls.addAll(e.autodiscoverBases());
        }
        urls.add(e.ewsUrl());
        urls.add(e.authority());
        urls.add(e.salesforceUrl());
        for (String url : urls) {
            String host = HostnameMatch.hostOf(url);
            if (host != null) {
                out.add(host);
            }
        }
        out.addAll(REFERENCE_HOSTS);
        return List.copyOf(out);
    }

    /**
     * Whether the resolver answered for {@code name}: the system resolver by giving an address; a DNS server set for
     * the checks by any answer, "no such name" included (it is reachable, which is what this check is about).
     */
    private static boolean answers(String name, HostPort server, ProbeSettings settings) {
        if (server == null) {
            try {
                return !HostLookup.lookup(name, settings).isEmpty();
            } catch (UnknownHostException ex) {
                return false;
            }
        }
        try {
            HostLookup.query(name, server, settings.readTimeout().toMillis(), "A");
            return true;
        } catch (NameNotFoundException ex) {
            return true;
        } catch (NamingException ex) {
            return false; // no answer in time, or a failure the server reported (its own upstream unreachable)
        }
    }
}
