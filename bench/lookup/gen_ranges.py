#!/usr/bin/env python3
"""Writes N random SHA-1 hashes as 1,048,576 per-prefix files (00000.txt ...
FFFFF.txt), exactly as HIBP's downloader writes them and as /range/ answers:
"SUFFIX:COUNT" lines, upper case, sorted, CRLF-separated, no trailing CRLF.
Usage: gen_ranges.py DIR N [SEED]"""
import os
import random
import sys

out, n = sys.argv[1], int(sys.argv[2])
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
os.makedirs(out, exist_ok=True)
buckets = 1 << 20
base, extra = divmod(n, buckets)
for p in range(buckets):
    k = base + (1 if p < extra else 0)
    raw = rng.randbytes(18 * k).hex().upper()
    # 35 hex characters of suffix per hash (the first of 36 dropped keeps it uniform).
    suffixes = sorted({raw[i * 36 + 1:i * 36 + 36] for i in range(k)})
    counts = [1 + int(rng.expovariate(0.3)) for _ in suffixes]
    body = "\r\n".join(f"{s}:{c}" for s, c in zip(suffixes, counts))
    with open(os.path.join(out, f"{p:05X}.txt"), "w", newline="") as f:
        f.write(body)
