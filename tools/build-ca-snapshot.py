#!/usr/bin/env python3
"""Builds the app's dated snapshot of well-known public root CAs (rules.md, "Approved certificate authorities").

Reads Mozilla's root store as Debian ships it (package ca-certificates, /usr/share/ca-certificates/mozilla/*.crt)
with `openssl x509` and writes src/main/resources/org/eacplanner/probe/approved-roots-snapshot.json in the shape
of an assessment's `approvedRoots`: {source, capturedOn, packageVersion, roots: [{subject, sha256}]}.
Subjects are RFC 2253 distinguished names; the app compares them in canonical form.

Usage: tools/build-ca-snapshot.py [--dir DIR] [--out FILE] [--date YYYY-MM-DD]
Python 3 standard library only; needs openssl and dpkg-query on the PATH.
"""
import argparse
import datetime
import glob
import json
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(REPO, "src/main/resources/org/eacplanner/probe/approved-roots-snapshot.json")


def package_version():
    out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "ca-certificates"],
                         check=True, capture_output=True, text=True)
    return out.stdout.strip()


def read_root(path):
    out = subprocess.run(["openssl", "x509", "-in", path, "-noout", "-subject", "-nameopt", "RFC2253",
                          "-fingerprint", "-sha256"], check=True, capture_output=True, text=True).stdout
    subject = sha256 = None
    for line in out.splitlines():
        if line.startswith("subject="):
            subject = line[len("subject="):].strip()
        elif "Fingerprint=" in line:
            sha256 = line.split("=", 1)[1].replace(":", "").strip().upper()
    if not subject or not sha256 or len(sha256) != 64:
        raise SystemExit(f"{path}: cannot read subject and SHA-256 from openssl's output:\n{out}")
    return {"subject": subject, "sha256": sha256}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", default="/usr/share/ca-certificates/mozilla")
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--date", default=datetime.date.today().isoformat())
    args = ap.parse_args()
    files = sorted(glob.glob(os.path.join(args.dir, "*.crt")))
    if not files:
        raise SystemExit(f"no *.crt files in {args.dir}: install Debian's ca-certificates package")
    version = package_version()
    roots = sorted((read_root(f) for f in files), key=lambda r: (r["subject"].lower(), r["sha256"]))
    snapshot = {
        "source": f"Mozilla root store as shipped in Debian ca-certificates {version}",
        "capturedOn": args.date,
        "packageVersion": version,
        "roots": roots,
    }
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        json.dump(snapshot, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"{len(roots)} roots from ca-certificates {version} -> {os.path.relpath(args.out, REPO)}", file=sys.stderr)


if __name__ == "__main__":
    main()
