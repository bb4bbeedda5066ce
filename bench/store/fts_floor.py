#!/usr/bin/env python3
"""The floor under ingest: bare SQLite FTS5, nothing else, on the bench corpus.

    python3 bench/store/fts_floor.py CORPUS.jsonl [N]

Reads the first N (default 100,000) records that lw_bench_gen wrote, joins their
text fields (title, cause, timeline, response, prevention) and inserts them into
a bare FTS5 table in batches of 1,000, once with the built-in `unicode61`
tokenizer (a Japanese run is one token: far fewer tokens than ours) and once with
`trigram` (about as many tokens per character as our bigrams). No record JSON,
no other columns, no hashing: whatever leakwatch ingests cannot be faster than
this on the same machine. Prints documents per wall second and per CPU second.
Not a test; the figures go into the closing note of the store issue.
"""
import json
import os
import sqlite3
import sys
import tempfile
import time


def main():
    corpus = sys.argv[1]
    n_max = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    docs = []
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            if len(docs) >= n_max:
                break
            r = json.loads(line)
            parts = [r.get("title") or "", r.get("cause") or ""]
            parts += [t.get("text") or "" for t in r.get("timeline") or []]
            parts += list(r.get("response") or []) + list(r.get("prevention") or [])
            docs.append("\n".join(parts))
    n = len(docs)
    print(f"{n} documents, mean {sum(len(d.encode()) for d in docs) / n:.0f} bytes of text")
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_DIR")) as tmp:
        for tokenizer in ["unicode61", "trigram"]:
            db = sqlite3.connect(os.path.join(tmp, tokenizer + ".db"))
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute(f"CREATE VIRTUAL TABLE f USING fts5(body, tokenize='{tokenizer}')")
            cpu0, wall0 = time.process_time(), time.time()
            for i in range(0, n, 1000):
                with db:
                    db.executemany("INSERT INTO f(body) VALUES (?)", ((d,) for d in docs[i:i + 1000]))
            cpu, wall = time.process_time() - cpu0, time.time() - wall0
            size = os.path.getsize(os.path.join(tmp, tokenizer + ".db"))
            db.close()
            print(f"bare FTS5, {tokenizer:9}: {n / wall:8.0f} docs/s wall, {n / cpu:8.0f} docs/CPU-s, "
                  f"{size / n:6.0f} bytes/doc")


if __name__ == "__main__":
    main()
