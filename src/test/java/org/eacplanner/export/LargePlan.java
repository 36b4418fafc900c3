package org.eacplanner.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.OrgIds;
import org.eacplanner.model.ProbeId;
import org.eacplanner.rules.Catalog;
import org.eacplanner.rules.ChecklistItemDef;
import org.eacplanner.testing.Inventories;

/**
 * The "large plan" of product.md's non-functional targets, built through the real reader (so it is a valid
 * file): 50 Lightning Sync configurations with 20 profiles each; an inventory on which as many rules fire at
 * once as the catalog allows (hybrid Exchange 2010 with every server setting failing, service account, EAC on
 * EWS, a GCC High tenant, Classic users, sync errors, "events users select", the Salesforce cloud unknown);
 * every checklist item of the catalog with a progress entry carrying 2 KB of notes; all nine probe results with
 * 20 steps of evidence each; and 20 KB of assessment notes.
 */
public final class LargePlan {

    public static final int CONFIGURATIONS = 50;
    public static final int PROFILES = 20;
    public static final int STEPS = 20;
    public static final int ITEM_NOTES = 2 * 1024;
    public static final int ASSESSMENT_NOTES = 20 * 1024;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private LargePlan() {
    }

    public static Assessment assessment() {
        ObjectNode root = Inventories.tree(Inventories.answers(
                "title", "Contoso Freight Group — Lightning Sync to EAC (all regions)",
                "preparedBy.name", "Jordan Lee", "preparedBy.company", "Northwind Consulting",
                "preparedBy.email", "jordan.lee@northwind.example",
                "client.name", "Contoso Freight Group",
                "org.name", "Contoso Freight Group", "org.orgId", "00D5g000004XyZa" + OrgIds.checksum("00D5g000004XyZa"),
                "org.edition", "GROUP", "org.instance", "EU45", "org.myDomain", "contosofreight.my.salesforce.com",
                "org.products", List.of("SALES_CLOUD", "SERVICE_CLOUD"), "org.userInterfaces", List.of("LIGHTNING", "CLASSIC"),
                "org.userCount", 4200,
                "exchange.deployment", "HYBRID", "exchange.serverVersion", "EXCHANGE_2010",
                "exchange.microsoftCloud", "GCC_HIGH", "exchange.tenantDomain", "contosofreight.example",
                "exchange.ewsUrl", "https://mail.contosofreight.example/EWS/Exchange.asmx", "exchange.ewsEnabled", false,
                "exchange.ewsOverSsl", false, "exchange.autodiscoverEnabled", false, "exchange.tlsVersion", "TLS_1_0",
                "exchange.authMethods", List.of(), "exchange.certificateAuthority", "Contoso Internal Issuing CA 2",
                "exchange.certificateRoot", "Contoso Internal Root CA", "exchange.certificateChainComplete", false,
                "exchange.certificateApproved", false, "exchange.inbound443Open", false,
                "lightningSync.inUse", true, "lightningSync.connectionMethod", "SERVICE_ACCOUNT",
                "lightningSync.serviceAccountEmail", "svc-lsync@contosofreight.example",
                "lightningSync.impersonationGranted", false, "lightningSync.serviceAccountAuth", "BASIC",
                "lightningSync.usersSyncing", 3900, "lightningSync.usersWithErrors", 137,
                "eac.enabled", true, "eac.licenses", List.of("STANDARD", "SALES_CLOUD_EINSTEIN"), "eac.configurations", 3,
                "eac.microsoftAuthMethod", "EWS", "eac.emailCaptureWanted", true, "eac.reportsDependOnActivityRecords", true,
                "notes", text("Assessment notes. ", ASSESSMENT_NOTES)));
        ((ObjectNode) root.get("lightningSync")).set("configurations", configurations());
        root.set("checklist", progress());
        root.set("probes", probes());
        ArrayNode risks = root.putArray("acceptedRisks");
        risks.addObject().put("ruleId", "EAC-CLASSIC-USERS").put("rationale", "Classic users move with the last wave.")
                .put("acceptedBy", "Dana Whitfield").put("acceptedOn", "2026-11-01").put("expires", "2027-03-31");
        risks.addObject().put("ruleId", "LS-SYNC-ERRORS").put("rationale", "Errors are being fixed by the service desk.")
                .put("acceptedBy", "Dana Whitfield").put("acceptedOn", "2026-09-01").put("expires", "2026-10-31");
        return Inventories.load(root).assessment();
    }

    private static ArrayNode configurations() {
        ArrayNode configs = F.arrayNode();
        for (int c = 1; c <= CONFIGURATIONS; c++) {
            ObjectNode n = configs.addObject();
            n.put("name", "Region " + c + " sales and service");
            ArrayNode profiles = n.putArray("assignedProfiles");
            for (int p = 1; p <= PROFILES; p++) {
                profiles.add("Region " + c + " profile " + p);
            }
            n.put("assignedUsers", 60 + c).put("syncContacts", true).put("contactsDirection", "BOTH")
                    .put("syncEvents", true).put("eventsDirection", "BOTH").put("syncDeletedEvents", c % 2 == 0)
                    .put("syncPrivateEvents", false).put("eventsScope", c % 5 == 0 ? "USERS_SELECT" : "ALL")
                    .put("contactFilter", "My contacts and contacts of accounts I own in region " + c);
        }
        return configs;
    }

    private static ArrayNode progress() {
        ArrayNode entries = F.arrayNode();
        int i = 0;
        for (ChecklistItemDef item : Catalog.shipped().checklist()) {
            String[] statuses = {"TODO", "IN_PROGRESS", "DONE"};
            entries.addObject().put("itemId", item.id()).put("status", statuses[i % 3])
                    .put("owner", "Owner " + (i % 4 + 1)).put("dueDate", "2027-0" + (i % 3 + 1) + "-15")
                    .put("notes", text("Progress note for " + item.id() + ". ", ITEM_NOTES));
            i++;
        }
        return entries;
    }

    private static ArrayNode probes() {
        ArrayNode probes = F.arrayNode();
        for (ProbeId id : ProbeId.values()) {
            ObjectNode p = probes.addObject();
            p.put("probeId", id.name()).put("target", "contosofreight.example")
                    .put("startedAt", "2026-11-20T09:00:00Z").put("finishedAt", "2026-11-20T09:00:04Z")
                    .put("outcome", "FAIL").put("reason", "One or more steps failed.").put("credentialsUsed", false)
                    .put("cancelled", false);
            ArrayNode steps = p.putArray("steps");
            for (int s = 1; s <= STEPS; s++) {
                ObjectNode step = steps.addObject();
                step.put("name", id.name() + " step " + s).put("outcome", s % 4 == 0 ? "FAIL" : "PASS")
                        .put("elapsedMs", 10L * s);
                step.putObject("evidence").put("url", "https://autodiscover.contosofreight.example/autodiscover/" + s)
                        .put("status", 401).put("wwwAuthenticate", "Negotiate, NTLM")
                        .put("server", "Microsoft-IIS/8.5").put("certificateSubject", "CN=mail.contosofreight.example");
                if (s % 4 == 0) {
                    step.put("reason", "The server refused the request.").put("advice", "Check the virtual directory.");
                }
            }
            p.putArray("proposals").addObject().put("path", "$.exchange.autodiscoverEnabled").put("value", false)
                    .put("basis", "No Autodiscover endpoint answered.");
        }
        return probes;
    }

    /** {@code length} characters of readable text made of {@code sentence} and numbered words. */
    static String text(String sentence, int length) {
        StringBuilder sb = new StringBuilder(length + 100);
        int n = 0;
        while (sb.length() < length) {
            sb.append(sentence).append("Line ").append(++n).append(" of the notes, with details on the work. ");
            if (n % 6 == 0) {
                sb.append('\n');
            }
        }
        return sb.substring(0, length);
    }
}
