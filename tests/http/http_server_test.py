#!/usr/bin/env python3
"""Integration tests of `leakwatch serve` (the HTTP server and the JSON API).

Ingests the demo data (data/demo) into a temporary database, starts the real
binary on a free loopback port and drives it with raw sockets and http.client:
every route of the OpenAPI document, 404/405/400/413/431, slow clients,
pipelining, HEAD, gzip, ETag/304, security headers, path traversal, the
queries fuzz_request found (fuzz/corpus/request), and SIGTERM finishing an
in-flight request.

Usage: http_server_test.py LEAKWATCH_BINARY SOURCE_DIR
"""
import glob
import gzip
import hashlib
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import unittest

BIN = None
SRC = None
TMP = None
DB = None
PASSWORD_SHA1 = hashlib.sha1(b"password").hexdigest().upper()
EMAIL_SHA1 = hashlib.sha1(b"someone@example.com").hexdigest().upper()

SECURITY = {
    "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self'; "
    "img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}


class Server:
    """A running `leakwatch serve`; stderr is drained into self.log."""

    def __init__(self, *extra):
        args = [BIN, "--db", DB, "serve", "--listen", "127.0.0.1:0", "--threads", "2",
                "--hashes", os.path.join(TMP, "pw.lwh"), "--hashes", os.path.join(TMP, "ids.lwh"),
                *extra]
        self.proc = subprocess.Popen(args, stderr=subprocess.PIPE, text=True)
        self.log = []
        self.port = None
        deadline = time.time() + 30
        while time.time() < deadline and self.port is None:
            line = self.proc.stderr.readline()
            if not line and self.proc.poll() is not None:
                break
            self.log.append(line)
            m = re.search(r"listening on http://127\.0\.0\.1:(\d+)/", line)
            if m:
                self.port = int(m.group(1))
        if self.port is None:
            raise AssertionError("server did not start: " + "".join(self.log))
        self.drain = threading.Thread(target=self._drain, daemon=True)
        self.drain.start()

    def _drain(self):
        for line in self.proc.stderr:
            self.log.append(line)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout=20)


def fetch(port, method, path, headers=None, body=None):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    c.request(method, path, body=body, headers=headers or {})
    r = c.getresponse()
    data = r.read()
    c.close()
    return r.status, {k.lower(): v for k, v in r.getheaders()}, data


def raw(port, data, timeout=10):
    """Sends raw bytes, returns all bytes until the server closes."""
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    s.sendall(data)
    out = b""
    try:
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            out += chunk
    except (ConnectionResetError, socket.timeout):
        pass
    s.close()
    return out


def dechunk(body):
    """The payload of a chunked HTTP/1.1 body."""
    out = b""
    while True:
        size_line, _, body = body.partition(b"\r\n")
        size = int(size_line.split(b";")[0], 16)
        if size == 0:
            return out
        out += body[:size]
        body = body[size + 2:]


class HttpServerTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server("--read-timeout", "1", "--idle-timeout", "3", "--body-limit", "10000",
                            "--header-limit", "8192")
        cls.port = cls.server.port
        status, _, body = fetch(cls.port, "GET", "/api/v1/incidents?sort=date&limit=100")
        assert status == 200, body
        cls.page = json.loads(body)
        cls.some_id = cls.page["items"][0]["id"]

    @classmethod
    def tearDownClass(cls):
        rc = cls.server.stop()
        assert rc == 0, rc

    def get(self, path, headers=None, method="GET"):
        return fetch(self.port, method, path, headers)

    def assertSecurityHeaders(self, headers, what):
        for k, v in SECURITY.items():
            self.assertEqual(headers.get(k), v, f"{k} on {what}")

    def assertJsonError(self, status, headers, body, want_status, what):
        self.assertEqual(status, want_status, what)
        self.assertTrue(headers["content-type"].startswith("application/json"), what)
        err = json.loads(body)["error"]
        self.assertIsInstance(err["code"], str)
        self.assertIsInstance(err["message"], str)
        return err

    # --- the JSON API -------------------------------------------------------
    def test_incident_is_exactly_the_record(self):
        status, headers, body = self.get(f"/api/v1/incidents/{self.some_id}")
        self.assertEqual(status, 200)
        record = json.loads(body)
        self.assertEqual(record["schema"], "leakwatch.incident/1")
        self.assertEqual(record["id"], self.some_id)
        with open(os.path.join(SRC, "../shared/spec/incident.schema.json")) if os.path.exists(
                os.path.join(SRC, "../shared/spec/incident.schema.json")) else open(os.devnull) as f:
            text = f.read()
        if text:
            import jsonschema
            jsonschema.validate(record, json.loads(text))

    def test_unknown_incident_is_json_404(self):
        err = self.assertJsonError(*self.get("/api/v1/incidents/no-such-id"), 404, "unknown id")
        self.assertEqual(err["code"], "not_found")

    def test_list_filters_and_pages(self):
        status, _, body = self.get("/api/v1/incidents?type=loss&limit=2")
        self.assertEqual(status, 200)
        page = json.loads(body)
        self.assertTrue(all(i["incident_type"] == "loss" for i in page["items"]))
        self.assertLessEqual(len(page["items"]), 2)
        seen = [i["id"] for i in page["items"]]
        cursor = page["next_cursor"]
        while cursor:
            status, _, body = self.get("/api/v1/incidents?type=loss&limit=2&cursor=" + cursor)
            self.assertEqual(status, 200)
            page2 = json.loads(body)
            seen += [i["id"] for i in page2["items"]]
            cursor = page2["next_cursor"]
        self.assertEqual(len(seen), page["total"])
        self.assertEqual(len(set(seen)), len(seen))
        status, _, body = self.get("/api/v1/incidents?q=%E4%BF%9D%E9%99%BA")  # 保険
        self.assertEqual(status, 200)
        self.assertGreater(json.loads(body)["total"], 0)

    def test_bad_parameters_are_400_naming_them(self):
        for query, name in [("type=lost", "type"), ("from=2020-13-01", "from"),
                            ("limit=1000", "limit"), ("min_affected=x", "min_affected"),
                            ("sort=random", "sort"), ("cursor=%21%21garbage", "cursor")]:
            status, headers, body = self.get("/api/v1/incidents?" + query)
            err = self.assertJsonError(status, headers, body, 400, query)
            if name != "cursor":
                self.assertIn(f"'{name}'", err["message"], query)
            self.assertSecurityHeaders(headers, query)

    def test_stats_and_facets(self):
        status, _, body = self.get("/api/v1/stats")
        self.assertEqual(status, 200)
        stats = json.loads(body)
        self.assertLessEqual(sum(y["incidents"] for y in stats["per_year"]), stats["incidents"])
        self.assertGreater(stats["persons_affected"], 0)
        self.assertGreaterEqual(stats["incidents"], self.page["total"])
        status, _, body = self.get("/api/v1/facets?type=loss")
        self.assertEqual(status, 200)
        facets = json.loads(body)
        loss = [f["count"] for f in facets["type"] if f["value"] == "loss"]
        self.assertEqual(loss, [json.loads(self.get("/api/v1/incidents?type=loss")[2])["total"]])

    def test_every_route_in_openapi_answers(self):
        status, _, body = self.get("/api/v1/openapi.json")
        self.assertEqual(status, 200)
        doc = json.loads(body)
        self.assertEqual(doc["openapi"], "3.1.0")
        values = {"id": self.some_id, "name": self.some_id, "format": "jsonl",
                  "prefix": PASSWORD_SHA1[:5], "prefix6": EMAIL_SHA1[:6]}
        self.assertGreaterEqual(len(doc["paths"]), 20)
        for pattern, item in doc["paths"].items():
            path = re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], pattern)
            for method in item:
                status, headers, body = self.get(path, method=method.upper())
                self.assertIn(status, (200, 204), f"{method} {path}: {body[:200]}")
                self.assertSecurityHeaders(headers, path)
        # The hash lookups really found what was loaded.
        body = self.get("/range/" + PASSWORD_SHA1[:5])[2].decode()
        self.assertIn(PASSWORD_SHA1[5:] + ":42", body)
        found = json.loads(self.get("/range/search/" + EMAIL_SHA1[:6])[2])
        self.assertEqual(found[0]["hashSuffix"], EMAIL_SHA1[6:])

    # --- routing ----------------------------------------------------------
    def test_unknown_path_is_404(self):
        for path in ["/nope", "/api/v1/nope", "/api/v1/incidents/a/b", "/incidents/"]:
            status, headers, _ = self.get(path)
            self.assertEqual(status, 404, path)
            self.assertSecurityHeaders(headers, path)

    def test_wrong_method_is_405_with_allow(self):
        for method, path in [("POST", "/api/v1/incidents"), ("DELETE", "/api/v1/stats"),
                             ("PUT", "/"), ("OPTIONS", "/api/v1/incidents")]:
            status, headers, _ = self.get(path, method=method)
            self.assertEqual(status, 405, f"{method} {path}")
            self.assertIn("GET", headers["allow"])
            self.assertIn("HEAD", headers["allow"])
            self.assertSecurityHeaders(headers, path)

    def test_head_has_headers_without_body(self):
        gs, gh, gb = self.get("/api/v1/stats")
        hs, hh, hb = self.get("/api/v1/stats", method="HEAD")
        self.assertEqual(hs, 200)
        self.assertEqual(hb, b"")
        self.assertEqual(hh["content-length"], str(len(gb)))
        self.assertEqual(hh["etag"], gh["etag"])

    def test_gzip(self):
        status, headers, body = self.get("/api/v1/incidents?limit=50",
                                         {"Accept-Encoding": "gzip"})
        self.assertEqual(status, 200)
        self.assertEqual(headers.get("content-encoding"), "gzip")
        self.assertIn("Accept-Encoding", headers["vary"])
        plain = self.get("/api/v1/incidents?limit=50")[2]
        self.assertEqual(gzip.decompress(body), plain)
        self.assertLess(len(body), len(plain))
        self.assertNotIn("content-encoding", self.get("/api/v1/incidents?limit=50")[1])

    def test_etag_and_304(self):
        status, headers, body = self.get(f"/api/v1/incidents/{self.some_id}")
        etag = headers["etag"]
        self.assertEqual(headers["cache-control"], "no-cache")
        status, headers, body = self.get(f"/api/v1/incidents/{self.some_id}",
                                         {"If-None-Match": etag})
        self.assertEqual(status, 304)
        self.assertEqual(body, b"")
        self.assertSecurityHeaders(headers, "304")
        status, _, _ = self.get(f"/api/v1/incidents/{self.some_id}", {"If-None-Match": '"other"'})
        self.assertEqual(status, 200)

    # --- hostile input ----------------------------------------------------
    def test_path_traversal_and_bad_encodings_fail_safely(self):
        for path in ["/static/../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd",
                     "/static/..%2f..%2fetc%2fpasswd", "/incidents/%00", "/incidents/%zz",
                     "/incidents/%ff", "/api/v1/incidents?q=%00", "/static/..%5c..%5cwin.ini"]:
            status, headers, body = self.get(path)
            self.assertIn(status, (400, 404), path)
            self.assertNotIn(b"root:", body)
            self.assertSecurityHeaders(headers, path)
        status, _, _ = self.get("/incidents/%2e%2e")
        self.assertEqual(status, 400)

    def test_injection_looking_parameters(self):
        for q in ["' OR 1=1 --", "\" AND \"", "<script>alert(1)</script>", "NEAR(a b)", "*", "a:b",
                  "保険 OR", "(((", "^"]:
            from urllib.parse import quote
            status, headers, body = self.get("/api/v1/incidents?q=" + quote(q))
            self.assertIn(status, (200, 400), q)
            self.assertTrue(headers["content-type"].startswith("application/json"))
            json.loads(body)
            status, headers, body = self.get("/search?q=" + quote(q))
            self.assertIn(status, (200, 400), q)
            self.assertNotIn(b"<script>alert(1)</script>", body)
        status, _, body = self.get("/api/v1/incidents?org=" + quote("x'; DROP TABLE incidents; --"))
        self.assertEqual(status, 200)
        self.assertEqual(self.get("/api/v1/stats")[0], 200)

    def test_fuzz_corpus_queries_answer_200_or_400(self):
        # The queries fuzz_request found (fuzz/corpus/request, hostile targets that reach
        # ParseTarget, ParseSearchParams and the store's search), sent as they are to the
        # three search routes: each answers 200 or 400 with the security headers (JSON from the
        # API once routed), none a 5xx, and the server goes on.
        corpus = os.path.join(SRC, "fuzz", "corpus", "request")
        queries = set()
        for name in sorted(os.listdir(corpus)):
            with open(os.path.join(corpus, name), "rb") as f:
                target = f.read()
            queries.add(target.split(b"?", 1)[1] if b"?" in target else b"")
        self.assertGreaterEqual(len(queries), 100)
        seen = set()
        for q in sorted(queries):
            for route in (b"/api/v1/incidents", b"/search", b"/feeds/incidents.atom"):
                out = raw(self.port, b"GET " + route + b"?" + q +
                          b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                head, _, body = out.partition(b"\r\n\r\n")
                status = head[9:12]
                self.assertIn(status, (b"200", b"400"), route + b"?" + q)
                seen.add(status)
                self.assertIn(b"X-Frame-Options: DENY", head)
                # (A target refused before routing, "fragment in request target", is plain text.)
                if route.startswith(b"/api/") and b"application/json" in head:
                    json.loads(dechunk(body) if b"chunked" in head.lower() else body)
        self.assertEqual(seen, {b"200", b"400"})
        self.assertEqual(self.get("/healthz")[0], 200)

    def test_body_too_large_is_413(self):
        out = raw(self.port, b"POST /api/v1/incidents HTTP/1.1\r\nHost: x\r\nContent-Length: 50000\r\n\r\n"
                  + b"x" * 50000)
        self.assertTrue(out.startswith(b"HTTP/1.1 413"), out[:100])
        self.assertIn(b"X-Frame-Options: DENY", out)

    def test_header_too_large_is_431(self):
        out = raw(self.port, b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 20000 + b"\r\n\r\n")
        self.assertTrue(out.startswith(b"HTTP/1.1 431"), out[:100])
        out = raw(self.port, b"GET /" + b"a" * 20000 + b" HTTP/1.1\r\nHost: x\r\n\r\n")
        self.assertTrue(out.startswith(b"HTTP/1.1 431"), out[:100])

    def test_malformed_request_is_400(self):
        out = raw(self.port, b"GARBAGE\r\n\r\n")
        self.assertTrue(out.startswith(b"HTTP/1.1 400"), out[:100])
        out = raw(self.port, b"GET /healthz HTTP/1.1\r\nContent-Length: x\r\n\r\n")
        self.assertTrue(out.startswith(b"HTTP/1.1 400"), out[:100])

    # --- connections ------------------------------------------------------
    def test_pipelining_in_order(self):
        reqs = b"".join(f"GET {p} HTTP/1.1\r\nHost: x\r\n\r\n".encode()
                        for p in ["/api/v1/stats", "/healthz", f"/api/v1/incidents/{self.some_id}",
                                  "/nope", "/healthz"])
        out = raw(self.port, reqs + b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        statuses = re.findall(rb"HTTP/1.1 (\d{3})", out)
        self.assertEqual(statuses, [b"200", b"200", b"200", b"404", b"200", b"200"])
        self.assertLess(out.index(b'"persons_affected"'), out.index(b'"status":"ok"'))
        self.assertLess(out.index(self.some_id.encode()), out.index(b"no such resource"))

    def test_slow_client_dropped_while_others_served(self):
        slow = socket.create_connection(("127.0.0.1", self.port), timeout=10)
        slow.sendall(b"GET /api/v1/stats HTTP/1.1\r\n")
        start = time.time()
        # Others are served meanwhile, promptly.
        for _ in range(5):
            t = time.time()
            self.assertEqual(self.get("/healthz")[0], 200)
            self.assertLess(time.time() - t, 0.5)
        try:
            for _ in range(10):  # trickle one header byte at a time, slower than allowed
                slow.sendall(b"X")
                time.sleep(0.2)
            data = slow.recv(1024)
        except (ConnectionResetError, BrokenPipeError):
            data = b""
        self.assertEqual(data, b"")  # closed without an answer
        self.assertLess(time.time() - start, 5)
        slow.close()

    def test_idle_keepalive_closed(self):
        s = socket.create_connection(("127.0.0.1", self.port), timeout=10)
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        first = s.recv(65536)
        self.assertTrue(first.startswith(b"HTTP/1.1 200"))
        start = time.time()
        self.assertEqual(s.recv(1024), b"")  # idle timeout (3 s) closes it
        self.assertLess(time.time() - start, 6)
        s.close()

    def test_access_log_has_no_query_or_address(self):
        self.get("/api/v1/incidents?q=secretword&type=loss")
        self.get(f"/api/v1/incidents/{self.some_id}")
        time.sleep(0.2)
        log = "".join(self.server.log)
        self.assertIn("GET /api/v1/incidents 200", log)
        self.assertIn("GET /api/v1/incidents/{id} ", log)
        self.assertNotIn("secretword", log)
        self.assertNotIn("127.0.0.1:", log.split("listening on")[1].split("\n", 1)[1])


class ShutdownTest(unittest.TestCase):
    def test_sigterm_finishes_in_flight_request(self):
        server = Server()
        s = socket.create_connection(("127.0.0.1", server.port), timeout=10)
        s.sendall(b"GET /api/v1/stats HTTP/1.1\r\nHost: x\r\n")  # request in flight
        idle = socket.create_connection(("127.0.0.1", server.port), timeout=10)
        time.sleep(0.3)
        server.proc.send_signal(signal.SIGTERM)
        time.sleep(0.3)
        # New connections are refused once the listener is closed.
        with self.assertRaises(OSError):
            socket.create_connection(("127.0.0.1", server.port), timeout=2).sendall(
                b"GET /healthz HTTP/1.1\r\n\r\n")
            raise OSError("accepted")  # pragma: no cover — reached only if still accepting
        s.sendall(b"\r\n")
        out = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            out += chunk
        self.assertTrue(out.startswith(b"HTTP/1.1 200"), out[:200])
        self.assertIn(b"Connection: close", out)
        self.assertIn(b'"incidents"', out)
        self.assertEqual(idle.recv(10), b"")  # the idle connection was closed
        self.assertEqual(server.proc.wait(timeout=15), 0)
        s.close()
        idle.close()

    def test_search_threads_zero_gives_the_same_results(self):
        # --search-threads 0 never splits a search; the answers must not change.
        split = Server("--search-threads", "-1", "--result-cache", "0")
        server = Server("--search-threads", "0", "--result-cache", "0")
        try:
            for q in ["%E4%BF%9D%E9%99%BA", "laptop", "%E8%AA%A4%E9%80%81%E4%BB%98&sort=date"]:
                path = "/api/v1/incidents?limit=100&q=" + q
                want = fetch(split.port, "GET", path)
                self.assertEqual(want[0], 200, path)
                got = fetch(server.port, "GET", path)
                self.assertEqual(got[0], 200, path)
                self.assertEqual(json.loads(got[2])["items"], json.loads(want[2])["items"], path)
                self.assertGreater(len(json.loads(want[2])["items"]), 0, path)
        finally:
            self.assertEqual(server.stop(), 0)
            self.assertEqual(split.stop(), 0)

    def test_bad_flags(self):
        for extra in [["--listen", "nonsense"], ["--listen", "127.0.0.1:99999"], ["--threads", "-1"],
                      ["--search-threads", "-2"], ["--search-threads", "1000"]]:
            p = subprocess.run([BIN, "--db", DB, "serve", *extra], capture_output=True, text=True,
                               timeout=20)
            self.assertEqual(p.returncode, 2, extra)
            self.assertIn("leakwatch:", p.stderr)
        p = subprocess.run([BIN, "--db", os.path.join(TMP, "missing.db"), "serve", "--listen",
                            "127.0.0.1:0"], capture_output=True, text=True, timeout=20)
        self.assertNotEqual(p.returncode, 0)


def main():
    global BIN, SRC, TMP, DB
    BIN, SRC = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    TMP = tempfile.mkdtemp(prefix="lw-http-")
    DB = os.path.join(TMP, "demo.db")
    try:
        p = subprocess.run([BIN, "--db", DB, "-q", "ingest", os.path.join(SRC, "data/demo")],
                           capture_output=True, text=True, timeout=300)
        if p.returncode != 0:
            print("ingest failed:", p.stderr, file=sys.stderr)
            return 1
        with open(os.path.join(TMP, "pw.txt"), "w") as f:
            f.write(f"{PASSWORD_SHA1}:42\n")
        some_id = json.load(open(sorted(glob.glob(os.path.join(SRC, "data/demo/*.json")))[0]))["id"]
        with open(os.path.join(TMP, "ids.txt"), "w") as f:
            f.write(f"someone@example.com,{some_id}\n")
        for args in [["-o", os.path.join(TMP, "pw.lwh"), os.path.join(TMP, "pw.txt")],
                     ["--type", "identifiers", "-o", os.path.join(TMP, "ids.lwh"),
                      os.path.join(TMP, "ids.txt")]]:
            p = subprocess.run([BIN, "-q", "hashes", "build", *args], capture_output=True, text=True,
                               timeout=60)
            if p.returncode != 0:
                print("hashes build failed:", p.stderr, file=sys.stderr)
                return 1
        prog = unittest.main(argv=[sys.argv[0], "-v"], exit=False)
        return 0 if prog.result.wasSuccessful() else 1
    finally:
        shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
