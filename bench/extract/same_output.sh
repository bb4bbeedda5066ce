#!/usr/bin/env bash
# Checks that two builds of `leakwatch extract` give byte-identical output
# (stdout and stderr) over the notices we have: every source.txt under
# tests/extract/*/ and $LEAKWATCH_SHARED/data/eval/dev/, the notices in
# data/demo (.txt/.html), the fuzz corpus (fuzz/corpus/extract) and the HHS
# "Web Description" texts of $LEAKWATCH_SHARED/data/hhs/breach_report_*.csv
# (one file each). For changes that must not change what is extracted
# (speed-ups, refactoring).
# usage: bench/extract/same_output.sh OLD_BIN NEW_BIN
#   (OLD_BIN: a copy of build/leakwatch made before the change)
# Exit 0 when the outputs match; 1 with a diff excerpt when they do not.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 OLD_BIN NEW_BIN" >&2
  exit 2
fi
old=$(realpath "$1")
new=$(realpath "$2")
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${LEAKWATCH_SHARED:-$(cd "$root/../shared" 2>/dev/null && pwd || true)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

inputs="$work/inputs"
{
  find "$root/tests/extract" -name source.txt
  [ -n "$shared" ] && [ -d "$shared/data/eval/dev" ] && find "$shared/data/eval/dev" -name source.txt
  find "$root/data/demo" -maxdepth 1 \( -name '*.txt' -o -name '*.html' \)
  [ -d "$root/fuzz/corpus/extract" ] && find "$root/fuzz/corpus/extract" -type f
} | sort >"$inputs"
if [ -n "$shared" ] && compgen -G "$shared/data/hhs/breach_report_*.csv" >/dev/null; then
  mkdir "$work/hhs"
  python3 - "$work/hhs" "$shared"/data/hhs/breach_report_*.csv <<'EOF'
import csv, sys
out, n = sys.argv[1], 0
for path in sys.argv[2:]:
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            text = (row.get("Web Description") or "").strip()
            if text:
                with open(f"{out}/{n:05d}.txt", "w", encoding="utf-8") as o:
                    o.write(text + "\n")
                n += 1
EOF
  find "$work/hhs" -type f | sort >>"$inputs"
fi

run() {  # BIN TAG: one process per 500 files; the exit status is not compared
  xargs -d '\n' -n 500 "$1" extract <"$inputs" >"$work/$2.out" 2>"$work/$2.err" || true
}
run "$old" old
run "$new" new
n=$(wc -l <"$inputs")
status=0
for s in out err; do
  if ! cmp -s "$work/old.$s" "$work/new.$s"; then
    echo "same_output: std$s differs over $n inputs:" >&2
    diff "$work/old.$s" "$work/new.$s" | head -20 >&2
    status=1
  fi
done
[ $status -eq 0 ] && echo "same_output: identical over $n inputs ($(wc -l <"$work/new.out") records)"
exit $status
