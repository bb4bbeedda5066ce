#!/usr/bin/env python3
"""Groonga side of the store benchmark.

  groonga.py load CORPUS.jsonl > load.grn
      the schema (TokenBigram + NormalizerAuto) and a load command for the corpus,
      indexing the same text leakwatch indexes (src/store/search_document.cc)
  groonga.py queries ITERATIONS > queries.grn
      the benchmark queries, each ITERATIONS times (+5 warm-up runs)
  groonga.py times ITERATIONS < output
      p50/p99 of each query from the elapsed times Groonga reports itself
"""
import json
import sys

SCHEMA = """table_create Incidents TABLE_HASH_KEY ShortText
column_create Incidents title COLUMN_SCALAR Text
column_create Incidents body COLUMN_SCALAR LongText
column_create Incidents type COLUMN_SCALAR ShortText
column_create Incidents sector COLUMN_SCALAR ShortText
column_create Incidents country COLUMN_SCALAR ShortText
column_create Incidents region COLUMN_SCALAR ShortText
column_create Incidents year COLUMN_SCALAR ShortText
column_create Incidents size COLUMN_SCALAR Int64
column_create Incidents items COLUMN_VECTOR ShortText
table_create Terms TABLE_PAT_KEY ShortText --default_tokenizer TokenBigram --normalizer NormalizerAuto
column_create Terms idx COLUMN_INDEX|WITH_POSITION|WITH_SECTION Incidents title,body
"""

# name, select arguments
QUERIES = [
    ("ja_2char_hoken", "--query '保険'"),
    ("en_word_laptop", "--query 'laptop'"),
    ("filtered_facets", "--query '誤送付' --filter 'country == \"JP\" && type == \"misdelivery_mail\"' "
                        "--drilldown 'type,sector,country,region,year,items' --drilldown_limit 100"),
]


def document(r):
    org = r.get("organization") or {}
    title = "\n".join(x for x in [r.get("title"), org.get("name")] if x)
    body = [org.get("region"), org.get("locality"), *r.get("data_items_raw", []), r.get("cause"),
            *[t["text"] for t in r.get("timeline", [])], *r.get("response", []), *r.get("prevention", []),
            r.get("contact"), *[s.get("title") for s in r.get("sources", [])]]
    return title, "\n".join(x for x in body if x)


def load(path):
    out = sys.stdout
    out.write(SCHEMA)
    out.write("load --table Incidents\n[\n")
    first = True
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            org = r.get("organization") or {}
            title, body = document(r)
            date = r.get("announced_date") or r.get("incident_date") or ""
            aff = r.get("affected") or {}
            size = aff.get("persons") if aff.get("persons") is not None else aff.get("records")
            doc = {"_key": r["id"], "title": title, "body": body, "type": r["incident_type"],
                   "sector": org.get("sector") or "", "country": org.get("country") or "",
                   "region": org.get("region") or "", "year": date[:4],
                   "size": -1 if size is None else size, "items": r.get("data_items", [])}
            if not first:
                out.write(",\n")
            first = False
            out.write(json.dumps(doc, ensure_ascii=False))
    out.write("\n]\n")


def queries(iterations):
    for name, args in QUERIES:
        for _ in range(iterations + 5):
            print(f"select Incidents --match_columns 'title * 4 || body' {args} "
                  f"--output_columns '_key,_score,title,snippet_html(body)' --sort_keys '-_score,_id' "
                  f"--limit 20 --cache no")


def times(iterations):
    elapsed = []
    hits = []
    for line in sys.stdin:
        line = line.strip()
        if not line.startswith("[[") or '"Incidents"' in line[:20]:
            continue
        try:
            resp = json.loads(line)
        except json.JSONDecodeError:
            continue
        header = resp[0]
        if header[0] != 0:
            sys.exit(f"groonga error: {header}")
        elapsed.append(header[2] * 1000)
        body = resp[1]
        hits.append(body[0][0][0] if body and body[0] and body[0][0] else 0)
    per = iterations + 5
    if len(elapsed) != per * len(QUERIES):
        sys.exit(f"groonga: expected {per * len(QUERIES)} responses, got {len(elapsed)}")
    for i, (name, _) in enumerate(QUERIES):
        ms = sorted(elapsed[i * per + 5:(i + 1) * per])
        pct = lambda p: ms[min(len(ms) - 1, int(p * len(ms)))]
        print(f"{name} {pct(0.5):.3f} {pct(0.99):.3f} {hits[i * per]}")


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "load":
        load(sys.argv[2])
    elif cmd == "queries":
        queries(int(sys.argv[2]))
    elif cmd == "times":
        times(int(sys.argv[2]))
    else:
        sys.exit(__doc__)
