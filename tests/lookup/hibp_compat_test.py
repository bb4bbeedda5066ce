#!/usr/bin/env python3
"""Every rule of shared/spec/hibp-compat.md, checked against the real server.

Builds small stores with `leakwatch hashes build` (both input layouts), ingests
the demo incidents, starts `leakwatch serve --hashes ...` on a free loopback
port and talks to it with http.client (stdlib only).
Usage: hibp_compat_test.py LEAKWATCH_BINARY SOURCE_DIR
"""
import gzip
import hashlib
import http.client
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

BIN = SRC = None
TMP = None
SERVERS = []
PORT = None

PASSWORDS = ["password", "", "123456", "hunter2", "correct horse battery staple"]
EMAIL = "Alice.Example@Example.COM "
PHONE = "06-6659-9945"


def sha1(s):
    return hashlib.sha1(s.encode()).hexdigest().upper()


def run(*args, check=True, stdin=None):
    p = subprocess.run([BIN, *args], capture_output=True, text=True, input=stdin, timeout=120)
    if check and p.returncode != 0:
        raise AssertionError(f"{args}: rc={p.returncode}\n{p.stderr}")
    return p


def start_server(db, stores, listen="127.0.0.1:0", extra=()):
    # No access log: nobody reads the pipe after start-up, and a full pipe would stall the server.
    args = [BIN, "--db", db, "serve", "--listen", listen, "--no-access-log"]
    for s in stores:
        args += ["--hashes", s]
    proc = subprocess.Popen(args + list(extra), stderr=subprocess.PIPE, text=True)
    SERVERS.append(proc)
    deadline = time.time() + 30
    while time.time() < deadline:
        line = proc.stderr.readline()
        m = re.search(r"listening on http://([^/]+)/", line)
        if m:
            hostport = m.group(1)
            host, port = hostport.rsplit(":", 1)
            return host.strip("[]"), int(port)
        if proc.poll() is not None:
            break
    raise AssertionError("server did not start: " + proc.stderr.read())


def request(method, path, headers=None, host="127.0.0.1", port=None):
    c = http.client.HTTPConnection(host, port or PORT, timeout=10)
    c.request(method, path, headers=headers or {})  # http.client sends no User-Agent
    r = c.getresponse()
    body = r.read()
    c.close()
    return r.status, {k.lower(): v for k, v in r.getheaders()}, r.getheaders(), body


def setUpModule():
    global TMP, PORT, COUNTS
    TMP = tempfile.mkdtemp(prefix="lw-hibp-")
    # Passwords: a HASH:COUNT file (LF) and the same set as per-prefix files (CRLF, BOM).
    COUNTS = {sha1(p): 10 + i for i, p in enumerate(PASSWORDS)}
    # 60 more in the bucket of "password" so gzip has something to compress.
    base = sha1("password")
    for i in range(60):
        COUNTS[base[:5] + hashlib.sha1(str(i).encode()).hexdigest().upper()[5:]] = i + 1
    with open(os.path.join(TMP, "pw.txt"), "w", newline="") as f:
        for h, c in COUNTS.items():
            f.write(f"{h}:{c}\n")
    folder = os.path.join(TMP, "prefixes")
    os.mkdir(folder)
    buckets = {}
    for h, c in COUNTS.items():
        buckets.setdefault(h[:5], []).append(f"{h[5:]}:{c}")
    for prefix, lines in buckets.items():
        with open(os.path.join(folder, prefix + ".txt"), "wb") as f:
            f.write(b"\xef\xbb\xbf" + "\r\n".join(sorted(lines)).encode())
    run("hashes", "build", "-o", os.path.join(TMP, "pw.lwh"), os.path.join(TMP, "pw.txt"))
    run("hashes", "build", "-o", os.path.join(TMP, "pw-folder.lwh"), folder)
    with open(os.path.join(TMP, "ntlm.txt"), "w") as f:
        f.write("8846F7EAEE8FB117AD06BDD830B7586C:7\r\n")  # NTLM("password")
    run("hashes", "build", "--type", "ntlm", "-o", os.path.join(TMP, "ntlm.lwh"),
        os.path.join(TMP, "ntlm.txt"))
    db = os.path.join(TMP, "demo.db")
    run("--db", db, "ingest", os.path.join(SRC, "data", "demo"))
    global INCIDENTS
    INCIDENTS = sorted(b for b in incident_ids(db))[:2]
    with open(os.path.join(TMP, "ids.csv"), "w") as f:
        f.write("email,incident_id\n")
        f.write(f"{EMAIL},{INCIDENTS[0]}\n{EMAIL.strip().lower()},{INCIDENTS[1]}\n")
        f.write(f"{PHONE},{INCIDENTS[1]}\n")
    run("hashes", "build", "--type", "identifiers", "-o", os.path.join(TMP, "ids.lwh"),
        os.path.join(TMP, "ids.csv"))
    stores = [os.path.join(TMP, n) for n in ("pw.lwh", "ntlm.lwh", "ids.lwh")]
    _, PORT = start_server(db, stores)


def incident_ids(db):
    p = run("--db", db, "export", "jsonl", check=False)
    if p.returncode == 0 and p.stdout.strip():
        return [json.loads(l)["id"] for l in p.stdout.splitlines() if l.strip()]
    import sqlite3
    return [r[0] for r in sqlite3.connect(db).execute("select id from incidents")]


def tearDownModule():
    for s in SERVERS:
        s.terminate()
        s.wait(10)
    shutil.rmtree(TMP, ignore_errors=True)


class PasswordRange(unittest.TestCase):
    def get(self, path, **headers):
        return request("GET", path, headers)

    def test_prefix_either_case(self):
        p = sha1("password")[:5]
        a = self.get("/range/" + p)
        b = self.get("/range/" + p.lower())
        self.assertEqual(a[0], 200)
        self.assertEqual(a[3], b[3])

    def test_bad_prefixes_are_400_with_hibp_text(self):
        # (A NUL byte, %00, is refused by the server before routing: 400 with its own text.)
        self.assertEqual(self.get("/range/%00%00%00%00%00")[0], 400)
        for bad in ["5BAA", "5BAA61", "GGGGG", "5BAA%20", "5baa6x", "-----", "%E3%81%82%E3%81%82",
                    "5BAA6" + "A" * 5000]:
            status, h, _, body = self.get("/range/" + bad)
            self.assertEqual(status, 400, bad[:20])
            self.assertEqual(body, b"The hash prefix was not in a valid format")
            self.assertEqual(h["content-type"], "text/plain")

    def test_huge_query_string_is_refused_cleanly(self):
        status, _, _, _ = self.get("/range/5BAA6?mode=" + "x" * 100000)
        self.assertIn(status, (400, 414, 431))
        self.assertEqual(self.get("/range/5BAA6")[0], 200)  # still serving

    def test_other_methods_405(self):
        for m in ["POST", "PUT", "DELETE", "PATCH"]:
            self.assertEqual(request(m, "/range/5BAA6")[0], 405, m)

    def test_head_and_options(self):
        status, h, _, body = request("HEAD", "/range/5BAA6")
        self.assertEqual((status, body), (200, b""))
        status, h, _, _ = request("OPTIONS", "/range/5BAA6",
                                  {"Origin": "https://x.example",
                                   "Access-Control-Request-Method": "GET",
                                   "Access-Control-Request-Headers": "add-padding"})
        self.assertIn(status, (200, 204))
        self.assertEqual(h["access-control-allow-methods"], "GET")
        self.assertEqual(h["access-control-allow-headers"], "Add-Padding")
        self.assertEqual(h["access-control-allow-origin"], "*")

    def test_body_format(self):
        h = sha1("password")
        status, headers, _, body = self.get(f"/range/{h[:5]}?mode=sha1")
        self.assertEqual(status, 200)
        text = body.decode()
        self.assertFalse(text.endswith("\r\n"))
        self.assertNotIn("\n", text.replace("\r\n", ""))
        lines = text.split("\r\n")
        suffixes = [l.split(":")[0] for l in lines]
        self.assertEqual(suffixes, sorted(suffixes))
        want = sorted(f"{k[5:]}:{v}" for k, v in COUNTS.items() if k.startswith(h[:5]))
        self.assertEqual(lines, want)
        for l in lines:
            self.assertRegex(l, r"^[0-9A-F]{35}:[1-9][0-9]*$")
        self.assertIn(f"{h[5:]}:10", lines)

    def test_empty_bucket_is_200_empty(self):
        taken = {k[:5] for k in COUNTS}
        free = next(f"{i:05X}" for i in range(1 << 20) if f"{i:05X}" not in taken)
        status, h, _, body = self.get("/range/" + free)
        self.assertEqual((status, body), (200, b""))

    def test_sha1_of_empty_string_is_ordinary(self):
        h = sha1("")
        self.assertEqual(h, "DA39A3EE5E6B4B0D3255BFEF95601890AFD80709")
        _, _, _, body = self.get("/range/" + h[:5])
        self.assertEqual(body.decode(), f"{h[5:]}:11")

    def test_mode_selects_the_set(self):
        sha = self.get("/range/8846F")[3]
        self.assertEqual(self.get("/range/8846F?mode=ntlm")[3], b"7EAEE8FB117AD06BDD830B7586C:7")
        self.assertEqual(self.get("/range/8846F?mode=sha1")[3], sha)
        self.assertEqual(self.get("/range/8846F?mode=md5")[3], sha)
        self.assertNotEqual(sha, b"7EAEE8FB117AD06BDD830B7586C:7")

    def test_headers_and_conditional_get(self):
        status, h, _, body = self.get("/range/" + sha1("password")[:5])
        self.assertEqual(h["content-type"], "text/plain")
        self.assertEqual(h["access-control-allow-origin"], "*")
        self.assertEqual(h["cache-control"], "public, max-age=2678400")
        self.assertIn("etag", h)
        self.assertRegex(h["last-modified"], r"^\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT$")
        status, _, _, body = self.get("/range/" + sha1("password")[:5], **{"If-None-Match": h["etag"]})
        self.assertEqual((status, body), (304, b""))

    def test_gzip(self):
        p = sha1("password")[:5]
        plain = self.get("/range/" + p)[3]
        status, h, _, body = self.get("/range/" + p, **{"Accept-Encoding": "gzip"})
        self.assertEqual(h.get("content-encoding"), "gzip")
        self.assertEqual(gzip.decompress(body), plain)

    def test_padding(self):
        h = sha1("password")
        plain = self.get("/range/" + h[:5])[3].decode().split("\r\n")
        bodies = []
        for value in ["true", "TRUE", "True"]:
            status, headers, raw, body = self.get("/range/" + h[:5], **{"Add-Padding": value})
            self.assertEqual(status, 200)
            text = body.decode()
            self.assertFalse(text.endswith("\r\n"))
            lines = text.split("\r\n")
            self.assertGreaterEqual(len(lines), 800)
            self.assertLessEqual(len(lines), max(len(plain), 800) + 200)
            self.assertEqual(lines[:len(plain)], plain)  # real lines first, unchanged
            for l in lines[len(plain):]:
                self.assertRegex(l, r"^[0-9A-F]{35}:0$")
            self.assertNotIn("etag", headers)  # differs every time: no body ETag
            vary = ",".join(v for k, v in raw if k.lower() == "vary")
            self.assertIn("add-padding", vary.lower())
            bodies.append(body)
        self.assertEqual(len(set(bodies)), 3)  # random each time
        # Padding sizes vary (0-200 extra lines, drawn per response): 50 answers
        # for one bucket, on one keep-alive connection, are not all the same size.
        c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
        sizes = set()
        line = re.compile(rb"^[0-9A-F]{35}:0$")
        for _ in range(50):
            c.request("GET", "/range/" + h[:5], headers={"Add-Padding": "true"})
            r = c.getresponse()
            body = r.read()
            self.assertEqual(r.status, 200)
            lines = body.split(b"\r\n")
            self.assertGreaterEqual(len(lines), 800)
            self.assertEqual(lines[:len(plain)], [p.encode() for p in plain])
            self.assertTrue(all(line.match(l) for l in lines[len(plain):]))
            sizes.add(len(body))
        c.close()
        self.assertGreater(len(sizes), 1)
        self.assertGreater(len(sizes), 25)  # ~45 expected from 201 equally likely counts
        # gzip (Huffman coding only for padded bodies) still gives the same lines.
        _, gh, _, gz = self.get("/range/" + h[:5], **{"Add-Padding": "true", "Accept-Encoding": "gzip"})
        self.assertEqual(gh.get("content-encoding"), "gzip")
        lines = gzip.decompress(gz).split(b"\r\n")
        self.assertGreaterEqual(len(lines), 800)
        self.assertEqual(lines[:len(plain)], [p.encode() for p in plain])
        self.assertTrue(all(line.match(l) for l in lines[len(plain):]))
        empty = self.get("/range/00000", **{"Add-Padding": "true"})[3].split(b"\r\n")
        self.assertGreaterEqual(len(empty), 800)  # an empty bucket: padding only
        self.assertTrue(all(line.match(l) for l in empty))
        ntlm = self.get("/range/8846F?mode=ntlm", **{"Add-Padding": "true"})[3].decode().split("\r\n")
        self.assertEqual(ntlm[0], "7EAEE8FB117AD06BDD830B7586C:7")
        for l in ntlm[1:]:
            self.assertRegex(l, r"^[0-9A-F]{27}:0$")
        # "false" or other values: no padding.
        self.assertEqual(self.get("/range/" + h[:5], **{"Add-Padding": "false"})[3].decode().split("\r\n"), plain)

    def test_padded_framing_pipelined_and_head(self):
        # Padded bodies go out as the real lines plus a slice of a shared pool
        # written without a copy: on one connection, pipelined, every response's
        # Content-Length must be exactly its body (else the next one is misread).
        import socket
        h = sha1("password")
        plain = self.get("/range/" + h[:5])[3].split(b"\r\n")
        paths = ["/range/" + h[:5], "/range/00000", "/range/8846F?mode=ntlm"] * 4
        raw = "".join(f"GET {p} HTTP/1.1\r\nHost: x\r\nAdd-Padding: true\r\n\r\n" for p in paths)
        raw += "HEAD /range/00000 HTTP/1.1\r\nHost: x\r\nAdd-Padding: true\r\nConnection: close\r\n\r\n"
        s = socket.create_connection(("127.0.0.1", PORT), timeout=10)
        s.sendall(raw.encode())
        data = b""
        while True:
            chunk = s.recv(1 << 16)
            if not chunk:
                break
            data += chunk
        s.close()
        sha_line = re.compile(rb"^[0-9A-F]{35}:0$")
        ntlm_line = re.compile(rb"^[0-9A-F]{27}:0$")
        for p in paths + ["HEAD"]:
            self.assertTrue(data.startswith(b"HTTP/1.1 200 "), (p, data[:80]))
            end = data.index(b"\r\n\r\n")
            head = data[:end].decode()
            length = int(re.search(r"(?im)^content-length: *(\d+)\r?$", head).group(1))
            self.assertNotRegex(head, r"(?im)^etag:")
            if p == "HEAD":  # the size a GET would have, no body
                self.assertGreaterEqual(length, 800 * 39 - 2)
                self.assertLessEqual(length, 1000 * 39 - 2)
                self.assertEqual(data[end + 4:], b"")
                break
            body, data = data[end + 4:end + 4 + length], data[end + 4 + length:]
            self.assertEqual(len(body), length)
            lines = body.split(b"\r\n")
            self.assertGreaterEqual(len(lines), 800, p)
            self.assertLessEqual(len(lines), 1000 + len(plain), p)
            if p.endswith("ntlm"):
                self.assertEqual(lines[0], b"7EAEE8FB117AD06BDD830B7586C:7")
                self.assertTrue(all(ntlm_line.match(l) for l in lines[1:]), p)
            elif p.endswith("00000"):
                self.assertTrue(all(sha_line.match(l) for l in lines), p)
            else:
                self.assertEqual(lines[:len(plain)], plain)
                self.assertTrue(all(sha_line.match(l) for l in lines[len(plain):]), p)

    def test_user_agent_not_required(self):
        for headers in [{}, {"User-Agent": "node"}]:
            self.assertEqual(request("GET", "/range/5BAA6", headers)[0], 200)
            self.assertEqual(request("GET", "/api/v3/breaches", headers)[0], 200)


class InputLayouts(unittest.TestCase):
    def test_folder_and_single_file_build_identical_data(self):
        a = run("hashes", "info", os.path.join(TMP, "pw.lwh")).stdout
        b = run("hashes", "info", os.path.join(TMP, "pw-folder.lwh")).stdout
        strip = lambda s: [l for l in s.splitlines() if not l.startswith(("file:", "created:"))]
        self.assertEqual(strip(a), strip(b))
        for f in ("pw.lwh", "pw-folder.lwh", "ids.lwh", "ntlm.lwh"):
            self.assertIn("OK", run("hashes", "verify", os.path.join(TMP, f)).stdout)


class IdentifierSearch(unittest.TestCase):
    def test_email_and_phone(self):
        for ident, want in [(EMAIL.strip().lower(), INCIDENTS), ("+81666599945", [INCIDENTS[1]])]:
            h = sha1(ident)
            for path in ["/range/search/", "/api/v3/breachedaccount/range/"]:
                for prefix in (h[:6], h[:6].lower()):
                    status, headers, _, body = request("GET", path + prefix)
                    self.assertEqual(status, 200)
                    items = json.loads(body)
                    self.assertIsInstance(items, list)
                    match = [i for i in items if i["hashSuffix"] == h[6:]]
                    self.assertEqual(len(match), 1)
                    self.assertEqual(list(match[0].keys()), ["hashSuffix", "websites"])
                    self.assertEqual(sorted(match[0]["websites"]), sorted(want))
                    self.assertRegex(match[0]["hashSuffix"], r"^[0-9A-F]{34}$")

    def test_unknown_is_404_empty_and_bad_is_400(self):
        h = sha1("nobody@example.org")
        status, _, _, body = request("GET", "/range/search/" + h[:6])
        self.assertEqual((status, body), (404, b""))
        for bad in ["ABCDE", "ABCDEFA", "ZZZZZZ"]:
            self.assertEqual(request("GET", "/range/search/" + bad)[0], 400)
            self.assertEqual(request("GET", "/api/v3/breachedaccount/range/" + bad)[0], 400)


FIELDS = ["Name", "Title", "Domain", "BreachDate", "AddedDate", "ModifiedDate", "PwnCount",
          "Description", "LogoPath", "Attribution", "DisclosureUrl", "DataClasses", "IsVerified",
          "IsFabricated", "IsSensitive", "IsRetired", "IsSpamList", "IsMalware",
          "IsSubscriptionFree", "IsStealerLog"]


class BreachApi(unittest.TestCase):
    def get_json(self, path):
        status, h, _, body = request("GET", path)
        self.assertEqual(status, 200, path)
        return json.loads(body, object_pairs_hook=list)

    def test_breaches_in_hibp_model(self):
        breaches = self.get_json("/api/v3/breaches")
        self.assertGreater(len(breaches), 10)
        for b in breaches:
            self.assertEqual([k for k, _ in b], FIELDS)
            d = dict(b)
            if d["BreachDate"] is not None:
                self.assertRegex(d["BreachDate"], r"^\d{4}-\d\d-\d\d$")
            if d["AddedDate"] is not None:
                self.assertRegex(d["AddedDate"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
            self.assertRegex(d["ModifiedDate"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
            self.assertIsInstance(d["PwnCount"], int)
            self.assertIsInstance(d["DataClasses"], list)

    def test_filters(self):
        all_ = [dict(b) for b in self.get_json("/api/v3/breaches")]
        domain = next(b["Domain"] for b in all_ if b["Domain"])
        want = sorted(b["Name"] for b in all_ if b["Domain"] == domain)
        for q in [f"domain={domain}", f"Domain={domain.upper()}", f"DOMAIN={domain}"]:
            got = sorted(dict(b)["Name"] for b in self.get_json("/api/v3/breaches?" + q))
            self.assertEqual(got, want, q)
        self.assertEqual(self.get_json("/api/v3/breaches?isspamlist=true"), [])
        self.assertEqual(len(self.get_json("/api/v3/breaches?IsSpamList=false")), len(all_))

    def test_single_latest_and_classes(self):
        name = INCIDENTS[0]
        b = dict(self.get_json("/api/v3/breach/" + name))
        self.assertEqual(b["Name"], name)
        status, _, _, body = request("GET", "/api/v3/breach/no-such-incident")
        self.assertEqual((status, body), (404, b""))
        latest = dict(self.get_json("/api/v3/latestbreach"))
        added = [dict(x)["AddedDate"] or "" for x in self.get_json("/api/v3/breaches")]
        self.assertEqual(latest["AddedDate"] or "", max(added))
        classes = self.get_json("/api/v3/dataclasses")
        self.assertIn("Email addresses", classes)
        self.assertEqual(classes, sorted(classes))


class RateLimit(unittest.TestCase):
    def test_429_shape(self):
        # Loopback clients are exempt by default; --rate-limit-loopback applies
        # the limit to them so the test never leaves the loopback interface.
        db = os.path.join(TMP, "demo.db")
        h, port = start_server(db, [os.path.join(TMP, "pw.lwh")], "127.0.0.1:0",
                               ["--rate-limit", "3", "--rate-limit-loopback"])
        statuses = [request("GET", "/range/5BAA6", host=h, port=port) for _ in range(4)]
        self.assertEqual([s[0] for s in statuses[:3]], [200, 200, 200])
        status, headers, _, body = statuses[3]
        self.assertEqual(status, 429)
        n = int(headers["retry-after"])
        self.assertGreaterEqual(n, 1)
        self.assertEqual(json.loads(body), {"statusCode": 429,
                         "message": f"Rate limit is exceeded. Try again in {n} seconds."})
        self.assertEqual(body, ('{"statusCode":429,"message":"Rate limit is exceeded. Try again in %d seconds."}' % n).encode())

    def test_loopback_exempt_by_default(self):
        db = os.path.join(TMP, "demo.db")
        h, port = start_server(db, [os.path.join(TMP, "pw.lwh")], "127.0.0.1:0", ["--rate-limit", "2"])
        self.assertEqual([request("GET", "/range/5BAA6", host=h, port=port)[0] for _ in range(5)],
                         [200] * 5)


class CheckClient(unittest.TestCase):
    def check(self, flag, secret):
        return run("check", flag, "--server", f"http://127.0.0.1:{PORT}", stdin=secret + "\n", check=False)

    def test_exit_codes(self):
        self.assertEqual(self.check("--password", "password").returncode, 0)
        self.assertIn("10 times", self.check("--password", "password").stdout)
        self.assertEqual(self.check("--password", "not in the set 8127").returncode, 1)
        self.assertEqual(self.check("--email", EMAIL).returncode, 0)
        self.assertEqual(self.check("--phone", "+81 6 6659 9945").returncode, 0)
        self.assertEqual(self.check("--email", "nobody@example.org").returncode, 1)
        self.assertEqual(self.check("--email", "not an address").returncode, 2)
        p = run("check", "--password", "--server", "http://127.0.0.1:1", stdin="x\n", check=False)
        self.assertEqual(p.returncode, 3)


if __name__ == "__main__":
    BIN, SRC = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    unittest.main(argv=[sys.argv[0]], verbosity=2)
