package org.eacplanner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A saved assessment (format version 2, schema in docs/assessment.schema.json): the inventory, the user's
 * checklist progress and accepted risks, and bookkeeping. Immutable; the sections ({@code org}, {@code exchange}, …) are never null
 * (a missing section reads as all answers unknown). Inventory lists are null when unknown.
 */
public record Assessment(
        String format,
        Integer schemaVersion,
        String id,
        String title,
        Instant createdAt,
        Instant updatedAt,
        Person preparedBy,
        Client client,
        Org org,
        Exchange exchange,
        LightningSync lightningSync,
        Eac eac,
        List<ProbeResult> probes,
        List<ProgressEntry> checklist,
        List<AcceptedRisk> acceptedRisks,
        String notes,
        Map<String, String> drafts,
        ApprovedRoots approvedRoots,
        LastEvaluation lastEvaluation,
        List<ImportRecord> imports,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

    /** The fixed marker of the format; a file without it is not ours. */
    public static final String FORMAT = "eac-migration-assessment";
    /** The format version this app writes and reads in full. */
    public static final int SCHEMA_VERSION = 2;

    public Assessment {
        preparedBy = preparedBy == null ? Person.EMPTY : preparedBy;
        client = client == null ? Client.EMPTY : client;
        org = org == null ? Org.EMPTY : org;
        exchange = exchange == null ? Exchange.EMPTY : exchange;
        lightningSync = lightningSync == null ? LightningSync.EMPTY : lightningSync;
        eac = eac == null ? Eac.EMPTY : eac;
        probes = Unknown.nonNull(probes);
        checklist = Unknown.nonNull(checklist);
        acceptedRisks = Unknown.nonNull(acceptedRisks);
        imports = Unknown.nonNull(imports);
        drafts = drafts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(drafts));
        unknownFields = Unknown.fields(unknownFields);
    }

    /**
     * This assessment with the two fields a save stamps (format, "Saving"): when the content last changed and the
     * findings as of the evaluation date in use. Every other field is kept as is.
     */
    public Assessment stamped(Instant updatedAt, LastEvaluation lastEvaluation) {
        return new Assessment(format, schemaVersion, id, title, createdAt, updatedAt, preparedBy, client, org, exchange,
                lightningSync, eac, probes, checklist, acceptedRisks, notes, drafts, approvedRoots, lastEvaluation,
                imports, unknownFields);
    }

    /** This assessment with {@code checklist} as its progress entries; every other field as is. */
    public Assessment withChecklist(List<ProgressEntry> checklist) {
        return new Assessment(format, schemaVersion, id, title, createdAt, updatedAt, preparedBy, client, org, exchange,
                lightningSync, eac, probes, checklist, acceptedRisks, notes, drafts, approvedRoots, lastEvaluation,
                imports, unknownFields);
    }

    /** This assessment with {@code imports} as its records of imports; every other field as is. */
    public Assessment withImports(List<ImportRecord> imports) {
        return new Assessment(format, schemaVersion, id, title, createdAt, updatedAt, preparedBy, client, org, exchange,
                lightningSync, eac, probes, checklist, acceptedRisks, notes, drafts, approvedRoots, lastEvaluation,
                imports, unknownFields);
    }

    /** This assessment with {@code lightningSync} as its Lightning Sync answers; every other field as is. */
    public Assessment withLightningSync(LightningSync lightningSync) {
        return new Assessment(format, schemaVersion, id, title, createdAt, updatedAt, preparedBy, client, org, exchange,
                lightningSync, eac, probes, checklist, acceptedRisks, notes, drafts, approvedRoots, lastEvaluation,
                imports, unknownFields);
    }

    /** This assessment with {@code acceptedRisks}; every other field as is. */
    public Assessment withAcceptedRisks(List<AcceptedRisk> acceptedRisks) {
        return new Assessment(format, schemaVersion, id, title, createdAt, updatedAt, preparedBy, client, org, exchange,
                lightningSync, eac, probes, checklist, acceptedRisks, notes, drafts, approvedRoots, lastEvaluation,
                imports, unknownFields);
    }

    /** This assessment with {@code drafts} (text the user typed that did not pass its checks); every other field as is. */
    public Assessment withDrafts(Map<String, String> drafts) {
        return new Assessment(format, schemaVersion, id, title, createdAt, updatedAt, preparedBy, client, org, exchange,
                lightningSync, eac, probes, checklist, acceptedRisks, notes, drafts, approvedRoots, lastEvaluation,
                imports, unknownFields);
    }

    /** This assessment with {@code probes} as its live-check results; every other field as is. */
    public Assessment withProbes(List<ProbeResult> probes) {
        return new Assessment(format, schemaVersion, id, title, createdAt, updatedAt, preparedBy, client, org, exchange,
                lightningSync, eac, probes, checklist, acceptedRisks, notes, drafts, approvedRoots, lastEvaluation,
                imports, unknownFields);
    }

    /** This assessment with the org's own approved-CA list (null: the shipped snapshot); every other field as is. */
    public Assessment withApprovedRoots(ApprovedRoots approvedRoots) {
        return new Assessment(format, schemaVersion, id, title, createdAt, updatedAt, preparedBy, client, org, exchange,
                lightningSync, eac, probes, checklist, acceptedRisks, notes, drafts, approvedRoots, lastEvaluation,
                imports, unknownFields);
    }

    /** This assessment with {@code title}; every other field as is. */
    public Assessment withTitle(String title) {
        return new Assessment(format, schemaVersion, id, title, createdAt, updatedAt, preparedBy, client, org, exchange,
                lightningSync, eac, probes, checklist, acceptedRisks, notes, drafts, approvedRoots, lastEvaluation,
                imports, unknownFields);
    }

    /** This assessment with {@code client}; every other field as is. */
    public Assessment withClient(Client client) {
        return new Assessment(format, schemaVersion, id, title, createdAt, updatedAt, preparedBy, client, org, exchange,
                lightningSync, eac, probes, checklist, acceptedRisks, notes, drafts, approvedRoots, lastEvaluation,
                imports, unknownFields);
    }

    /** This assessment with {@code org} as its Salesforce org answers; every other field as is. */
    public Assessment withOrg(Org org) {
        return new Assessment(format, schemaVersion, id, title, createdAt, updatedAt, preparedBy, client, org, exchange,
                lightningSync, eac, probes, checklist, acceptedRisks, notes, drafts, approvedRoots, lastEvaluation,
                imports, unknownFields);
    }

    /** This assessment with {@code exchange} as its Exchange answers; every other field as is. */
    public Assessment withExchange(Exchange exchange) {
        return new Assessment(format, schemaVersion, id, title, createdAt, updatedAt, preparedBy, client, org, exchange,
                lightningSync, eac, probes, checklist, acceptedRisks, notes, drafts, approvedRoots, lastEvaluation,
                imports, unknownFields);
    }

    /** This assessment with {@code notes}; every other field as is. */
    public Assessment withNotes(String notes) {
        return new Assessment(format, schemaVersion, id, title, createdAt, updatedAt, preparedBy, client, org, exchange,
                lightningSync, eac, probes, checklist, acceptedRisks, notes, drafts, approvedRoots, lastEvaluation,
                imports, unknownFields);
    }

    /**
     * This assessment without the bookkeeping a report does not show: the last evaluation and the fields of a newer
     * app this one does not know.
     */
    public Assessment withoutBookkeeping() {
        return new Assessment(format, schemaVersion, id, title, createdAt, updatedAt, preparedBy, client, org, exchange,
                lightningSync, eac, probes, checklist, acceptedRisks, notes, drafts, approvedRoots, null, imports, null);
    }

    /** A new, empty assessment: every answer unknown. */
    public static Assessment empty(String id, Instant now) {
        return new Assessment(FORMAT, SCHEMA_VERSION, id, null, now, now, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }
}
