#!/usr/bin/env python3
"""Integration tests of `leakwatch ingest|search|show|stats` against the real
binary ($LEAKWATCH_BINARY) on temporary database files."""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import unittest

BINARY = os.environ.get("LEAKWATCH_BINARY", "build/leakwatch")
SOURCE = os.environ.get("LEAKWATCH_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
DEMO = os.path.join(SOURCE, "data", "demo")


def record(i, **over):
    """A valid incident record, varied by i."""
    ja = i % 2 == 0
    r = {
        "schema": "leakwatch.incident/1",
        "id": f"2024-01-{1 + i % 28:02d}-test-{i}",
        "language": "ja" if ja else "en",
        "title": (f"国民健康保険被保険者証の誤送付について（第{i}報）" if ja
                  else f"Lost USB stick with student grades, notice {i}"),
        "organization": {"name": "テスト市役所" if ja else "Test School District",
                         "sector": "government" if ja else "education",
                         "country": "JP" if ja else "US",
                         "region": "大阪府" if ja else "Ohio", "locality": None},
        "announced_date": f"2024-01-{1 + i % 28:02d}",
        "incident_date": None,
        "incident_type": "misdelivery_mail" if ja else "loss",
        "affected": {"persons": 10 + i, "households": None, "records": None},
        "data_items": ["insurance_number", "name"] if ja else ["name", "school_or_grade"],
        "data_items_raw": ["氏名"] if ja else ["names"],
        "cause": "確認不足により別人あての封筒に封入した" if ja else "A teacher lost a ＵＳＢ stick on the bus",
        "timeline": [], "response": [], "prevention": [], "contact": None,
        "sources": [], "evidence": {},
    }
    r.update(over)
    return r


class CliTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="lw-cli-")
        self.dir = self.tmp.name
        self.db = os.path.join(self.dir, "test.db")

    def tearDown(self):
        self.tmp.cleanup()

    def run_lw(self, *args, db=None, timeout=120):
        cmd = [BINARY, "--db", db or self.db, *args]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)

    def write(self, name, content, mode="w"):
        path = os.path.join(self.dir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, mode) as f:
            f.write(content)
        return path

    def count(self):
        con = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True)
        try:
            return con.execute("SELECT count(*) FROM incidents").fetchone()[0]
        finally:
            con.close()

    # --- ingest ---

    def test_ingest_demo_and_reingest_changes_nothing(self):
        r = self.run_lw("ingest", DEMO)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertRegex(r.stderr, r"inserted (\d+), updated 0, unchanged 0, failed 0")
        inserted = int(r.stderr.split("inserted ")[1].split(",")[0])
        self.assertGreater(inserted, 20)
        # Pairing: a record beside its notice is stored with the notice as its source,
        # and the notice is not extracted on its own.
        names = set(os.listdir(DEMO))
        paired = [n for n in names if n.endswith(".json") and
                  any(n[:-5] + ext in names for ext in (".txt", ".html", ".htm"))]
        self.assertGreater(len(paired), 20)
        con = sqlite3.connect(self.db)
        kinds = dict(con.execute("SELECT source_kind, count(*) FROM incident_sources GROUP BY 1").fetchall())
        con.close()
        self.assertEqual(kinds.get("notice"), len(paired))
        self.assertEqual(inserted, len([n for n in names if n.endswith(".json")]) +
                         len([n for n in names if n.endswith((".txt", ".html", ".htm"))]) - len(paired))
        again = self.run_lw("ingest", DEMO)
        self.assertEqual(again.returncode, 0, again.stderr)
        self.assertIn(f"inserted 0, updated 0, unchanged {inserted}, failed 0", again.stderr)

    def test_json_array_and_jsonl(self):
        self.write("a.json", json.dumps([record(0), record(1)]))
        self.write("b.jsonl", "\n".join(json.dumps(record(i)) for i in range(2, 6)) + "\n\n")
        r = self.run_lw("ingest", os.path.join(self.dir, "a.json"), os.path.join(self.dir, "b.jsonl"))
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("inserted 6, updated 0, unchanged 0, failed 0", r.stderr)
        changed = record(3, title="A different title")
        self.write("c.jsonl", json.dumps(changed) + "\n")
        r = self.run_lw("ingest", "-q", os.path.join(self.dir, "c.jsonl"))
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, "")  # --quiet
        r = self.run_lw("ingest", os.path.join(self.dir, "b.jsonl"))
        self.assertIn("inserted 0, updated 1, unchanged 3", r.stderr)

    # --- search, show, stats ---

    def test_search_show_stats(self):
        r = self.run_lw("ingest", "-q", DEMO)
        self.assertEqual(r.returncode, 0, r.stderr)
        for query in ["保険", "誤送付", "ＵＳＢメモリ", "usb", "ransomware", "\"patient records\"", "盗"]:
            r = self.run_lw("search", query, "--json", "--limit", "1000")
            self.assertEqual(r.returncode, 0, f"{query}: {r.stderr}")
            lines = r.stdout.splitlines()
            self.assertGreater(len(lines), 0, query)
            for line in lines:
                self.assertEqual(json.loads(line)["schema"], "leakwatch.incident/1")
        r = self.run_lw("search", "保険", "--json")
        hokensho = [json.loads(l)["id"] for l in r.stdout.splitlines()]
        self.assertIn("2023-06-09-yokohama-kohoku-kokuho-gosofu", hokensho)
        # Readable output, the snippet included; total and cursor on stderr.
        r = self.run_lw("search", "誤送付", "--limit", "1")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("id: ", r.stdout)
        self.assertIn("next page: --cursor ", r.stderr)
        cursor = r.stderr.split("--cursor ")[1].split()[0]
        r2 = self.run_lw("search", "誤送付", "--limit", "1", "--cursor", cursor)
        self.assertEqual(r2.returncode, 0, r2.stderr)
        self.assertNotEqual(r.stdout, r2.stdout)
        # Filters and sorts.
        r = self.run_lw("search", "", "--country", "jp", "--type", "misdelivery_mail", "--sort", "date",
                        "--json", "--limit", "1000")
        self.assertEqual(r.returncode, 0, r.stderr)
        recs = [json.loads(l) for l in r.stdout.splitlines()]
        self.assertTrue(recs)
        self.assertTrue(all(x["organization"]["country"] == "JP" and x["incident_type"] == "misdelivery_mail"
                            for x in recs))
        dates = [x["announced_date"] or x["incident_date"] for x in recs]
        self.assertEqual(dates, sorted(dates, reverse=True))
        r = self.run_lw("search", "", "--sort", "size", "--min-affected", "1000", "--json")
        sizes = [json.loads(l)["affected"]["persons"] or json.loads(l)["affected"]["records"]
                 for l in r.stdout.splitlines()]
        self.assertTrue(sizes and all(s >= 1000 for s in sizes) and sizes == sorted(sizes, reverse=True))
        # Nothing found: exit 1.
        r = self.run_lw("search", "zzzyyyxxx")
        self.assertEqual(r.returncode, 1)
        # Bad arguments: exit 2 with the reason.
        for args, msg in [(["--type", "nope"], "--type: unknown value 'nope'"),
                          (["--sort", "nope"], "--sort: unknown value"),
                          (["--from", "2024-13-01"], "not a YYYY-MM-DD date"),
                          (["--cursor", "garbage!"], "malformed cursor"),
                          (["--limit", "0"], "limit must be within 1..1000")]:
            r = self.run_lw("search", "x", *args)
            self.assertEqual(r.returncode, 2, f"{args}: {r.stderr}")
            self.assertIn(msg, r.stderr)
        # show
        r = self.run_lw("show", "2023-06-09-yokohama-kohoku-kokuho-gosofu")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("横浜市港北区役所", r.stdout)
        self.assertIn("stored from    notice: ", r.stdout)
        r = self.run_lw("show", "2023-06-09-yokohama-kohoku-kokuho-gosofu", "--json")
        self.assertEqual(json.loads(r.stdout)["affected"]["persons"], 5)
        r = self.run_lw("show", "no-such-id")
        self.assertEqual(r.returncode, 1)
        self.assertIn("no incident with id 'no-such-id'", r.stderr)
        # stats
        r = self.run_lw("stats", "--json")
        self.assertEqual(r.returncode, 0, r.stderr)
        st = json.loads(r.stdout)
        self.assertGreater(st["incidents"], 20)
        self.assertEqual(sum(sum(y["types"].values()) for y in st["per_year"]), st["incidents"])
        r = self.run_lw("stats")
        self.assertIn("by sector", r.stdout)

    def test_missing_database(self):
        r = self.run_lw("search", "x", db=os.path.join(self.dir, "absent.db"))
        self.assertEqual(r.returncode, 3)
        self.assertIn("no such database file", r.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.dir, "absent.db")))

    # --- bad input ---

    def ingest_one(self, name, content, mode="w"):
        path = self.write(name, content, mode)
        return self.run_lw("ingest", path), path

    def test_malformed_json(self):
        r, path = self.ingest_one("bad.json", '{"id": "x", ')
        self.assertEqual(r.returncode, 2)
        self.assertIn(f"{path}: malformed JSON at byte", r.stderr)

    def test_number_too_large_for_a_double_is_an_error_not_a_crash(self):
        # nlohmann throws out_of_range (not parse_error) for 1e400; it once
        # escaped and aborted ingest.
        text = json.dumps(record(0))[:-1] + ', "extra": 1e400}'
        for name in ["big.json", "big.jsonl"]:
            r, path = self.ingest_one(name, text)
            self.assertEqual(r.returncode, 2, r.stderr)
            self.assertIn("malformed JSON", r.stderr)
            self.assertIn("number overflow", r.stderr)

    def test_malformed_jsonl_line_names_the_line(self):
        lines = [json.dumps(record(0)), "{not json", json.dumps(record(2))]
        r, path = self.ingest_one("x.jsonl", "\n".join(lines))
        self.assertEqual(r.returncode, 2)
        self.assertIn(f"{path}:2: malformed JSON at byte", r.stderr)
        self.assertIn("inserted 2, updated 0, unchanged 0, failed 1", r.stderr)

    def test_wrong_enum(self):
        r, path = self.ingest_one("e.json", json.dumps(record(0, incident_type="spilled_coffee")))
        self.assertEqual(r.returncode, 2)
        self.assertIn(f"{path}: field incident_type: unknown value 'spilled_coffee'", r.stderr)
        r, path = self.ingest_one("arr.json", json.dumps([record(0), record(1, language="fr")]))
        self.assertEqual(r.returncode, 2)
        self.assertIn(f"{path}: record 2: field language", r.stderr)
        self.assertIn("inserted 1,", r.stderr)

    def test_huge_file_is_refused_quickly(self):
        for name in ["huge.json", "huge.jsonl", "huge.txt"]:
            path = os.path.join(self.dir, name)
            subprocess.run(["truncate", "-s", "1G", path], check=True)
            start = time.monotonic()
            r = self.run_lw("ingest", path)
            self.assertLess(time.monotonic() - start, 5, name)
            self.assertEqual(r.returncode, 2, r.stderr)
            self.assertIn(f"{path}: 1073741824 bytes is over the limit of", r.stderr)
            os.remove(path)

    def test_non_utf8_is_refused_naming_the_offset(self):
        good = json.dumps(record(0)) + "\n"
        bad = json.dumps(record(1)).replace("Lost", "L\udcffst", 1)
        path = self.write("latin1.jsonl", good.encode() + bad.encode("utf-8", "surrogateescape") + b"\n", "wb")
        r = self.run_lw("ingest", path)
        self.assertEqual(r.returncode, 2)
        offset = len(good.encode()) + bad.encode("utf-8", "surrogateescape").index(b"\xff")
        self.assertIn(f"{path}:2: not UTF-8 at byte {offset}", r.stderr)
        r, path = self.ingest_one("latin1.json", b'{"id": "caf\xe9"}', "wb")
        self.assertEqual(r.returncode, 2)
        self.assertIn(f"{path}: not UTF-8 at byte 11", r.stderr)

    def test_unreadable_paths(self):
        r = self.run_lw("ingest", os.path.join(self.dir, "nowhere.json"))
        self.assertEqual(r.returncode, 2)
        self.assertIn("nowhere.json: no such file or directory", r.stderr)
        r, path = self.ingest_one("notes.md", "# hello")
        self.assertEqual(r.returncode, 2)
        self.assertIn("not an ingestible file", r.stderr)

    def test_directory_of_mixed_files(self):
        self.write("mixed/a/good1.json", json.dumps(record(0)))
        self.write("mixed/a/bad1.json", "[1, 2")
        self.write("mixed/b/good2.jsonl", json.dumps(record(1)) + "\n" + json.dumps(record(2)) + "\n")
        self.write("mixed/b/bad2.jsonl", json.dumps(record(3, announced_date="yesterday")) + "\n")
        self.write("mixed/README.md", "ignored: not an input format")
        r = self.run_lw("ingest", os.path.join(self.dir, "mixed"))
        self.assertEqual(r.returncode, 2)
        self.assertIn("bad1.json: malformed JSON", r.stderr)
        self.assertIn("bad2.jsonl:1: field announced_date", r.stderr)
        self.assertIn("inserted 3, updated 0, unchanged 0, failed 2", r.stderr)
        self.assertEqual(self.count(), 3)
        # Files are taken in sorted order: errors appear in path order.
        self.assertLess(r.stderr.index("bad1.json"), r.stderr.index("bad2.jsonl"))

    def test_not_a_database(self):
        with open(self.db, "w") as f:
            f.write("x" * 4096)
        self.write("ok.json", json.dumps(record(0)))
        r = self.run_lw("ingest", os.path.join(self.dir, "ok.json"))
        self.assertEqual(r.returncode, 3)
        self.assertIn(self.db, r.stderr)

    # --- crash safety ---

    def test_kill_9_midway_leaves_whole_batches(self):
        batch = 500
        n = 40000
        path = os.path.join(self.dir, "big.jsonl")
        with open(path, "w") as f:
            for i in range(n):
                f.write(json.dumps(record(i), ensure_ascii=False) + "\n")
        proc = subprocess.Popen([BINARY, "--db", self.db, "ingest", "-q", "--batch-size", str(batch), path],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        seen = 0
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                seen = self.count()
            except sqlite3.Error:
                seen = 0
            if seen >= 3 * batch:
                break
            time.sleep(0.01)
        self.assertIsNone(proc.poll(), "ingest finished before it could be killed; make the input larger")
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        con = sqlite3.connect(self.db)
        self.assertEqual(con.execute("PRAGMA integrity_check").fetchone()[0], "ok")
        stored = con.execute("SELECT count(*) FROM incidents").fetchone()[0]
        con.close()
        self.assertGreaterEqual(stored, 3 * batch)
        self.assertLess(stored, n)
        self.assertEqual(stored % batch, 0, f"{stored} is not a whole number of batches")
        # The file still works, and finishing the ingest stores the rest.
        r = self.run_lw("search", "保険", "--limit", "1")
        self.assertEqual(r.returncode, 0, r.stderr)
        r = self.run_lw("ingest", "--batch-size", str(batch), path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn(f"inserted {n - stored}, updated 0, unchanged {stored}, failed 0", r.stderr)
        self.assertEqual(self.count(), n)


if __name__ == "__main__":
    unittest.main()
