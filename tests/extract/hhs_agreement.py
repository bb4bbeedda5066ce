#!/usr/bin/env python3
"""Agreement of `leakwatch extract` with the US HHS breach portal.

usage: hhs_agreement.py BIN [--shared DIR] [--limit N]

For every row of $LEAKWATCH_SHARED/data/hhs/breach_report_*.csv with a
`Web Description` (not counting the literal placeholder `\\N` that some rows
carry instead of one), the description is extracted (as English) and compared with
the row: `affected.persons` against `Individuals Affected` (exact; and how
often a number was given at all), and `incident_type` mapped coarsely onto
`Type of Breach` (Hacking/IT Incident, Theft, Loss, Improper Disposal,
Unauthorized Access/Disclosure). Prints the figures; exit 0 (a report, not a
gate), 77 when the data is missing.
"""
import argparse, csv, json, os, subprocess, sys, tempfile

COARSE = {
    "unauthorized_access": "Hacking/IT Incident", "malware_ransomware": "Hacking/IT Incident",
    "theft": "Theft", "loss": "Loss", "improper_disposal": "Improper Disposal",
    "misdelivery_mail": "Unauthorized Access/Disclosure",
    "misdelivery_email": "Unauthorized Access/Disclosure",
    "misdelivery_fax": "Unauthorized Access/Disclosure",
    "insider_misuse": "Unauthorized Access/Disclosure",
    "misconfiguration_exposure": "Unauthorized Access/Disclosure",
}


def extract_all(bin_path, texts):
    """Runs the extractor over texts in chunks (one process per chunk)."""
    out = [None] * len(texts)
    with tempfile.TemporaryDirectory() as d:
        paths = []
        for i, t in enumerate(texts):
            p = os.path.join(d, f"{i}.txt")
            with open(p, "w", encoding="utf-8") as f:
                f.write(t)
            paths.append(p)
        for start in range(0, len(paths), 400):
            chunk = paths[start:start + 400]
            r = subprocess.run([bin_path, "extract", "--json", "--lang", "en", *chunk],
                               capture_output=True, timeout=600)
            lines = r.stdout.decode("utf-8", "replace").splitlines()
            if len(lines) == len(chunk):
                for k, line in enumerate(lines):
                    out[start + k] = json.loads(line)
            else:  # a file failed: fall back to one process per file
                for k, p in enumerate(chunk):
                    r = subprocess.run([bin_path, "extract", "--json", "--lang", "en", p],
                                       capture_output=True, timeout=60)
                    if r.returncode == 0 and r.stdout.strip():
                        out[start + k] = json.loads(r.stdout)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bin")
    ap.add_argument("--shared", default=os.environ.get("LEAKWATCH_SHARED", ""))
    ap.add_argument("--limit", type=int, default=0)
    a = ap.parse_args()
    hhs = os.path.join(a.shared, "data", "hhs")
    files = [os.path.join(hhs, f) for f in ("breach_report_archive.csv", "breach_report_open.csv")]
    if not all(os.path.isfile(f) for f in files):
        print("skip: HHS data not found (set LEAKWATCH_SHARED)")
        return 77
    rows = []
    placeholders = 0  # "\\N", a database NULL exported as text: no description at all
    for f in files:
        with open(f, encoding="utf-8", errors="replace", newline="") as fh:
            for r in csv.DictReader(fh):
                text = (r.get("Web Description") or "").strip()
                if text == "\\N":
                    placeholders += 1
                elif text:
                    rows.append(r)
    if a.limit:
        rows = rows[:a.limit]
    recs = extract_all(a.bin, [r["Web Description"] for r in rows])
    n = len(rows)
    failed = sum(1 for x in recs if x is None)
    given = exact = close = 0
    type_total = type_ok = type_given = 0
    for row, rec in zip(rows, recs):
        if rec is None:
            continue
        want = int(row["Individuals Affected"]) if row["Individuals Affected"].isdigit() else None
        got = rec["affected"]["persons"]
        if got is not None:
            given += 1
            if want is not None and got == want:
                exact += 1
            if want and abs(got - want) <= max(1, want // 100):
                close += 1
        kinds = {k.strip() for k in row["Type of Breach"].split(",")}
        kinds.discard("")
        if kinds and kinds <= set(COARSE.values()):
            type_total += 1
            coarse = COARSE.get(rec["incident_type"])
            if coarse:
                type_given += 1
            if coarse in kinds:
                type_ok += 1
    pct = lambda x, y: f"{100.0 * x / y:.1f}%" if y else "n/a"
    print(f"rows with a description: {n} (extraction failed on {failed}); "
          f"{placeholders} rows whose description is the placeholder \\N left out")
    print(f"persons: stated by the extractor on {given} rows ({pct(given, n)}); "
          f"equal to Individuals Affected on {exact} ({pct(exact, n)} of all rows, "
          f"{pct(exact, given)} of rows with a number); within 1% on {close}")
    print(f"type: {type_ok} of {type_total} rows agree with Type of Breach ({pct(type_ok, type_total)}); "
          f"a mappable type given on {type_given} ({pct(type_ok, type_given)} agreement where given)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
