#!/usr/bin/env python3
"""Drives `leakwatch extract` as a user would: JSON Lines out, one record per
file, per-file errors on stderr with a non-zero exit, bad input never crashes,
records valid against the shared JSON Schema (when LEAKWATCH_SHARED is set)."""
import json, os, subprocess, sys, tempfile, time, unittest

BIN = os.environ["LEAKWATCH_BINARY"]
SHARED = os.environ.get("LEAKWATCH_SHARED", "")

JA = ("個人情報の誤送付について\n[2020年4月2日]\n"
      "大阪市北区役所において、3世帯8名の氏名・住所・生年月日を誤送付しました。\n")
EN = ("Notice of Data Security Incident\nMarch 3, 2023\n"
      "On January 9, 2023, Acme Health (\"Acme\") found that a laptop was stolen. "
      "It held names, addresses and dates of birth of approximately 1,200 patients.\n")


def run(*args, stdin=None):
    return subprocess.run([BIN, "extract", *args], input=stdin, capture_output=True, timeout=60)


class ExtractCli(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.dir.cleanup()

    def write(self, name, data):
        p = os.path.join(self.dir.name, name)
        with open(p, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        return p

    def test_one_record_per_file(self):
        a, b = self.write("a.txt", JA), self.write("b.txt", EN)
        r = run("--json", a, b)
        self.assertEqual(r.returncode, 0, r.stderr)
        lines = r.stdout.decode().splitlines()
        self.assertEqual(len(lines), 2)
        ja, en = json.loads(lines[0]), json.loads(lines[1])
        self.assertEqual((ja["language"], ja["affected"]["persons"], ja["incident_type"]),
                         ("ja", 8, "misdelivery_mail"))
        self.assertEqual(ja["organization"]["region"], "大阪府")
        self.assertEqual((en["language"], en["affected"]["persons"], en["incident_type"]),
                         ("en", 1200, "theft"))
        self.assertEqual(en["announced_date"], "2023-03-03")

    def test_standard_input(self):
        # "-" reads a notice from a pipe, as a file would be read; the same record.
        r = run("-", stdin=JA.encode("utf-8"))
        self.assertEqual(r.returncode, 0, r.stderr)
        from_pipe = json.loads(r.stdout)
        f = run(self.write("a.txt", JA))
        from_file = json.loads(f.stdout)
        self.assertEqual(from_pipe["affected"], {"persons": 8, "households": 3, "records": None})
        self.assertEqual(from_pipe["organization"], from_file["organization"])
        # An over-large pipe is refused like an over-large file, not read to the end.
        big = run("-", stdin=b"a" * (51 * 1024 * 1024))
        self.assertNotEqual(big.returncode, 0)
        self.assertIn(b"over the limit", big.stderr)

    def test_url_and_lang(self):
        a = self.write("a.txt", JA)
        r = run("--url", "https://www.city.osaka.lg.jp/x/123.html", "--lang", "ja", a)
        rec = json.loads(r.stdout)
        self.assertEqual(rec["sources"][0]["url"], "https://www.city.osaka.lg.jp/x/123.html")
        self.assertEqual(rec["id"], "2020-04-02-city-osaka-123")
        self.assertEqual(run("--lang", "fr", a).returncode, 2)

    def test_errors_are_per_file(self):
        good = self.write("good.txt", JA)
        empty = self.write("empty.txt", b"")
        binary = self.write("bin.dat", bytes(range(256)) * 10)
        missing = os.path.join(self.dir.name, "missing.txt")
        r = run(empty, good, binary, missing)
        self.assertNotEqual(r.returncode, 0)
        self.assertEqual(len(r.stdout.decode().splitlines()), 1)
        err = r.stderr.decode()
        for name in ("empty.txt", "bin.dat", "missing.txt"):
            self.assertIn(name, err)

    def test_bad_input_never_crashes(self):
        cases = {
            "invalid_utf8.txt": b"\xff\xfe\xfd abc \x80\x80 2020/01/02",
            "nested.html": b"<div>" * 200000 + "紛失 5名".encode(),
            "broken.html": b"<html><body><p>unclosed <table><tr><td>x<script>",
            "sjis.txt": "USBメモリの紛失について\n令和5年4月1日\n".encode("cp932"),
            "eucjp.txt": "USBメモリの紛失について\n令和5年4月1日\n".encode("euc_jp"),
            "nodates.txt": "お知らせ\n特記事項はありません。\n".encode(),
        }
        for name, data in cases.items():
            r = run(self.write(name, data))
            self.assertIn(r.returncode, (0, 2), name)
            if r.returncode == 0:
                json.loads(r.stdout)
        sj = json.loads(run(self.write("s.txt", cases["sjis.txt"])).stdout)
        self.assertEqual((sj["incident_type"], sj["announced_date"]), ("loss", "2023-04-01"))

    def test_large_input_is_linear_or_refused(self):
        big = self.write("big.txt", ("紛失 1名 2020年1月2日 " * 400000).encode())  # ~12 MB
        t0 = time.time()
        r = run(big)
        self.assertIn(r.returncode, (0, 2))
        self.assertLess(time.time() - t0, 60)
        huge = self.write("huge.txt", b"a" * (50 << 20))
        r = run(huge)
        self.assertEqual(r.returncode, 2)
        self.assertIn(b"over the limit", r.stderr)

    def test_schema_valid(self):
        schema_p = os.path.join(SHARED, "spec", "incident.schema.json")
        if not os.path.isfile(schema_p):
            self.skipTest("LEAKWATCH_SHARED spec not available")
        import jsonschema
        schema = json.load(open(schema_p, encoding="utf-8"))
        for text in (JA, EN):
            rec = json.loads(run(self.write("x.txt", text)).stdout)
            jsonschema.validate(rec, schema)


if __name__ == "__main__":
    unittest.main()
