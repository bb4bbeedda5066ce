#!/usr/bin/env python3
"""Check leakwatch's demo data and labelled extraction cases.

usage: check_corpus.py PROJECT_SOURCE_DIR

- every data/demo record validates against $LEAKWATCH_SHARED/spec/incident.schema.json
  (skipped, with a note, when LEAKWATCH_SHARED is unset or jsonschema is missing);
  the vocabularies below are checked in any case;
- every incident_type appears in >= 2 demo records, every data item in >= 1;
- ids are unique and start with the record's announced date;
- every notice (.txt/.html) has its record (.json) and vice versa;
- every case folder under tests/extract/cases and every dev* and holdout* set there has
  source.txt, meta.json and expected.json, with labels in the vocabularies
  (dev2 and dev3 leave out the two free-text keys, so they are not checked);
- every demo notice has its tuning case (same source bytes).
Exit 0 when all pass, 1 on any failure, 77 when the project dir is unusable.
"""
import datetime
import json
import os
import re
import sys
from collections import Counter

INCIDENT_TYPES = ["misdelivery_mail", "misdelivery_email", "misdelivery_fax", "loss", "theft",
                  "unauthorized_access", "malware_ransomware", "misconfiguration_exposure",
                  "insider_misuse", "improper_disposal", "other"]
DATA_ITEMS = ["name", "address", "date_of_birth", "sex", "phone", "email", "insurance_number",
              "my_number_or_ssn", "account_number", "credit_card", "password", "health_information",
              "financial_information", "photo", "school_or_grade", "employment_information",
              "drivers_license_or_id", "other"]
SECTORS = ["government", "healthcare", "education", "finance", "retail", "telecom", "it",
           "manufacturing", "other", None]
LABEL_KEYS = ["language", "organization", "announced_date", "incident_date", "incident_type",
              "affected_persons", "affected_households", "affected_records", "data_items",
              "prefecture_or_state", "cause_summary", "prevention_measures"]

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def is_date(v):
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return False
    try:
        datetime.date.fromisoformat(v)
        return True
    except ValueError:
        return False


def check_count(where, key, v):
    if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
        err(where, f"{key} must be a non-negative integer or null, got {v!r}")


def check_items(where, items):
    if not isinstance(items, list):
        err(where, "data_items must be a list")
        return
    for x in items:
        if x not in DATA_ITEMS:
            err(where, f"unknown data item {x!r}")
    if items != sorted(set(items)):
        err(where, "data_items must be sorted and without duplicates")


def load_validator(where):
    shared = os.environ.get("LEAKWATCH_SHARED")
    if not shared:
        print("note: LEAKWATCH_SHARED unset, schema validation skipped (vocabulary checks still run)")
        return None
    path = os.path.join(shared, "spec", "incident.schema.json")
    try:
        import jsonschema
    except ImportError:
        print("note: python3-jsonschema missing, schema validation skipped")
        return None
    try:
        schema = json.load(open(path, encoding="utf-8"))
    except (OSError, ValueError) as e:
        err(path, f"cannot read schema: {e}")
        return None
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def check_demo(root):
    demo = os.path.join(root, "data", "demo")
    if not os.path.isdir(demo):
        err(demo, "missing")
        return
    validator = load_validator(demo)
    files = sorted(os.listdir(demo))
    stems_notice = {os.path.splitext(f)[0] for f in files if f.endswith((".txt", ".html"))}
    stems_record = {os.path.splitext(f)[0] for f in files if f.endswith(".json")}
    for s in sorted(stems_notice - stems_record):
        err(f"data/demo/{s}", "notice without its record (.json)")
    for s in sorted(stems_record - stems_notice):
        err(f"data/demo/{s}.json", "record without its notice (.txt/.html)")
    for f in files:
        if f == "README.md" or not f.endswith((".txt", ".html", ".json")):
            continue
        if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.(txt|html|json)", f):
            err(f"data/demo/{f}", "name must be NNN-slug.txt|html|json")
    langs, types, items, ids = Counter(), Counter(), Counter(), Counter()
    for s in sorted(stems_record):
        where = f"data/demo/{s}.json"
        try:
            rec = json.load(open(os.path.join(demo, s + ".json"), encoding="utf-8"))
        except ValueError as e:
            err(where, f"not JSON: {e}")
            continue
        if validator is not None:
            for e in validator.iter_errors(rec):
                err(where, f"schema: {'/'.join(map(str, e.absolute_path))}: {e.message}")
        if rec.get("schema") != "leakwatch.incident/1":
            err(where, "schema must be leakwatch.incident/1")
        if rec.get("incident_type") not in INCIDENT_TYPES:
            err(where, f"unknown incident_type {rec.get('incident_type')!r}")
        if rec.get("language") not in ("ja", "en"):
            err(where, f"language must be ja or en, got {rec.get('language')!r}")
        org = rec.get("organization") or {}
        if org.get("sector") not in SECTORS:
            err(where, f"unknown sector {org.get('sector')!r}")
        if not org.get("name"):
            err(where, "organization.name missing")
        check_items(where, rec.get("data_items"))
        ann = rec.get("announced_date")
        if not is_date(ann):
            err(where, f"announced_date must be a real YYYY-MM-DD date, got {ann!r}")
        if rec.get("incident_date") is not None and not is_date(rec.get("incident_date")):
            err(where, f"bad incident_date {rec.get('incident_date')!r}")
        if is_date(ann) and is_date(rec.get("incident_date")) and rec["incident_date"] > ann:
            err(where, "incident_date after announced_date")
        rid = rec.get("id") or ""
        slug = s.split("-", 1)[1] if "-" in s else s
        if not (isinstance(ann, str) and rid.startswith(ann + "-")):
            err(where, f"id {rid!r} must start with the announced date {ann!r}")
        elif rid != f"{ann}-{slug}":
            err(where, f"id {rid!r} should be {ann}-{slug}")
        for k in ("persons", "households", "records"):
            check_count(where, "affected." + k, (rec.get("affected") or {}).get(k))
        for t in rec.get("timeline") or []:
            if t.get("date") is not None and not is_date(t.get("date")):
                err(where, f"timeline date {t.get('date')!r}")
        if not rec.get("sources") or not (rec["sources"][0] or {}).get("url"):
            err(where, "sources[0].url missing")
        for k in ("title", "cause", "contact"):
            if rec.get(k) == "":
                err(where, f"{k} is an empty string (use null)")
        ids[rid] += 1
        langs[rec.get("language")] += 1
        types[rec.get("incident_type")] += 1
        for x in rec.get("data_items") or []:
            items[x] += 1
    for rid, n in ids.items():
        if n > 1:
            err("data/demo", f"id {rid!r} used {n} times")
    for t in INCIDENT_TYPES:
        if types[t] < 2:
            err("data/demo", f"incident_type {t} appears {types[t]} times (need >= 2)")
    for x in DATA_ITEMS:
        if items[x] < 1:
            err("data/demo", f"data item {x} never appears")
    print(f"demo: {len(stems_record)} records ({dict(langs)}); types {dict(sorted(types.items()))}")


def check_cases(root, sub):
    d = os.path.join(root, "tests", "extract", sub)
    if not os.path.isdir(d):
        err(f"tests/extract/{sub}", "missing")
        return 0
    n = 0
    for c in sorted(os.listdir(d)):
        p = os.path.join(d, c)
        if not os.path.isdir(p):
            continue
        where = f"tests/extract/{sub}/{c}"
        n += 1
        for f in ("source.txt", "meta.json", "expected.json"):
            if not os.path.isfile(os.path.join(p, f)):
                err(where, f"missing {f}")
        if os.path.isfile(os.path.join(p, "source.txt")) and os.path.getsize(os.path.join(p, "source.txt")) == 0:
            err(where, "empty source.txt")
        try:
            meta = json.load(open(os.path.join(p, "meta.json"), encoding="utf-8"))
            if not isinstance(meta, dict) or "url" not in meta or "title" not in meta:
                err(where, "meta.json needs url and title")
        except (OSError, ValueError) as e:
            err(where, f"meta.json: {e}")
        try:
            exp = json.load(open(os.path.join(p, "expected.json"), encoding="utf-8"))
        except (OSError, ValueError) as e:
            err(where, f"expected.json: {e}")
            continue
        if sorted(exp) != sorted(LABEL_KEYS):
            err(where, f"expected.json keys must be exactly {LABEL_KEYS}")
        if exp.get("language") not in ("ja", "en"):
            err(where, f"language {exp.get('language')!r}")
        if exp.get("incident_type") not in INCIDENT_TYPES:
            err(where, f"unknown incident_type {exp.get('incident_type')!r}")
        check_items(where, exp.get("data_items"))
        for k in ("announced_date", "incident_date"):
            if exp.get(k) is not None and not is_date(exp.get(k)):
                err(where, f"bad {k} {exp.get(k)!r}")
        for k in ("affected_persons", "affected_households", "affected_records"):
            check_count(where, k, exp.get(k))
        for k in ("organization", "prefecture_or_state", "cause_summary"):
            if exp.get(k) is not None and (not isinstance(exp.get(k), str) or not exp.get(k)):
                err(where, f"{k} must be a non-empty string or null")
        if not isinstance(exp.get("prevention_measures"), list):
            err(where, "prevention_measures must be a list")
    print(f"{sub}: {n} cases")
    return n


def check_tuning_matches_demo(root):
    """The tuning cases are derived from the demo pairs by scripts/make-eval-cases."""
    demo = os.path.join(root, "data", "demo")
    cases = os.path.join(root, "tests", "extract", "cases")
    if not os.path.isdir(demo) or not os.path.isdir(cases):
        return
    for f in sorted(os.listdir(demo)):
        if not f.endswith((".txt", ".html")):
            continue
        n = f.split("-", 1)[0]
        src = os.path.join(cases, n, "source.txt")
        if not os.path.isfile(src) or open(src, "rb").read() != open(os.path.join(demo, f), "rb").read():
            err(f"tests/extract/cases/{n}", f"missing or stale, rerun scripts/make-eval-cases ({f})")


def labelled_sets(root):
    """dev* and holdout* under tests/extract, in name order; dev2 and dev3 are left
    out (they have no free-text keys)."""
    base = os.path.join(root, "tests", "extract")
    names = [n for n in os.listdir(base)
             if (n.startswith("dev") or n.startswith("holdout")) and os.path.isdir(os.path.join(base, n))]
    return sorted((n for n in names if n not in ("dev2", "dev3")),
                  key=lambda n: (n.rstrip("0123456789"), int(n.lstrip("devholut") or 0)))


def main():
    if len(sys.argv) != 2 or not os.path.isdir(sys.argv[1]):
        print(__doc__)
        return 77
    root = sys.argv[1]
    check_demo(root)
    check_cases(root, "cases")
    check_tuning_matches_demo(root)
    for sub in labelled_sets(root):
        check_cases(root, sub)
    for e in errors:
        print("FAIL", e)
    print(f"corpus check: {len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
