package org.eacplanner.probe;

import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import javax.naming.CommunicationException;
import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import org.eacplanner.model.ProbeId;

/**
 * AUTODISCOVER_SRV: the {@code _autodiscover._tcp.{domain}} SRV record, through JNDI's DNS provider against
 * {@code --dns-server} (or the system's resolver). Informational. JNDI's own UDP timeouts bound the lookup
 * within the read timeout; a cancel reports at once and the lookup thread ends at its timeout.
 */
final class AutodiscoverSrvProbe implements Probe {

    @Override
    public ProbeId id() {
        return ProbeId.AUTODISCOVER_SRV;
    }

    @Override
    public String target(ProbeRun run) {
        return run.inputs().domain();
    }

    @Override
    public void run(ProbeRun run) throws NamingException {
        String name = "_autodiscover._tcp." + run.inputs().domain();
        HostPort server = run.settings().endpoints().dnsServer();
        StepTimer step = run.begin(ProbeText.of("probe.step.srvLookup", name));
        step.put("dnsServer", server == null ? "system resolver" : server.toString());
        DirContext ctx = new InitialDirContext(environment(server, run.settings().readTimeout().toMillis()));
        try {
            Attribute srv = ctx.getAttributes(name, new String[] {"SRV"}).get("SRV");
            run.token().check();
            List<String> records = new ArrayList<>();
            if (srv != null) {
                NamingEnumeration<?> values = srv.getAll();
                while (values.hasMore()) {
                    records.add(String.valueOf(values.next()));
                }
            }
            step.put("records", records);
            if (records.isEmpty()) {
                step.warn(ProbeText.of("probe.srv.none", name), onlyNeeded(run));
            } else {
                step.put("targets", records.stream().map(AutodiscoverSrvProbe::targetOf).toList()).pass();
            }
        } catch (NameNotFoundException e) {
            step.warn(ProbeText.of("probe.srv.noName", name), onlyNeeded(run));
        } catch (CommunicationException e) {
            run.token().check();
            boolean timeout = Errors.cause(e, SocketTimeoutException.class) != null;
            step.error(timeout ? ProbeText.of("probe.srv.timeout", ProbeText.seconds(lookupMillis(
                    run.settings().readTimeout().toMillis()))) : ProbeText.of("probe.srv.failed", Errors.describe(e)),
                    ProbeText.of("probe.advice.dnsServer"));
        } finally {
            ctx.close();
        }
    }

    private static ProbeText onlyNeeded(ProbeRun run) {
        return ProbeText.of("probe.advice.srvOnlyNeeded", run.inputs().domain());
    }

    /** {@code "0 5 443 mail.acme.com."} → {@code mail.acme.com:443}. */
    static String targetOf(String record) {
        String[] p = record.trim().split("\\s+");
        if (p.length < 4) {
            return record;
        }
        String host = p[3].endsWith(".") ? p[3].substring(0, p[3].length() - 1) : p[3];
        return host + ":" + p[2];
    }

    static Hashtable<String, String> environment(HostPort server, long readMillis) {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.dns.DnsContextFactory");
        env.put(Context.PROVIDER_URL, server == null ? "dns:" : "dns://" + server + "/");
        env.put("com.sun.jndi.dns.timeout.initial", String.valueOf(initial(readMillis)));
        env.put("com.sun.jndi.dns.timeout.retries", String.valueOf(retries(readMillis)));
        return env;
    }

    /** JNDI waits initial, 2×initial, 4×initial… per retry: chosen so that the sum stays within the read timeout. */
    static long initial(long readMillis) {
        return Math.max(100, Math.min(1000, readMillis));
    }

    static int retries(long readMillis) {
        long initial = initial(readMillis);
        int r = 1;
        while (initial * ((1L << (r + 1)) - 1) <= readMillis && r < 5) {
            r++;
        }
        return r;
    }

    static long lookupMillis(long readMillis) {
        return initial(readMillis) * ((1L << retries(readMillis)) - 1);
    }
}
