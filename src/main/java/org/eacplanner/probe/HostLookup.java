package org.eacplanner.probe;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

/**
 * How the live checks turn a host name into addresses, the same for every probe and for the network pre-check: a
 * {@code --resolve} entry first, an address or {@code localhost} as it is, then the DNS server set for the checks
 * ({@code --dns-server}, A and AAAA records) or else the system's resolver.
 */
final class HostLookup {

    private HostLookup() {
    }

    /** A name that needs no DNS: an address literal, this computer, or one the settings map to an address. */
    static boolean direct(String host, ProbeEndpoints e) {
        String n = host.toLowerCase(Locale.ROOT);
        return n.equals("localhost") || n.matches("[0-9.]+") || n.contains(":") || e.resolve().containsKey(n);
    }

    static List<InetAddress> lookup(String host, ProbeSettings s) throws UnknownHostException {
        ProbeEndpoints e = s.endpoints();
        String mapped = e.resolve().get(host.toLowerCase(Locale.ROOT));
        if (mapped != null) {
            return List.of(InetAddress.getByName(mapped));
        }
        if (e.dnsServer() == null || direct(host, e)) {
            return List.of(InetAddress.getAllByName(host));
        }
        return viaServer(host, e.dnsServer(), s.readTimeout().toMillis());
    }

    /** The A and AAAA records of {@code host} at {@code server}; none, or no answer, is an unknown host. */
    static List<InetAddress> viaServer(String host, HostPort server, long readMillis) throws UnknownHostException {
        List<InetAddress> out = new ArrayList<>();
        try {
            Attributes records = query(host, server, readMillis, "A", "AAAA");
            for (String type : new String[] {"A", "AAAA"}) {
                Attribute a = records.get(type);
                if (a != null) {
                    NamingEnumeration<?> values = a.getAll();
                    while (values.hasMore()) {
                        out.add(InetAddress.getByAddress(host, InetAddress.getByName(
                                String.valueOf(values.next())).getAddress()));
                    }
                }
            }
        } catch (NamingException ex) {
            throw new UnknownHostException(host + ": " + Errors.describe(ex) + " (DNS server " + server + ")");
        }
        if (out.isEmpty()) {
            throw new UnknownHostException(host + ": no address at the DNS server " + server);
        }
        return out;
    }

    /**
     * The records of {@code types} for {@code host}, asked of {@code server} within the read timeout's lookup limit;
     * {@link javax.naming.NameNotFoundException} when the server answers that the name does not exist.
     */
    static Attributes query(String host, HostPort server, long readMillis, String... types) throws NamingException {
        DirContext ctx = new InitialDirContext(AutodiscoverSrvProbe.environment(server, readMillis));
        try {
            return ctx.getAttributes(host, types);
        } finally {
            ctx.close();
        }
    }
}
