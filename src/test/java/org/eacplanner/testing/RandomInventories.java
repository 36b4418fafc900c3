package org.eacplanner.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.eacplanner.model.AcceptedRisk;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.AuthMethod;
import org.eacplanner.model.ConnectionMethod;
import org.eacplanner.model.Deployment;
import org.eacplanner.model.Eac;
import org.eacplanner.model.EacAuthMethod;
import org.eacplanner.model.EacConnectionMethod;
import org.eacplanner.model.EacLicense;
import org.eacplanner.model.Edition;
import org.eacplanner.model.EventsScope;
import org.eacplanner.model.Exchange;
import org.eacplanner.model.ExchangeBuild;
import org.eacplanner.model.ExoEwsSetting;
import org.eacplanner.model.LightningSync;
import org.eacplanner.model.MicrosoftCloud;
import org.eacplanner.model.Org;
import org.eacplanner.model.ProgressEntry;
import org.eacplanner.model.ProgressStatus;
import org.eacplanner.model.SalesforceCloud;
import org.eacplanner.model.ServerVersion;
import org.eacplanner.model.ServiceAccountAuth;
import org.eacplanner.model.SyncConfiguration;
import org.eacplanner.model.SyncDirection;
import org.eacplanner.model.TlsVersion;
import org.eacplanner.model.UserInterface;
import org.eacplanner.rules.Catalog;

/** A seeded generator of arbitrary inventories: every answer known or unknown, any value the model allows. */
public final class RandomInventories {

    private RandomInventories() {
    }

    public static Assessment assessment(Random r) {
        Org org = new Org(str(r, "Org"), null, pick(r, Edition.values()), pick(r, SalesforceCloud.values()), null, null,
                null, list(r, UserInterface.values()), intOrNull(r), null);
        Deployment deployment = pick(r, Deployment.values());
        ServerVersion version = pick(r, ServerVersion.values());
        String build = build(r);
        if (version != null && deployment != Deployment.EXCHANGE_ONLINE
                && ExchangeBuild.parse(build).flatMap(ExchangeBuild::product).filter(p -> p != version).isPresent()) {
            build = r.nextBoolean() ? null : "16.0.1.1"; // a mismatch is a semantic error of the file
        }
        Exchange ex = new Exchange(deployment, version, build,
                pick(r, MicrosoftCloud.values()), pick(r, ExoEwsSetting.values()), null, null, bool(r), bool(r), bool(r),
                pick(r, TlsVersion.values()), list(r, AuthMethod.values()), null, null, bool(r), bool(r),
                r.nextInt(4) == 0 ? null : LocalDate.of(2025, 1, 1).plusDays(r.nextInt(1500)), bool(r), intOrNull(r),
                intOrNull(r), bool(r), bool(r), bool(r), null);
        List<SyncConfiguration> configs = null;
        if (r.nextBoolean()) {
            configs = new ArrayList<>();
            for (int i = r.nextInt(4); i > 0; i--) {
                configs.add(new SyncConfiguration(str(r, "cfg"), null, intOrNull(r), bool(r),
                        pick(r, SyncDirection.values()), bool(r), pick(r, SyncDirection.values()), bool(r), bool(r),
                        pick(r, EventsScope.values()), null, null));
            }
        }
        Integer syncing = intOrNull(r);
        Integer errors = syncing == null ? intOrNull(r) : (r.nextBoolean() ? r.nextInt(syncing + 1) : null);
        LightningSync ls = new LightningSync(bool(r), pick(r, ConnectionMethod.values()), null, bool(r),
                pick(r, ServiceAccountAuth.values()), bool(r), bool(r), configs, syncing, errors, null);
        Eac eac = new Eac(bool(r), list(r, EacLicense.values()), intOrNull(r), pick(r, EacAuthMethod.values()),
                pick(r, EacConnectionMethod.values()), pick(r, EacAuthMethod.values()), bool(r), bool(r), bool(r),
                intOrNull(r), bool(r), null);
        List<AcceptedRisk> risks = new ArrayList<>();
        List<ProgressEntry> progress = new ArrayList<>();
        var rules = Catalog.shipped().rules();
        if (r.nextInt(3) == 0) {
            LocalDate expires = r.nextBoolean() ? null : LocalDate.of(2025, 1, 1).plusDays(r.nextInt(1500));
            risks.add(new AcceptedRisk(rules.get(r.nextInt(rules.size())).id(), "because", "someone",
                    LocalDate.of(2024, 1, 1), expires, null));
        }
        var items = Catalog.shipped().checklist();
        for (int i = r.nextInt(4); i > 0; i--) {
            progress.add(new ProgressEntry(r.nextInt(8) == 0 ? "CL-UNKNOWN" : items.get(r.nextInt(items.size())).id(),
                    pick(r, ProgressStatus.values()), str(r, "owner"), null, null, null));
        }
        return new Assessment(Assessment.FORMAT, Assessment.SCHEMA_VERSION, "id-" + r.nextInt(), str(r, "Title"),
                Instant.EPOCH, Instant.EPOCH, null, null, org, ex, ls, eac, null, progress, risks, null, null, null,
                null, null, null);
    }

    private static <T> T pick(Random r, T[] values) {
        int i = r.nextInt(values.length + 1);
        return i == values.length ? null : values[i];
    }

    private static <T> List<T> list(Random r, T[] values) {
        if (r.nextInt(4) == 0) {
            return null;
        }
        List<T> out = new ArrayList<>();
        for (T v : values) {
            if (r.nextBoolean()) {
                out.add(v);
            }
        }
        return out;
    }

    /** Null, a build of any product (either written form), or one that maps to no product. */
    private static String build(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> null;
            case 1 -> "Version 15." + r.nextInt(3) + " (Build " + r.nextInt(3000) + "." + r.nextInt(50) + ")";
            case 2 -> "14.3." + r.nextInt(500) + "." + r.nextInt(10);
            case 3 -> "16.0." + r.nextInt(100) + ".1";
            default -> "15." + r.nextInt(3) + "." + (r.nextBoolean() ? 2562 + r.nextInt(10) : r.nextInt(2562)) + "."
                    + r.nextInt(50);
        };
    }

    private static Boolean bool(Random r) {
        int i = r.nextInt(3);
        return i == 2 ? null : i == 1;
    }

    private static Integer intOrNull(Random r) {
        return r.nextInt(4) == 0 ? null : r.nextInt(500);
    }

    private static String str(Random r, String prefix) {
        return r.nextInt(5) == 0 ? null : prefix + " " + r.nextInt(1000);
    }
}
