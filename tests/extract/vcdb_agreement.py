#!/usr/bin/env python3
"""Agreement of `leakwatch extract`'s incident_type with the VERIS Community Database.

usage: vcdb_agreement.py BIN [--shared DIR] [--show KIND]

Every incident in $LEAKWATCH_SHARED/data/vcdb/incidents/ whose `summary` is at
least 60 characters long is extracted (as English) and its incident_type is
compared with the VERIS `action` varieties that the VCDB analysts recorded.
Those are coded by people reading the sources, not from the summary, so this is
a measure on real text that nobody on the team labelled. Each action variety
names the incident types it is consistent with (see TRUTH below); a summary
agrees when the extracted type is one of them. Misdelivery by mail, email and
fax count as one kind (VERIS does not tell them apart). Incidents whose actions
name no type (environmental, bribery, a malfunction, `Unknown` errors, ...)
are left out and counted.

The incidents are split in two by the first hex digit of their file name:
0-7 is the half the team may read and tune on, 8-F the half nobody reads
(a holdout of real text). Both are reported.

Prints the figures (and, with --show, the summaries where the extractor said
KIND or where the truth was KIND but it said something else); exit 0 (a
report, not a gate), 77 when the data is missing.
"""
import argparse, glob, json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hhs_agreement import extract_all  # noqa: E402

MISDELIVERY = {"misdelivery_mail", "misdelivery_email", "misdelivery_fax"}
HACK = {"unauthorized_access"}
MALWARE = {"malware_ransomware", "unauthorized_access"}

# (action, variety or "*") -> incident types consistent with it.
TRUTH = {
    ("malware", "Ransomware"): {"malware_ransomware"},
    ("malware", "*"): MALWARE,
    ("error", "Misdelivery"): MISDELIVERY,
    ("error", "Loss"): {"loss"},
    ("error", "Publishing error"): {"misconfiguration_exposure"},
    ("error", "Misconfiguration"): {"misconfiguration_exposure"},
    ("error", "Disposal error"): {"improper_disposal"},
    ("physical", "Theft"): {"theft"},
    ("misuse", "*"): {"insider_misuse"},
    ("hacking", "*"): HACK,
    ("social", "Phishing"): HACK,
    ("social", "Pretexting"): HACK,
}


def truth_of(incident):
    kinds = set()
    for action, body in (incident.get("action") or {}).items():
        for variety in body.get("variety") or []:
            if action == "hacking" and variety == "DoS":
                continue  # a denial of service discloses nothing
            got = TRUTH.get((action, variety))
            if got is None:
                got = TRUTH.get((action, "*"), set())
            kinds |= got
    return kinds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bin")
    ap.add_argument("--shared", default=os.environ.get("LEAKWATCH_SHARED", ""))
    ap.add_argument("--show", default="", help="print tuning-half misses involving this type")
    a = ap.parse_args()
    folder = os.path.join(a.shared, "data", "vcdb", "incidents")
    files = sorted(glob.glob(os.path.join(folder, "*.json")))
    if not files:
        print("skip: VCDB data not found (set LEAKWATCH_SHARED)")
        return 77
    rows, no_truth, short = [], 0, 0
    for f in files:
        with open(f, encoding="utf-8") as fh:
            inc = json.load(fh)
        summary = (inc.get("summary") or "").strip()
        if len(summary) < 60:
            short += 1
            continue
        kinds = truth_of(inc)
        if not kinds:
            no_truth += 1
            continue
        rows.append((os.path.basename(f), summary, kinds))
    recs = extract_all(a.bin, [s for _, s, _ in rows])
    failed = sum(1 for r in recs if r is None)
    halves = {"tuning (0-7)": [0, 0, 0], "held out (8-F)": [0, 0, 0]}  # compared, agree, given
    for (name, summary, kinds), rec in zip(rows, recs):
        if rec is None:
            continue
        tuning = name[0].lower() in "01234567"
        h = halves["tuning (0-7)" if tuning else "held out (8-F)"]
        got = rec["incident_type"]
        ok = got in kinds
        h[0] += 1
        h[1] += ok
        h[2] += got != "other"
        if a.show and tuning and not ok and (got == a.show or a.show in kinds):
            print(f"{name}: truth {sorted(kinds)} got {got}\n  {summary[:400]}\n")
    pct = lambda x, y: f"{100.0 * x / y:.1f}%" if y else "n/a"
    print(f"VCDB incidents: {len(files)}; {short} with no summary of 60+ characters and "
          f"{no_truth} whose actions name no type left out; {len(rows)} compared "
          f"(extraction failed on {failed})")
    for label, (n, agree, given) in halves.items():
        print(f"type, {label}: {agree} of {n} agree with the VERIS actions ({pct(agree, n)}); "
              f"a type other than `other` given on {given}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
