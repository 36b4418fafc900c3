package org.eacplanner.probe;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.eacplanner.model.ProbeId;

/** Every probe of probes.md, in its order. */
final class Probes {

    private Probes() {
    }

    static List<Probe> all(Clock clock) {
        return List.of(new AutodiscoverJsonProbe(), new AutodiscoverXmlProbe(), new AutodiscoverSrvProbe(),
                new EwsAuthProbe(), new TlsCertProbe(clock), new TenantCloudProbe(), new UserRealmProbe(),
                new EwsLoginProbe(), new SalesforceOrgProbe());
    }

    /** The chosen probes in probes.md's order; all of them when {@code ids} is null or empty. */
    static List<Probe> select(Collection<ProbeId> ids, Clock clock) {
        List<Probe> out = new ArrayList<>();
        for (Probe p : all(clock)) {
            if (ids == null || ids.isEmpty() || ids.contains(p.id())) {
                out.add(p);
            }
        }
        return out;
    }
}
