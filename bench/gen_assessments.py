#!/usr/bin/env python3
"""Writes N random, schema-valid assessment files (seeded, so every run writes the same files).

Usage: gen_assessments.py N OUT_DIR [SEED]
Every answer is known or unknown at random, with the values the format allows, so that the rules fire in
many combinations; a few files carry checklist progress and accepted risks.
"""
import json, pathlib, random, sys, uuid

ENUMS = {
    "edition": ["PROFESSIONAL", "ENTERPRISE", "PERFORMANCE", "UNLIMITED", "DEVELOPER", "ESSENTIALS", "GROUP", "OTHER"],
    "cloud": ["COMMERCIAL", "GOVERNMENT_CLOUD", "GOVERNMENT_CLOUD_PLUS"],
    "deployment": ["EXCHANGE_ONLINE", "ON_PREMISES", "HYBRID"],
    "serverVersion": ["EXCHANGE_2010", "EXCHANGE_2013", "EXCHANGE_2016", "EXCHANGE_2019", "EXCHANGE_SE"],
    "microsoftCloud": ["WORLDWIDE", "GCC", "GCC_HIGH", "DOD", "CHINA_21VIANET"],
    "tlsVersion": ["TLS_1_0", "TLS_1_1", "TLS_1_2", "TLS_1_3"],
    "connectionMethod": ["SERVICE_ACCOUNT", "USER_OAUTH"],
    "serviceAccountAuth": ["BASIC", "NTLM", "OAUTH"],
    "microsoftAuthMethod": ["NONE", "EWS", "GRAPH"],
    "direction": ["SALESFORCE_TO_EXCHANGE", "EXCHANGE_TO_SALESFORCE", "BOTH"],
}
RULES = ["LS-RETIREMENT", "LS-EWS-EXO", "LS-SVC-ACCOUNT-EXO", "EWS-DISABLED", "CA-NOT-APPROVED", "FIREWALL-443"]
ITEMS = ["CL-CONFIRM-INVENTORY", "CL-FILL-GAPS", "CL-EAC-LICENSES", "CL-ASSIGN-USERS", "CL-GRAPH-UPGRADE"]


def maybe(r, value, unknown=0.25):
    return None if r.random() < unknown else value


def pick(r, key):
    return maybe(r, r.choice(ENUMS[key]))


def subset(r, values):
    return maybe(r, [v for v in values if r.random() < 0.5])


def assessment(r, i):
    syncing = maybe(r, r.randint(0, 900))
    errors = None if syncing is None else maybe(r, r.randint(0, syncing))
    configs = [{
        "name": f"Configuration {c}", "assignedProfiles": ["Sales User"], "assignedUsers": r.randint(0, 300),
        "syncContacts": maybe(r, r.random() < 0.7), "contactsDirection": pick(r, "direction"),
        "syncEvents": maybe(r, r.random() < 0.8), "eventsDirection": pick(r, "direction"),
        "syncDeletedEvents": maybe(r, True), "syncPrivateEvents": maybe(r, False),
        "eventsScope": maybe(r, r.choice(["ALL", "USERS_SELECT"])), "contactFilter": "My contacts",
    } for c in range(r.randint(0, 3))]
    doc = {
        "format": "eac-migration-assessment", "schemaVersion": 1,
        "id": str(uuid.UUID(int=r.getrandbits(128), version=4)),
        "title": f"Generated assessment {i}",
        "createdAt": "2026-11-01T09:00:00Z", "updatedAt": "2026-11-20T09:00:00Z",
        "preparedBy": {"name": "Bench", "company": "Bench Co", "email": "bench@example.org"},
        "client": {"name": f"Client {i}"},
        "org": {"name": f"Org {i}", "orgId": None, "edition": pick(r, "edition"), "cloud": pick(r, "cloud"),
                "instance": "NA1", "myDomain": f"org{i}.my.salesforce.com",
                "products": subset(r, ["SALES_CLOUD", "SERVICE_CLOUD", "LIGHTNING_PLATFORM"]),
                "userInterfaces": subset(r, ["LIGHTNING", "CLASSIC", "MOBILE"]), "userCount": maybe(r, r.randint(1, 5000))},
        "exchange": {"deployment": pick(r, "deployment"), "serverVersion": pick(r, "serverVersion"),
                     "microsoftCloud": pick(r, "microsoftCloud"), "tenantDomain": f"tenant{i}.example",
                     "ewsUrl": f"https://mail.tenant{i}.example/EWS/Exchange.asmx",
                     "ewsEnabled": maybe(r, r.random() < 0.9), "ewsOverSsl": maybe(r, r.random() < 0.9),
                     "autodiscoverEnabled": maybe(r, r.random() < 0.9), "tlsVersion": pick(r, "tlsVersion"),
                     "authMethods": subset(r, ["BASIC", "NTLM", "NEGOTIATE", "OAUTH"]),
                     "certificateAuthority": "Example CA", "certificateRoot": "Example Root",
                     "certificateChainComplete": maybe(r, r.random() < 0.9),
                     "certificateApproved": maybe(r, r.random() < 0.9), "inbound443Open": maybe(r, r.random() < 0.9)},
        "lightningSync": {"inUse": maybe(r, r.random() < 0.8), "connectionMethod": pick(r, "connectionMethod"),
                          "serviceAccountEmail": f"svc@tenant{i}.example", "impersonationGranted": maybe(r, r.random() < 0.8),
                          "serviceAccountAuth": pick(r, "serviceAccountAuth"), "configurations": configs,
                          "usersSyncing": syncing, "usersWithErrors": errors},
        "eac": {"enabled": maybe(r, r.random() < 0.4), "licenses": subset(r, ["STANDARD", "INBOX"]),
                "configurations": maybe(r, r.randint(0, 5)), "microsoftAuthMethod": pick(r, "microsoftAuthMethod"),
                "emailCaptureWanted": maybe(r, True), "reportsDependOnActivityRecords": maybe(r, r.random() < 0.5)},
        "probes": [],
        "checklist": [{"itemId": it, "status": r.choice(["TODO", "IN_PROGRESS", "DONE"]), "owner": "Owner",
                       "dueDate": "2026-12-31", "notes": "notes"} for it in r.sample(ITEMS, r.randint(0, 3))],
        "acceptedRisks": [{"ruleId": rule, "rationale": "known", "acceptedBy": "Owner", "acceptedOn": "2026-11-01",
                           "expires": maybe(r, "2027-01-31", 0.5)} for rule in r.sample(RULES, r.randint(0, 2))],
        "notes": "Generated for the batch benchmark.",
    }
    return doc


def main():
    n, out = int(sys.argv[1]), pathlib.Path(sys.argv[2])
    r = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 2026)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.eacplan.json"):
        old.unlink()
    for i in range(n):
        (out / f"assessment-{i:04d}.eacplan.json").write_text(json.dumps(assessment(r, i), indent=2) + "\n")


if __name__ == "__main__":
    main()
